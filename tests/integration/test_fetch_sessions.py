"""Fetch sessions (KIP-227) with hand-written Fetch v7 requests, byte for byte:
full and incremental fetches, forgotten partitions, session errors. With
GANNET_REF_BOOTSTRAP naming a running Apache Kafka 3.9 (tests/reference), the
same script runs against it and must give the same transcript."""
import os
import time

import pytest

import kafka_wire as kw

FETCH_SESSION_ID_NOT_FOUND = 70
INVALID_FETCH_SESSION_EPOCH = 71
UNKNOWN_TOPIC_OR_PARTITION = 3
T0 = 1_750_000_000_000  # fixed record timestamps: identical batches on both brokers


@pytest.fixture(params=["gannet", "kafka"])
def port(request):
    if request.param == "gannet":
        return request.getfixturevalue("broker").port
    ref = os.environ.get("GANNET_REF_BOOTSTRAP")
    if not ref:
        pytest.skip("GANNET_REF_BOOTSTRAP not set (no reference Kafka)")
    return int(ref.rsplit(":", 1)[1])


def fetch_v7(corr, session_id, epoch, topics, forgotten=(), max_wait_ms=0, min_bytes=0):
    """topics: [(topic, [(partition, offset)])]; forgotten: [(topic, [partition])]."""
    body = (kw.i32(-1) + kw.i32(max_wait_ms) + kw.i32(min_bytes) + kw.i32(1 << 20) + kw.i8(0)
            + kw.i32(session_id) + kw.i32(epoch)
            + kw.array([kw.string(t) + kw.array([kw.i32(p) + kw.i64(o) + kw.i64(-1) + kw.i32(1 << 20)
                                                 for p, o in parts]) for t, parts in topics])
            + kw.array([kw.string(t) + kw.array([kw.i32(p) for p in parts]) for t, parts in forgotten]))
    return kw.request(kw.API_FETCH, 7, corr, body)


def parse_fetch_v7(payload):
    r = kw.Reader(payload)
    throttle = r.i32()
    error = r.i16()
    session_id = r.i32()

    def partition(r):
        return dict(partition=r.i32(), error=r.i16(), high_watermark=r.i64(), last_stable_offset=r.i64(),
                    log_start_offset=r.i64(), aborted=r.array(lambda r: (r.i64(), r.i64())), records=r.bytes_())

    topics = r.array(lambda r: (r.string(), r.array(partition)))
    assert r.pos == len(payload)
    return dict(throttle=throttle, error=error, session_id=session_id, topics=topics)


def create_topic(port, topic, partitions):
    from confluent_kafka.admin import AdminClient, NewTopic
    a = AdminClient({"bootstrap.servers": f"127.0.0.1:{port}"})
    a.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)],
                    operation_timeout=10, request_timeout=15)[topic].result(timeout=20)
    with kw.Client(port) as c:
        deadline = time.monotonic() + 10
        while True:
            md = kw.parse_metadata_v1(c.request(kw.metadata_request, [topic]))
            (t,) = md["topics"]
            if t["error"] == 0 and len(t["partitions"]) == partitions and all(
                    p["leader"] == 0 for p in t["partitions"]):
                return
            assert time.monotonic() < deadline, t
            time.sleep(0.05)


def produce(c, topic, partition, values, ts):
    (name, (p,)), = kw.parse_produce_v3(c.request(
        kw.produce_request, topic, partition, kw.record_batch(values, base_timestamp=ts), acks=-1))
    assert p["error"] == 0, p


def summary(resp, session_ids):
    """The response with the (random) session id replaced by its order of
    appearance ("s1", "s2", ...) and records by their bytes' length."""
    sid = resp["session_id"]
    if sid != 0:
        session_ids.setdefault(sid, f"s{len(session_ids) + 1}")
        sid = session_ids[sid]
    return dict(error=resp["error"], session=sid, topics=[
        (t, [(p["partition"], p["error"], p["high_watermark"], p["last_stable_offset"], p["log_start_offset"],
              p["aborted"], None if p["records"] is None else len(p["records"])) for p in parts])
        for t, parts in resp["topics"]])


def test_session_transcript_matches_kafka(port, topic_name):
    t = topic_name
    missing = t + "-missing"
    create_topic(port, t, 2)
    ids = {}
    with kw.Client(port) as c:
        produce(c, t, 0, [b"a", b"b"], T0)
        produce(c, t, 1, [b"c"], T0)

        def fetch(session, epoch, topics, forgotten=()):
            return parse_fetch_v7(c.request(fetch_v7, session, epoch, topics, forgotten))

        # Full fetch (epoch 0): a session is created; the unknown topic's
        # partition comes after the served ones. At read_uncommitted the
        # aborted transactions are null (an empty list for the erroneous one).
        r = fetch(0, 0, [(missing, [(0, 0)]), (t, [(0, 0), (1, 0)])])
        sid = r["session_id"]
        assert sid > 0
        assert summary(r, ids) == dict(error=0, session="s1", topics=[
            (t, [(0, 0, 2, 2, 0, None, 77), (1, 0, 1, 1, 0, None, 69)]),
            (missing, [(0, UNKNOWN_TOPIC_OR_PARTITION, -1, -1, -1, [], 0)])])
        full_bytes = {p["partition"]: p["records"] for p in r["topics"][0][1]}

        # Epoch 1 moves the fetch offsets past the data: nothing changed, and
        # only the erroneous partition is answered again.
        r = fetch(sid, 1, [(t, [(0, 2), (1, 1)])])
        assert summary(r, ids) == dict(error=0, session="s1", topics=[
            (missing, [(0, UNKNOWN_TOPIC_OR_PARTITION, -1, -1, -1, [], 0)])])
        # The missing topic is forgotten; epoch 2 answers nothing at all.
        r = fetch(sid, 2, [], [(missing, [0])])
        assert summary(r, ids) == dict(error=0, session="s1", topics=[])

        # New data on partition 1 only: only partition 1 is answered.
        produce(c, t, 1, [b"d"], T0 + 1)
        r = fetch(sid, 3, [])
        assert summary(r, ids) == dict(error=0, session="s1", topics=[(t, [(1, 0, 2, 2, 0, None, 69)])])

        # Partition 0 forgotten: new data there is never served.
        produce(c, t, 0, [b"e"], T0 + 2)
        r = fetch(sid, 4, [(t, [(1, 2)])], [(t, [0])])
        assert summary(r, ids) == dict(error=0, session="s1", topics=[])
        r = fetch(sid, 5, [])
        assert summary(r, ids) == dict(error=0, session="s1", topics=[])

        # Session errors: a stale epoch, an unknown id. Both answer session id 0.
        r = fetch(sid, 5, [])
        assert summary(r, ids) == dict(error=INVALID_FETCH_SESSION_EPOCH, session=0, topics=[])
        r = fetch(sid ^ 0x5A5A, 1, [])
        assert summary(r, ids) == dict(error=FETCH_SESSION_ID_NOT_FOUND, session=0, topics=[])

        # The session still works after the errors.
        r = fetch(sid, 6, [(t, [(0, 3)])])
        assert summary(r, ids) == dict(error=0, session="s1", topics=[(t, [(0, 0, 3, 3, 0, None, 0)])])

        # A full fetch at the final epoch (-1) closes the session and opens none.
        r = fetch(sid, -1, [(t, [(0, 0)])])
        assert summary(r, ids)["session"] == 0
        r = fetch(sid, 7, [])
        assert summary(r, ids) == dict(error=FETCH_SESSION_ID_NOT_FOUND, session=0, topics=[])

        # Sessionless (id 0, epoch -1), as librdkafka and kafka-python send.
        r = fetch(0, -1, [(t, [(0, 0), (1, 0)])])
        assert summary(r, ids) == dict(error=0, session=0, topics=[
            (t, [(0, 0, 3, 3, 0, None, 77 + 69), (1, 0, 2, 2, 0, None, 69 * 2)])])
        # The bytes are the batches as produced (offsets assigned).
        assert r["topics"][0][1][0]["records"][:77] == full_bytes[0]
        assert r["topics"][0][1][1]["records"][:69] == full_bytes[1]

        # A second full fetch (epoch 0) opens a new session.
        r = fetch(0, 0, [(t, [(1, 2)])])
        assert summary(r, ids) == dict(error=0, session="s2", topics=[(t, [(1, 0, 2, 2, 0, None, 0)])])
        # OFFSET_OUT_OF_RANGE carries no offsets (-1), as any read error in Kafka.
        r = fetch(0, 0, [(t, [(0, 9)])])
        assert summary(r, ids) == dict(error=0, session="s3", topics=[(t, [(0, 1, -1, -1, -1, None, 0)])])
