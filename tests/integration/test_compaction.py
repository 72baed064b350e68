"""Log compaction (cleanup.policy=compact) seen by clients: after the cleaner ran,
a consumer reads exactly the latest value of each key (tombstones included) plus
the active segment; keyless records are refused; a runtime switch of
cleanup.policy (IncrementalAlterConfigs) takes effect."""
import time
import uuid

from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

import kafka_wire as kw

# The cleaner looks for work every 200 ms instead of every 15 s.
BROKER_OVERRIDES = {"log.cleaner.backoff.ms": "200"}

SEGMENT_MS = 1000
TOPIC_CONFIG = {
    "segment.bytes": "2048",           # many small segments
    "segment.ms": str(SEGMENT_MS),     # and a time roll for the last one
    "min.cleanable.dirty.ratio": "0.01",
}


def create(broker, name, configs):
    a = AdminClient({"bootstrap.servers": broker.bootstrap})
    a.create_topics([NewTopic(name, 1, 1, config=configs)])[name].result(timeout=20)


def produce_keyed(broker, topic, items):
    """items: [(key, value or None)]; one batch per record. Returns their offsets."""
    p = Producer({"bootstrap.servers": broker.bootstrap, "linger.ms": 0, "batch.num.messages": 1,
                  "enable.idempotence": False})
    offsets = []

    def on_delivery(err, msg):
        assert err is None, err
        offsets.append(msg.offset())

    for k, v in items:
        p.produce(topic, key=k.encode(), value=None if v is None else v.encode(), on_delivery=on_delivery)
        p.flush(10)  # one by one: offsets follow the list
    assert len(offsets) == len(items)
    return offsets


def read_all(broker, topic):
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": f"g-{uuid.uuid4().hex[:6]}",
                  "enable.auto.commit": False})
    try:
        c.assign([TopicPartition(topic, 0, 0)])
        _, high = c.get_watermark_offsets(TopicPartition(topic, 0), timeout=10)
        out = []
        deadline = time.time() + 20
        while time.time() < deadline:
            m = c.poll(0.5)
            if m is None:
                if out and out[-1][0] == high - 1:
                    break
                continue
            assert m.error() is None, m.error()
            v = m.value()
            out.append((m.offset(), m.key().decode(), None if v is None else v.decode()))
            if m.offset() == high - 1:
                break
        return out
    finally:
        c.close()


def expected_after_clean(items, offsets):
    latest = {}
    for (k, v), o in zip(items, offsets):
        latest[k] = (o, k, v)
    return sorted(latest.values())


def wait_for(broker, topic, expected, timeout=30):
    deadline = time.time() + timeout
    got = None
    while time.time() < deadline:
        got = read_all(broker, topic)
        if got == expected:
            return got
        time.sleep(0.5)
    assert got == expected, broker.output()


def test_consumer_reads_latest_value_per_key(broker, topic_name):
    create(broker, topic_name, dict(TOPIC_CONFIG, **{"cleanup.policy": "compact"}))
    items = [(f"k{i % 10}", f"v{i}") for i in range(150)]
    items += [("k3", None), ("k7", "last-7")]  # a tombstone and a late update
    offsets = produce_keyed(broker, topic_name, items)
    assert offsets == list(range(len(items)))
    # After segment.ms the next append rolls: everything above is then below
    # the active segment, which holds only the marker.
    time.sleep(SEGMENT_MS / 1000 + 0.5)
    (end,) = produce_keyed(broker, topic_name, [("end", "marker")])
    expected = expected_after_clean(items, offsets) + [(end, "end", "marker")]
    assert (143, "k3", "v143") not in expected and (150, "k3", None) in expected
    got = wait_for(broker, topic_name, expected)
    assert [k for _, k, _ in got] == ["k0", "k1", "k2", "k4", "k5", "k6", "k8", "k9", "k3", "k7", "end"]


def test_keyless_record_refused_on_compacted_topic(broker, topic_name):
    create(broker, topic_name, {"cleanup.policy": "compact"})
    with kw.Client(broker.port) as c:
        batch = kw.record_batch([b"no key"])
        (t,) = kw.parse_produce_v3(c.request(kw.produce_request, topic_name, 0, batch))
        assert t[0] == topic_name
        (p,) = t[1]
        # INVALID_RECORD (base_offset: a known difference, see tests/differential)
        assert (p["partition"], p["error"]) == (0, 87)
    # A keyed record is accepted.
    assert produce_keyed(broker, topic_name, [("k", "v")]) == [0]


def incremental_alter_topic(port, topic, name, value):
    body = kw.array([kw.i8(2) + kw.string(topic) + kw.array([kw.string(name) + kw.i8(0) + kw.string(value)])])
    body += kw.i8(0)  # validate_only = false
    with kw.Client(port) as c:
        payload = c.request(lambda corr: kw.request(44, 0, corr, body))
    r = kw.Reader(payload)
    r.i32()  # throttle
    return r.array(lambda r: (r.i16(), r.string(), r.i8(), r.string()))


def test_policy_switched_to_compact_at_runtime(broker, topic_name):
    create(broker, topic_name, dict(TOPIC_CONFIG, **{"cleanup.policy": "delete"}))
    items = [(f"k{i % 3}", f"v{i}") for i in range(60)]
    offsets = produce_keyed(broker, topic_name, items)
    time.sleep(SEGMENT_MS / 1000 + 0.5)
    (end,) = produce_keyed(broker, topic_name, [("end", "marker")])
    # Not compacted while the policy is delete.
    time.sleep(1.5)
    assert len(read_all(broker, topic_name)) == 61
    assert incremental_alter_topic(broker.port, topic_name, "cleanup.policy", "compact") == [
        (0, None, 2, topic_name)]
    expected = expected_after_clean(items, offsets) + [(end, "end", "marker")]
    wait_for(broker, topic_name, expected)
