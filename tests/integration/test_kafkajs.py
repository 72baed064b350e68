"""kafkajs 2.2.4 (npm, pinned in js/package-lock.json) against gannet: admin
createTopics / fetchTopicMetadata / fetchTopicOffsets / deleteTopics, and
producer sends with keys, headers and gzip, read back with confluent_kafka
(kafkajs has no consumer without a group)."""
import base64
import collections
import json
import pathlib
import shutil
import subprocess
import time

import pytest
from confluent_kafka import Consumer, KafkaError, TopicPartition, OFFSET_BEGINNING

import kafka_wire

JS = pathlib.Path(__file__).resolve().parent / "js"


@pytest.fixture(scope="module", autouse=True)
def kafkajs_installed():
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.fail("node and npm are needed for the kafkajs tests")
    subprocess.run([str(JS / "install.sh")], check=True, timeout=300)


class KafkaJsError(Exception):
    def __init__(self, error):
        super().__init__(error)
        self.type = error.get("type")
        self.message = error.get("message")
        self.types = [e.get("type") for e in error.get("errors", [])]


def js(broker, op, **args):
    proc = subprocess.run(["node", str(JS / "client.js"), broker.bootstrap, op],
                          input=json.dumps(args).encode(), capture_output=True, timeout=120, cwd=JS)
    lines = proc.stdout.decode().strip().splitlines()
    assert lines, f"kafkajs {op}: no output; stderr: {proc.stderr.decode(errors='replace')}"
    out = json.loads(lines[-1])
    if "error" in out:
        raise KafkaJsError(out["error"])
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return out["result"]


def b64(data):
    return None if data is None else base64.b64encode(data).decode()


def read_all(broker, topic, partitions, timeout=60):
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "unused",
                  "enable.auto.commit": False, "enable.partition.eof": True})
    try:
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
        got = {p: [] for p in partitions}
        eof = set()
        deadline = time.monotonic() + timeout
        while eof != set(partitions):
            assert time.monotonic() < deadline
            for m in c.consume(1000, 0.5):
                if m.error():
                    assert m.error().code() == KafkaError._PARTITION_EOF, m.error()
                    eof.add(m.partition())
                else:
                    eof.discard(m.partition())
                    got[m.partition()].append(m)
        return got
    finally:
        c.close()


def test_admin_create_metadata_offsets_delete(broker, topic_name):
    assert js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 3,
                                                "replicationFactor": 1,
                                                "configEntries": [{"name": "retention.ms",
                                                                   "value": "3600000"}]}]) is True
    # kafkajs answers false, not an error, for a topic that already exists.
    assert js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 3}]) is False
    assert topic_name in js(broker, "listTopics")

    (meta,) = js(broker, "fetchTopicMetadata", topics=[topic_name])["topics"]
    assert meta["name"] == topic_name
    parts = sorted(meta["partitions"], key=lambda p: p["partitionId"])
    assert [(p["partitionErrorCode"], p["partitionId"], p["leader"], p["replicas"], p["isr"])
            for p in parts] == [(0, i, 0, [0], [0]) for i in range(3)]

    assert js(broker, "fetchTopicOffsets", topic=topic_name) == [
        {"partition": i, "offset": "0", "high": "0", "low": "0"} for i in range(3)]

    assert js(broker, "deleteTopics", topics=[topic_name]) is True
    deadline = time.monotonic() + 10
    while topic_name in js(broker, "listTopics"):
        assert time.monotonic() < deadline
        time.sleep(0.2)


def test_create_topic_errors(broker, topic_name):
    with pytest.raises(KafkaJsError) as e:
        js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 1, "replicationFactor": 3}])
    assert e.value.types == ["INVALID_REPLICATION_FACTOR"]
    with pytest.raises(KafkaJsError) as e:
        js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 0}])
    assert e.value.types == ["INVALID_PARTITIONS"]
    with pytest.raises(KafkaJsError) as e:
        js(broker, "createTopics", topics=[{"topic": "bad name!", "numPartitions": 1}])
    assert e.value.types == ["INVALID_TOPIC_EXCEPTION"]


def test_create_topic_with_broker_defaults(broker, topic_name):
    # numPartitions / replicationFactor -1 (KIP-464): num.partitions (1 here).
    assert js(broker, "createTopics", topics=[{"topic": topic_name}]) is True
    (meta,) = js(broker, "fetchTopicMetadata", topics=[topic_name])["topics"]
    assert len(meta["partitions"]) == 1


@pytest.mark.parametrize("compression,codec", [("None", 0), ("GZIP", 1)])
@pytest.mark.parametrize("idempotent", [False, True], ids=["plain", "idempotent"])
def test_send_keys_headers_and_compression(broker, topic_name, compression, codec, idempotent):
    assert js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 3}]) is True
    batches = []
    sent = {0: [], 1: [], 2: []}
    for bi in range(5):
        messages = []
        for j in range(200):
            i = bi * 200 + j
            partition = i % 3
            key = f"key-{i}".encode()
            value = f"value-{i}-{compression}-".encode() + bytes([i % 256]) * (i % 60)
            headers = {"i": str(i).encode(), "bin": bytes([0, 1, 254, 255])}
            messages.append({"key": b64(key), "value": b64(value), "partition": partition,
                             "headers": {k: b64(v) for k, v in headers.items()}})
            sent[partition].append((key, value, [("i", headers["i"]), ("bin", headers["bin"])]))
        batches.append({"messages": messages})
    results = js(broker, "send", topic=topic_name, compression=compression, batches=batches,
                 idempotent=idempotent)
    # The record metadata names each partition's base offset, batch after batch.
    next_offset = {0: 0, 1: 0, 2: 0}
    for batch, batch_result in zip(batches, results):
        assert sorted(r["partition"] for r in batch_result) == [0, 1, 2]
        for r in batch_result:
            assert r["topicName"] == topic_name and r["errorCode"] == 0
            assert int(r["baseOffset"]) == next_offset[r["partition"]]
        for m in batch["messages"]:
            next_offset[m["partition"]] += 1
    got = read_all(broker, topic_name, [0, 1, 2])
    for partition in (0, 1, 2):
        msgs = got[partition]
        assert [m.offset() for m in msgs] == list(range(len(sent[partition])))
        assert [(m.key(), m.value(), m.headers()) for m in msgs] == sent[partition]
    assert js(broker, "fetchTopicOffsets", topic=topic_name) == [
        {"partition": p, "offset": str(len(sent[p])), "high": str(len(sent[p])), "low": "0"}
        for p in range(3)]
    assert set(kafka_wire.fetch_codecs(broker.port, topic_name, 0)) == {codec}


def test_send_with_the_default_partitioner_and_null_values(broker, topic_name):
    assert js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 3}]) is True
    messages = [{"key": b64(f"k{i % 10}".encode()), "value": b64(f"v{i}".encode()) if i % 7 else None}
                for i in range(100)]
    (result,) = js(broker, "send", topic=topic_name, batches=[{"messages": messages}])
    assert all(r["errorCode"] == 0 for r in result)
    got = read_all(broker, topic_name, [0, 1, 2])
    seen = []
    for partition, msgs in got.items():
        assert [m.offset() for m in msgs] == list(range(len(msgs)))
        keys = {m.key() for m in msgs}
        for other in got:
            if other != partition:
                assert not keys & {m.key() for m in got[other]}, "a key in two partitions"
        seen += [(m.key(), m.value()) for m in msgs]
    expected = [(f"k{i % 10}".encode(), f"v{i}".encode() if i % 7 else None) for i in range(100)]
    assert collections.Counter(seen) == collections.Counter(expected)
    # Per key, the order of sending.
    for key in {k for k, _ in expected}:
        assert [v for k, v in seen if k == key] == [v for k, v in expected if k == key]


def test_fetch_topic_offsets_by_timestamp(broker, topic_name):
    assert js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 1}]) is True
    t0 = int(time.time() * 1000) - 60_000
    messages = [{"value": b64(f"m{i}".encode()), "partition": 0, "timestamp": t0 + 1000 * i}
                for i in range(6)]
    js(broker, "send", topic=topic_name, batches=[{"messages": messages}])
    assert js(broker, "fetchTopicOffsetsByTimestamp", topic=topic_name, timestamp=t0 + 3000) == [
        {"partition": 0, "offset": "3"}]
    assert js(broker, "fetchTopicOffsetsByTimestamp", topic=topic_name, timestamp=t0 - 1) == [
        {"partition": 0, "offset": "0"}]


def served(broker, api_key):
    return api_key in kafka_wire.api_versions(broker.port).ranges


def test_create_partitions(broker, topic_name):
    if not served(broker, 37):
        pytest.skip("CreatePartitions (37) not served yet")
    assert js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 1}]) is True
    js(broker, "createPartitions", topicPartitions=[{"topic": topic_name, "count": 3}])
    (meta,) = js(broker, "fetchTopicMetadata", topics=[topic_name])["topics"]
    assert sorted(p["partitionId"] for p in meta["partitions"]) == [0, 1, 2]
    with pytest.raises(KafkaJsError) as e:
        js(broker, "createPartitions", topicPartitions=[{"topic": topic_name, "count": 2}])
    assert e.value.type == "INVALID_PARTITIONS"


def test_describe_and_alter_topic_configs(broker, topic_name):
    if not (served(broker, 32) and served(broker, 33)):
        pytest.skip("DescribeConfigs (32) / AlterConfigs (33) not served yet")
    assert js(broker, "createTopics", topics=[{"topic": topic_name, "numPartitions": 1, "configEntries": [
        {"name": "retention.ms", "value": "3600000"}]}]) is True
    (res,) = js(broker, "describeConfigs", resources=[{"type": "TOPIC", "name": topic_name}])
    assert res["errorCode"] == 0 and res["name"] == topic_name
    assert res["configs"]["retention.ms"] == {"value": "3600000", "isDefault": False, "readOnly": False}
    assert res["configs"]["cleanup.policy"]["value"] == "delete"
    assert res["configs"]["cleanup.policy"]["isDefault"] is True
    assert js(broker, "alterConfigs", resources=[{"type": "TOPIC", "name": topic_name, "configEntries": [
        {"name": "retention.ms", "value": "7200000"}]}]) == [{"errorCode": 0, "name": topic_name}]
    (res,) = js(broker, "describeConfigs", resources=[{"type": "TOPIC", "name": topic_name,
                                                       "configNames": ["retention.ms"]}])
    assert res["configs"] == {"retention.ms": {"value": "7200000", "isDefault": False, "readOnly": False}}
