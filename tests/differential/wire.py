"""Helpers of the differential test: topics created and awaited on both brokers, record
batches built by hand (tests/integration/kafka_wire.py's encoder, deterministic timestamps)."""
import pathlib
import struct
import sys
import time
import uuid

sys.path.append(str(pathlib.Path(__file__).resolve().parents[1] / "integration"))
import kafka_wire  # noqa: E402

RUN = uuid.uuid4().hex[:6]  # topic names are unique per run, so a long-running reference Kafka can be reused
BASE_TS = (int(time.time()) // 60 - 60) * 60_000  # record timestamps: an hour ago, the same for both brokers (inside retention), so ListOffsets by time compares exactly


def topic(name):
    return f"diff-{name}-{RUN}"


def batch(values, base_timestamp=BASE_TS, keys=False, **kw):
    """A record batch v2 of the values; keys=True gives record i the key b"k<i>"."""
    values = [v if isinstance(v, bytes) else v.encode() for v in values]
    if not keys:
        return kafka_wire.record_batch(values, base_timestamp=base_timestamp, **kw)
    return keyed_batch(values, base_timestamp)


def keyed_batch(values, ts):
    """As kafka_wire.record_batch, with keys (compacted topics refuse keyless records)."""
    i8, i16, i32, i64, varint = kafka_wire.i8, kafka_wire.i16, kafka_wire.i32, kafka_wire.i64, kafka_wire.varint
    records = b""
    for i, v in enumerate(values):
        key = b"k%d" % i
        body = (i8(0) + varint(0) + varint(i) + varint(len(key)) + key
                + varint(len(v)) + v + varint(0))
        records += varint(len(body)) + body
    n = len(values)
    after_crc = i16(0) + i32(n - 1) + i64(ts) + i64(ts) + i64(-1) + i16(-1) + i32(-1) + i32(n) + records
    after_length = i32(0) + i8(2) + struct.pack(">I", kafka_wire.crc32c(after_crc)) + after_crc
    return i64(0) + i32(len(after_length)) + after_length


def corrupt(batch_bytes):
    """The same batch with its last byte flipped: the CRC no longer matches."""
    return batch_bytes[:-1] + bytes([batch_bytes[-1] ^ 0xFF])


def wait_ready(conn, name, partitions, timeout=30.0):
    """Kafka (ZooKeeper mode) creates topics asynchronously: waits until Metadata lists every
    partition with a leader, so what follows does not depend on timing."""
    deadline = time.monotonic() + timeout
    while True:
        md = conn.call("Metadata", 9, {"Topics": [{"Name": name}], "AllowAutoTopicCreation": False})
        t = md["Topics"][0]
        if (t["ErrorCode"] == 0 and len(t["Partitions"]) == partitions
                and all(p["LeaderId"] >= 0 and p["ErrorCode"] == 0 for p in t["Partitions"])):
            return
        assert time.monotonic() < deadline, f"{name} not ready: {md}"
        time.sleep(0.05)


def wait_gone(conn, name, timeout=30.0):
    deadline = time.monotonic() + timeout
    while True:
        md = conn.call("Metadata", 9, {"Topics": [{"Name": name}], "AllowAutoTopicCreation": False})
        if md["Topics"][0]["ErrorCode"] == 3:
            return
        assert time.monotonic() < deadline, f"{name} still there: {md}"
        time.sleep(0.05)


def create(pair, name, partitions=1, configs=None):
    body = {"Topics": [{"Name": name, "NumPartitions": partitions, "ReplicationFactor": 1,
                        "Configs": [{"Name": k, "Value": v} for k, v in (configs or {}).items()]}],
            "TimeoutMs": 30000}
    k, g = pair.call("CreateTopics", 5, body)
    assert k["Topics"][0]["ErrorCode"] == 0, k
    assert g["Topics"][0]["ErrorCode"] == 0, g
    wait_ready(pair.kafka, name, partitions)
    wait_ready(pair.gannet, name, partitions)
    return k, g


def produce(pair, name, partition, records, version=9, acks=-1):
    body = {"TransactionalId": None, "Acks": acks, "TimeoutMs": 30000,
            "TopicData": [{"Name": name, "PartitionData": [{"Index": partition, "Records": records}]}]}
    return pair.call("Produce", version, body)
