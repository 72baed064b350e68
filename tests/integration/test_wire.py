"""Protocol behaviour checked byte by byte with hand-written requests
(kafka_wire.py): idempotent producer sequences, fetch long polls and limits,
acks=0. Things the clients hide (they retry, dedupe or reset)."""
import os
import threading
import time

import pytest

import kafka_wire as kw

NONE = 0
OFFSET_OUT_OF_RANGE = 1
OUT_OF_ORDER_SEQUENCE_NUMBER = 45
UNKNOWN_TOPIC_OR_PARTITION = 3
NOT_LEADER_OR_FOLLOWER = 6


def produce(c, topic, batch, acks=-1):
    (name, (part,)), = kw.parse_produce_v3(c.request(kw.produce_request, topic, 0, batch, acks=acks))
    assert name == topic
    return part


def create(c, topic):
    """Auto-creates `topic` (Metadata) and waits until it takes writes."""
    kw.parse_metadata_v1(c.request(kw.metadata_request, [topic]))
    deadline = time.monotonic() + 10
    while True:
        md = kw.parse_metadata_v1(c.request(kw.metadata_request, [topic]))
        (t,) = md["topics"]
        if t["error"] == 0 and t["partitions"] and t["partitions"][0]["leader"] == 0:
            return
        assert time.monotonic() < deadline, t
        time.sleep(0.05)


def fetch(c, topic, offset, **kwargs):
    resp = kw.parse_fetch_v4(c.request(kw.fetch_request, topic, 0, offset, **kwargs))
    (name, (p,)), = resp["topics"]
    assert name == topic
    return p


@pytest.fixture
def client(broker):
    with kw.Client(broker.port) as c:
        yield c
    broker.assert_serving()


def test_idempotent_duplicates_get_the_original_offsets(client, topic_name):
    create(client, topic_name)
    pid = kw.parse_init_producer_id_v0(client.request(kw.init_producer_id_request))
    assert pid["error"] == NONE and pid["producer_id"] >= 0 and pid["producer_epoch"] == 0
    ident = dict(producer_id=pid["producer_id"], producer_epoch=pid["producer_epoch"])

    b0 = kw.record_batch([b"a", b"b"], base_sequence=0, **ident)
    b1 = kw.record_batch([b"c"], base_sequence=2, **ident)
    assert produce(client, topic_name, b0)["base_offset"] == 0
    assert produce(client, topic_name, b1)["base_offset"] == 2
    # A retry of either batch (within the last five) is acknowledged with its
    # original offset and not written again, as Kafka does.
    r = produce(client, topic_name, b0)
    assert (r["error"], r["base_offset"]) == (NONE, 0), r
    r = produce(client, topic_name, b1)
    assert (r["error"], r["base_offset"]) == (NONE, 2), r
    assert fetch(client, topic_name, 0)["high_watermark"] == 3

    # A gap in the sequence is OUT_OF_ORDER_SEQUENCE_NUMBER.
    r = produce(client, topic_name, kw.record_batch([b"d"], base_sequence=7, **ident))
    assert r["error"] == OUT_OF_ORDER_SEQUENCE_NUMBER, r
    assert produce(client, topic_name, kw.record_batch([b"d"], base_sequence=3, **ident))["base_offset"] == 3
    assert fetch(client, topic_name, 0)["high_watermark"] == 4


def test_fetch_out_of_range_offset(client, topic_name):
    create(client, topic_name)
    produce(client, topic_name, kw.record_batch([b"x"] * 3))
    p = fetch(client, topic_name, 4)
    # As Kafka: a read error carries no offsets.
    assert (p["error"], p["high_watermark"], p["last_stable_offset"]) == (OFFSET_OUT_OF_RANGE, -1, -1), p
    p = fetch(client, topic_name, -7)
    assert p["error"] == OFFSET_OUT_OF_RANGE, p
    p = fetch(client, topic_name, 3)  # the log end: no error, no records
    assert (p["error"], p["records"] or b"") == (NONE, b"")


def test_fetch_from_a_broker_that_is_no_replica(client, topic_name):
    # Kafka's Partition.followerReplicaOrThrow: a replica id outside the
    # assignment (here {0}) with no current leader epoch (v4 has none) is
    # NOT_LEADER_OR_FOLLOWER.
    create(client, topic_name)
    produce(client, topic_name, kw.record_batch([b"x"] * 2))
    p = fetch(client, topic_name, 0, replica_id=7)
    assert (p["error"], p["high_watermark"], p["records"] or b"") == (NOT_LEADER_OR_FOLLOWER, -1, b""), p
    # The partition is untouched: consumers still read both records.
    p = fetch(client, topic_name, 0)
    assert (p["error"], p["high_watermark"]) == (NONE, 2), p


def test_fetch_unknown_topic(client):
    p = fetch(client, "no-such-topic-xyz", 0)
    assert p["error"] == UNKNOWN_TOPIC_OR_PARTITION


def test_long_poll_returns_by_max_wait_without_data(client, topic_name):
    create(client, topic_name)
    start = time.monotonic()
    p = fetch(client, topic_name, 0, max_wait_ms=800, min_bytes=1)
    elapsed = time.monotonic() - start
    assert p["error"] == NONE and not p["records"]
    assert 0.7 <= elapsed < 3.0, elapsed


def test_long_poll_wakes_on_append(broker, client, topic_name):
    create(client, topic_name)

    def later():
        time.sleep(0.5)
        with kw.Client(broker.port) as other:
            produce(other, topic_name, kw.record_batch([b"wake"]))

    t = threading.Thread(target=later)
    start = time.monotonic()
    t.start()
    p = fetch(client, topic_name, 0, max_wait_ms=10_000, min_bytes=1)
    elapsed = time.monotonic() - start
    t.join()
    assert p["error"] == NONE and p["records"] and p["high_watermark"] == 1
    assert elapsed < 3.0, f"long poll not woken by the append ({elapsed:.1f}s)"


def test_first_batch_is_returned_whole_beyond_max_bytes(client, topic_name):
    create(client, topic_name)
    batch = kw.record_batch([b"z" * 5000])
    produce(client, topic_name, batch)
    produce(client, topic_name, kw.record_batch([b"y"]))
    p = fetch(client, topic_name, 0, max_bytes=100, partition_max_bytes=100)
    assert p["error"] == NONE
    assert len(p["records"]) == len(batch)  # KIP-74: the first batch, whole, alone
    assert kw.batch_codecs(p["records"]) == [0]


def test_acks_zero_gets_no_response(broker, topic_name):
    with kw.Client(broker.port) as c:
        create(c, topic_name)
        c.sock.sendall(kw.produce_request(1000, topic_name, 0, kw.record_batch([b"fire", b"forget"]), acks=0))
        # The next response on the connection answers the next request.
        c.sock.sendall(kw.api_versions_request(1001))
        corr, _ = kw.recv_frame(c.sock)
        assert corr == 1001
        deadline = time.monotonic() + 5
        while fetch(c, topic_name, 0)["high_watermark"] != 2:
            assert time.monotonic() < deadline
            time.sleep(0.05)


def test_list_offsets_earliest_latest(client, topic_name):
    create(client, topic_name)
    produce(client, topic_name, kw.record_batch([b"1", b"2", b"3"]))

    def list_offsets(ts):
        # ListOffsets v1: replica id, [topic [partition, timestamp]]
        body = kw.i32(-1) + kw.array([kw.string(topic_name) + kw.array([kw.i32(0) + kw.i64(ts)])])
        payload = client.request(lambda corr: kw.request(kw.API_LIST_OFFSETS, 1, corr, body))
        r = kw.Reader(payload)
        (name, (part,)), = r.array(lambda r: (r.string(), r.array(
            lambda r: dict(partition=r.i32(), error=r.i16(), timestamp=r.i64(), offset=r.i64()))))
        return part

    assert list_offsets(-2)["offset"] == 0
    assert list_offsets(-1)["offset"] == 3
    assert list_offsets(-2)["error"] == NONE


CORRUPT_MESSAGE = 2
MESSAGE_TOO_LARGE = 10


def test_corrupt_crc_is_corrupt_message(client, topic_name):
    create(client, topic_name)
    batch = bytearray(kw.record_batch([b"payload"]))
    batch[-3] ^= 0xFF  # a value byte: the CRC no longer matches
    r = produce(client, topic_name, bytes(batch))
    assert r["error"] == CORRUPT_MESSAGE, r
    assert fetch(client, topic_name, 0)["high_watermark"] == 0


def test_batch_above_max_message_bytes_is_message_too_large(client, topic_name):
    create(client, topic_name)
    big = kw.record_batch([b"q" * 1_100_000])  # > the default 1,048,588
    r = produce(client, topic_name, big)
    assert r["error"] == MESSAGE_TOO_LARGE, r
    assert produce(client, topic_name, kw.record_batch([b"ok"]))["base_offset"] == 0


def test_produce_to_a_missing_partition(client, topic_name):
    create(client, topic_name)
    payload = client.request(kw.produce_request, topic_name, 7, kw.record_batch([b"x"]))
    (_, (part,)), = kw.parse_produce_v3(payload)
    assert part["partition"] == 7 and part["error"] == UNKNOWN_TOPIC_OR_PARTITION, part


# ---- answers diffed with the reference Kafka ------------------------------------------
# Tests taking `target` run against gannet and, when GANNET_REF_BOOTSTRAP names a
# running Apache Kafka 3.9 (tests/reference/start-kafka.sh), against it too, with
# the same exact expectations.

@pytest.fixture(params=["gannet", "kafka"])
def target(request):
    if request.param == "gannet":
        return request.getfixturevalue("broker").port
    ref = os.environ.get("GANNET_REF_BOOTSTRAP")
    if not ref:
        pytest.skip("GANNET_REF_BOOTSTRAP not set (no reference Kafka)")
    return int(ref.rsplit(":", 1)[1])


def create_with_config(port, topic, config):
    from confluent_kafka.admin import AdminClient, NewTopic
    a = AdminClient({"bootstrap.servers": f"127.0.0.1:{port}"})
    fs = a.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1, config=config)],
                         operation_timeout=10, request_timeout=15)
    fs[topic].result(timeout=20)
    with kw.Client(port) as c:
        create(c, topic)  # and wait until it takes writes


def test_list_offsets_max_timestamp_is_the_record_holding_it(target, topic_name):
    """ListOffsets MAX_TIMESTAMP (-3, v7+) answers the offset of the first
    record carrying the largest timestamp (KAFKA-16310), not its batch's last
    offset, with that timestamp."""
    with kw.Client(target) as c:
        create(c, topic_name)
        empty = kw.parse_list_offsets_v7(c.request(kw.list_offsets_v7_request, topic_name, 0, -3))
        assert (empty["error"], empty["offset"], empty["timestamp"]) == (NONE, -1, -1), empty
        t = 1_700_000_000_000
        # offsets 0-3: timestamps t, t+50, t+20, t+50 (the max first at offset 1)
        produce(c, topic_name, kw.record_batch([b"a", b"b", b"c", b"d"], base_timestamp=t,
                                               timestamp_deltas=[0, 50, 20, 50]))
        # offsets 4-5: t+10, t+30 (an older batch's max stays the answer)
        produce(c, topic_name, kw.record_batch([b"e", b"f"], base_timestamp=t + 10, timestamp_deltas=[0, 20]))
        p = kw.parse_list_offsets_v7(c.request(kw.list_offsets_v7_request, topic_name, 0, -3))
        assert (p["error"], p["offset"], p["timestamp"], p["leader_epoch"]) == (NONE, 1, t + 50, 0), p
        # a later batch with a larger timestamp in its middle record
        produce(c, topic_name, kw.record_batch([b"g", b"h", b"i"], base_timestamp=t + 60, timestamp_deltas=[0, 40, 5]))
        p = kw.parse_list_offsets_v7(c.request(kw.list_offsets_v7_request, topic_name, 0, -3))
        assert (p["error"], p["offset"], p["timestamp"]) == (NONE, 7, t + 100), p


INVALID_TIMESTAMP = 32


def produce_at(c, topic, base_timestamp, deltas=(0,)):
    batch = kw.record_batch([b"v"] * len(deltas), base_timestamp=base_timestamp, timestamp_deltas=list(deltas))
    return produce(c, topic, batch)["error"]


def test_topic_timestamp_bounds_are_honoured(target, topic_name):
    """message.timestamp.before/after.max.ms topic overrides, and the deprecated
    message.timestamp.difference.max.ms for a bound left at its default, as
    Kafka 3.9's LogConfig; every record is checked, not only the batch's."""
    hour = 3_600_000
    before, after, diff, default = (topic_name + s for s in ("-b", "-a", "-d", "-n"))
    create_with_config(target, before, {"message.timestamp.before.max.ms": str(hour)})
    create_with_config(target, after, {"message.timestamp.after.max.ms": str(hour)})
    create_with_config(target, diff, {"message.timestamp.difference.max.ms": str(hour)})
    create_with_config(target, default, {})
    now = int(time.time() * 1000)
    with kw.Client(target) as c:
        assert produce_at(c, before, now - 2 * hour) == INVALID_TIMESTAMP
        assert produce_at(c, before, now - hour // 2) == NONE
        assert produce_at(c, before, now + 100 * hour) == NONE
        # a second record (negative delta) older than the bound
        assert produce_at(c, before, now, deltas=(0, -2 * hour)) == INVALID_TIMESTAMP

        assert produce_at(c, after, now + 2 * hour) == INVALID_TIMESTAMP
        assert produce_at(c, after, now, deltas=(0, 2 * hour)) == INVALID_TIMESTAMP
        assert produce_at(c, after, now - 1000 * hour) == NONE

        assert produce_at(c, diff, now - 2 * hour) == INVALID_TIMESTAMP
        assert produce_at(c, diff, now + 2 * hour) == INVALID_TIMESTAMP
        assert produce_at(c, diff, now - hour // 2) == NONE

        assert produce_at(c, default, now - 1000 * hour) == NONE
        assert produce_at(c, default, now + 1000 * hour) == NONE
