"""confluent_kafka (Debian's python3-confluent-kafka on librdkafka 2.0.2)
against gannet: admin, a 10,000-message idempotent round trip, codecs,
offsets by time, large and oversize messages."""
import os
import time

import confluent_kafka
import pytest
from confluent_kafka import (Consumer, KafkaError, KafkaException, Producer,
                             TopicPartition, OFFSET_BEGINNING)
from confluent_kafka.admin import AdminClient, ConfigResource, NewPartitions, NewTopic

import kafka_wire

CODECS = {"none": 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}

API_PRODUCE = 0
API_FIND_COORDINATOR = 10


def librdkafka_compresses(broker, codec):
    """Whether this librdkafka compresses with codec against this broker.
    librdkafka 2.0.2 (Debian's) enables gzip/snappy/lz4 only when the broker
    advertises Produce v0, and lz4 also needs FindCoordinator v0 advertised;
    the current one (PyPI's 2.16, checked: it compresses gzip and snappy
    against Produce v3+) still gates lz4 on FindCoordinator, which gannet
    advertises once it serves consumer groups. zstd needs Produce v7 only."""
    if codec in ("none", "zstd"):
        return True
    ranges = kafka_wire.api_versions(broker.port).ranges
    produce_v0 = ranges.get(API_PRODUCE, (99, 0))[0] == 0
    find_coordinator_v0 = ranges.get(API_FIND_COORDINATOR, (99, 0))[0] == 0
    if codec == "lz4" and not find_coordinator_v0:
        return False
    return produce_v0 or confluent_kafka.libversion()[1] >= 0x020C0000


def admin(broker):
    return AdminClient({"bootstrap.servers": broker.bootstrap})


def create(broker, topic, partitions=1, config=None, rf=1):
    a = admin(broker)
    fs = a.create_topics(
        [NewTopic(topic, num_partitions=partitions, replication_factor=rf, config=config or {})],
        operation_timeout=10, request_timeout=15)
    fs[topic].result(timeout=20)


def create_error(broker, new_topic):
    """The KafkaError code CreateTopics answers for one topic."""
    a = admin(broker)
    fs = a.create_topics([new_topic], request_timeout=15)
    with pytest.raises(KafkaException) as e:
        fs[new_topic.topic].result(timeout=20)
    return e.value.args[0].code()


def producer(broker, **conf):
    c = {"bootstrap.servers": broker.bootstrap, "acks": "all", "enable.idempotence": True,
         "linger.ms": 5}
    c.update({k.replace("_", "."): v for k, v in conf.items()})
    return Producer(c)


def produce_all(p, topic, messages, timeout=60):
    """Produce (partition, key, value, headers, timestamp) tuples; returns the
    delivery reports (partition, offset) in send order; every one must succeed."""
    reports = [None] * len(messages)
    errors = []

    def on_delivery(i):
        def cb(err, msg):
            if err is not None:
                errors.append((i, err))
            else:
                reports[i] = (msg.partition(), msg.offset())
        return cb

    for i, (partition, key, value, headers, ts) in enumerate(messages):
        kw = dict(key=key, value=value, headers=headers, on_delivery=on_delivery(i))
        if partition is not None:
            kw["partition"] = partition
        if ts is not None:
            kw["timestamp"] = ts
        while True:
            try:
                p.produce(topic, **kw)
                break
            except BufferError:
                p.poll(0.1)
        p.poll(0)
    assert p.flush(timeout) == 0, "messages still in the producer queue"
    assert errors == []
    return reports


def consumer(broker, **conf):
    c = {"bootstrap.servers": broker.bootstrap, "group.id": "gannet-it-unused",
         "enable.auto.commit": False, "enable.auto.offset.store": False,
         "enable.partition.eof": True, "auto.offset.reset": "earliest"}
    c.update({k.replace("_", "."): v for k, v in conf.items()})
    return Consumer(c)


def consume_partitions(broker, topic, partitions, timeout=60, **conf):
    """Every message of each partition from offset 0 to its end, by manual
    assignment (no consumer group)."""
    c = consumer(broker, **conf)
    try:
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
        got = {p: [] for p in partitions}
        at_eof = set()
        deadline = time.monotonic() + timeout
        while at_eof != set(partitions):
            assert time.monotonic() < deadline, f"timed out; at eof: {at_eof}"
            for m in c.consume(num_messages=1000, timeout=0.5):
                if m.error():
                    assert m.error().code() == KafkaError._PARTITION_EOF, m.error()
                    at_eof.add(m.partition())
                    continue
                at_eof.discard(m.partition())
                got[m.partition()].append(m)
        return got
    finally:
        c.close()


def served(broker, api_key):
    return api_key in kafka_wire.api_versions(broker.port).ranges


# ---- admin ------------------------------------------------------------------------

def test_create_list_describe_delete_topics(broker, topic_name):
    a = admin(broker)
    fs = a.create_topics([NewTopic(topic_name, num_partitions=3, replication_factor=1,
                                   config={"retention.ms": "3600000"})], request_timeout=15)
    assert fs[topic_name].result(timeout=20) is None

    md = a.list_topics(timeout=10)
    assert topic_name in md.topics
    assert list(md.brokers) == [0]
    assert md.brokers[0].host == "127.0.0.1" and md.brokers[0].port == broker.port

    t = a.list_topics(topic=topic_name, timeout=10).topics[topic_name]
    assert t.error is None
    assert sorted(t.partitions) == [0, 1, 2]
    for pid, pm in t.partitions.items():
        assert (pm.id, pm.leader, pm.replicas, pm.isrs, pm.error) == (pid, 0, [0], [0], None)

    fs = a.delete_topics([topic_name], request_timeout=15)
    assert fs[topic_name].result(timeout=20) is None
    deadline = time.monotonic() + 10
    while topic_name in a.list_topics(timeout=10).topics:
        assert time.monotonic() < deadline, "deleted topic still listed"
        time.sleep(0.1)


def test_describe_configs_of_a_topic(broker, topic_name):
    if not served(broker, 32):
        pytest.skip("DescribeConfigs (32) not served yet")
    create(broker, topic_name, config={"retention.ms": "3600000", "max.message.bytes": "20000"})
    a = admin(broker)
    fs = a.describe_configs([ConfigResource("topic", topic_name)], request_timeout=15)
    (res, f), = fs.items()
    entries = f.result(timeout=20)
    assert entries["retention.ms"].value == "3600000"
    assert entries["max.message.bytes"].value == "20000"
    assert entries["cleanup.policy"].value == "delete"
    assert entries["cleanup.policy"].is_default


def test_alter_configs_of_a_topic(broker, topic_name):
    if not (served(broker, 33) and served(broker, 32)):
        pytest.skip("AlterConfigs (33) / DescribeConfigs (32) not served yet")
    create(broker, topic_name)
    a = admin(broker)
    fs = a.alter_configs([ConfigResource("topic", topic_name, set_config={"retention.ms": "7200000"})],
                         request_timeout=15)
    for f in fs.values():
        f.result(timeout=20)
    fs = a.describe_configs([ConfigResource("topic", topic_name)], request_timeout=15)
    (f,) = fs.values()
    entries = f.result(timeout=20)
    assert entries["retention.ms"].value == "7200000"


def test_create_partitions_increases_only(broker, topic_name):
    if not served(broker, 37):
        pytest.skip("CreatePartitions (37) not served yet")
    create(broker, topic_name, partitions=2)
    a = admin(broker)
    a.create_partitions([NewPartitions(topic_name, 4)], request_timeout=15)[topic_name].result(timeout=20)
    t = a.list_topics(topic=topic_name, timeout=10).topics[topic_name]
    assert sorted(t.partitions) == [0, 1, 2, 3]
    with pytest.raises(KafkaException) as e:
        a.create_partitions([NewPartitions(topic_name, 3)], request_timeout=15)[topic_name].result(timeout=20)
    assert e.value.args[0].code() == KafkaError.INVALID_PARTITIONS


def test_create_existing_topic_is_topic_already_exists(broker, topic_name):
    create(broker, topic_name)
    assert create_error(broker, NewTopic(topic_name, 1, 1)) == KafkaError.TOPIC_ALREADY_EXISTS


def test_create_with_invalid_partitions(broker, topic_name):
    assert create_error(broker, NewTopic(topic_name, 0, 1)) == KafkaError.INVALID_PARTITIONS


def test_create_with_replication_factor_above_the_broker_count(broker, topic_name):
    assert create_error(broker, NewTopic(topic_name, 1, 3)) == KafkaError.INVALID_REPLICATION_FACTOR


@pytest.mark.parametrize("name", ["bad name!", "a/b", ".", "..", "x" * 250])
def test_create_with_an_invalid_name(broker, name):
    assert create_error(broker, NewTopic(name, 1, 1)) == KafkaError.TOPIC_EXCEPTION


def test_delete_unknown_topic(broker, topic_name):
    a = admin(broker)
    fs = a.delete_topics([topic_name], request_timeout=15)
    with pytest.raises(KafkaException) as e:
        fs[topic_name].result(timeout=20)
    assert e.value.args[0].code() == KafkaError.UNKNOWN_TOPIC_OR_PART


# ---- produce and consume -------------------------------------------------------------

def test_ten_thousand_keyed_messages_with_headers_round_trip_exactly(broker, topic_name):
    create(broker, topic_name, partitions=3)
    n = 10_000
    messages = []
    for i in range(n):
        key = f"key-{i % 997}".encode()
        value = f"value-{i}-".encode() + bytes([i % 256]) * (i % 100)
        headers = [("seq", str(i).encode()), ("empty", b""), ("bin", bytes([0, 255, i % 256]))]
        messages.append((None, key, value, headers, None))
    p = producer(broker)
    reports = produce_all(p, topic_name, messages)

    # The partitioner spread the keys over all three partitions, and each key
    # stayed in one partition.
    by_key = {}
    for (_, key, *_), (partition, _) in zip(messages, reports):
        assert by_key.setdefault(key, partition) == partition
    assert set(by_key.values()) == {0, 1, 2}

    # Acknowledged offsets are contiguous from 0 per partition, in send order.
    expected = {0: [], 1: [], 2: []}
    for i, (partition, offset) in enumerate(reports):
        assert offset == len(expected[partition])
        expected[partition].append(i)

    got = consume_partitions(broker, topic_name, [0, 1, 2])
    for partition in (0, 1, 2):
        msgs = got[partition]
        assert [m.offset() for m in msgs] == list(range(len(expected[partition])))
        for m, i in zip(msgs, expected[partition]):
            _, key, value, headers, _ = messages[i]
            assert m.topic() == topic_name
            assert m.key() == key
            assert m.value() == value
            assert m.headers() == headers
    assert sum(len(v) for v in got.values()) == n


def test_null_key_null_value_and_empty_headers(broker, topic_name):
    create(broker, topic_name)
    produce_all(producer(broker), topic_name, [
        (0, None, b"no key", None, None),
        (0, b"tombstone", None, None, None),
        (0, b"", b"", [("h", None)], None),
    ])
    msgs = consume_partitions(broker, topic_name, [0])[0]
    assert [(m.offset(), m.key(), m.value(), m.headers()) for m in msgs] == [
        (0, None, b"no key", None),
        (1, b"tombstone", None, None),
        (2, b"", b"", [("h", None)]),
    ]


@pytest.mark.parametrize("codec", list(CODECS))
def test_each_compression_codec_round_trips(broker, topic_name, codec):
    create(broker, topic_name, partitions=1)
    messages = [(0, f"k{i}".encode(), f"{codec}-{i}-".encode() + b"abcdefgh" * (i % 50),
                 [("i", str(i).encode())], None) for i in range(2000)]
    reports = produce_all(producer(broker, compression_type=codec), topic_name, messages)
    assert reports == [(0, i) for i in range(2000)]
    msgs = consume_partitions(broker, topic_name, [0])[0]
    assert [(m.offset(), m.key(), m.value(), m.headers()) for m in msgs] == [
        (i, k, v, h) for i, (_, k, v, h, _) in enumerate(messages)]


@pytest.mark.parametrize("codec", list(CODECS))
def test_each_compression_codec_is_stored_compressed(broker, topic_name, codec, request):
    if not librdkafka_compresses(broker, codec):
        # Strict: when the client or the broker changes, this fails and says so.
        request.applymarker(pytest.mark.xfail(
            strict=True, raises=AssertionError,
            reason=f"librdkafka {confluent_kafka.libversion()[0]} sends {codec} uncompressed to this "
                   "broker's ApiVersions (see librdkafka_compresses)"))
    create(broker, topic_name, partitions=1)
    messages = [(0, b"k", b"abcdefgh" * 30, None, None) for _ in range(100)]
    produce_all(producer(broker, compression_type=codec), topic_name, messages)
    codecs = kafka_wire.fetch_codecs(broker.port, topic_name)
    assert codecs and set(codecs) == {CODECS[codec]}


def test_offsets_for_times(broker, topic_name):
    create(broker, topic_name, partitions=1)
    t0 = int(time.time() * 1000) - 100_000
    messages = [(0, None, f"m{i}".encode(), None, t0 + 1000 * i) for i in range(10)]
    produce_all(producer(broker, linger_ms=0, max_in_flight=1), topic_name, messages)
    c = consumer(broker)
    try:
        def lookup(ts):
            (tp,) = c.offsets_for_times([TopicPartition(topic_name, 0, ts)], timeout=10)
            assert tp.error is None
            return tp.offset
        assert lookup(t0 - 5000) == 0
        assert lookup(t0) == 0
        assert lookup(t0 + 1) == 1
        assert lookup(t0 + 1500) == 2
        assert lookup(t0 + 9000) == 9
        assert lookup(t0 + 9001) == -1  # no such message: the end
        assert c.get_watermark_offsets(TopicPartition(topic_name, 0), timeout=10) == (0, 10)
    finally:
        c.close()
    msgs = consume_partitions(broker, topic_name, [0])[0]
    assert [(m.offset(), m.value(), m.timestamp()) for m in msgs] == [
        (i, f"m{i}".encode(), (1, t0 + 1000 * i)) for i in range(10)]  # 1: CreateTime


def test_a_900_kb_message(broker, topic_name):
    create(broker, topic_name)
    value = os.urandom(900 * 1024)
    p = producer(broker, message_max_bytes=2_000_000)
    assert produce_all(p, topic_name, [(0, b"big", value, [("h", b"v")], None),
                                       (0, b"small", b"after", None, None)]) == [(0, 0), (0, 1)]
    msgs = consume_partitions(broker, topic_name, [0], fetch_message_max_bytes=2_000_000)[0]
    assert [(m.offset(), m.key(), m.value(), m.headers()) for m in msgs] == [
        (0, b"big", value, [("h", b"v")]), (1, b"small", b"after", None)]


def test_an_oversize_message_is_refused_and_the_broker_stays_up(broker, topic_name):
    create(broker, topic_name, config={"max.message.bytes": "10000"})
    p = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all", "linger.ms": 0,
                  "retries": 0})
    result = []
    p.produce(topic_name, key=b"k", value=b"x" * 20_000, partition=0,
              on_delivery=lambda err, msg: result.append(err))
    assert p.flush(30) == 0
    (err,) = result
    assert err is not None and err.code() == KafkaError.MSG_SIZE_TOO_LARGE, err
    broker.assert_serving()
    # The topic still takes messages within its limit, from offset 0.
    assert produce_all(producer(broker), topic_name, [(0, b"k", b"y" * 9000, None, None)]) == [(0, 0)]
    msgs = consume_partitions(broker, topic_name, [0])[0]
    assert [(m.offset(), m.value()) for m in msgs] == [(0, b"y" * 9000)]


def test_concurrent_idempotent_producers_lose_and_duplicate_nothing(broker, topic_name):
    import threading
    create(broker, topic_name, partitions=3)
    n_producers, n = 4, 3000
    reports = {}
    failures = []

    def run(pi):
        try:
            msgs = [(i % 3, f"p{pi}".encode(), f"p{pi}-{i}".encode(), None, None) for i in range(n)]
            reports[pi] = produce_all(producer(broker, linger_ms=1), topic_name, msgs)
        except Exception as e:  # noqa: BLE001 - reported below
            failures.append(e)

    threads = [threading.Thread(target=run, args=(pi,)) for pi in range(n_producers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert failures == []
    got = consume_partitions(broker, topic_name, [0, 1, 2])
    stored = {}
    for partition, msgs in got.items():
        assert [m.offset() for m in msgs] == list(range(len(msgs)))
        for m in msgs:
            assert m.value() not in stored, f"duplicate {m.value()}"
            stored[m.value()] = (partition, m.offset())
    assert len(stored) == n_producers * n
    for pi, reps in reports.items():
        for i, rep in enumerate(reps):
            assert stored[f"p{pi}-{i}".encode()] == rep
        # Each producer's messages keep their order within a partition.
        for partition in range(3):
            offsets = [rep[1] for i, rep in enumerate(reps) if i % 3 == partition]
            assert offsets == sorted(offsets)


def test_a_consumer_tails_a_partition_while_it_is_written(broker, topic_name):
    import threading
    create(broker, topic_name)
    n = 5000
    c = consumer(broker, enable_partition_eof=False, fetch_wait_max_ms=100)
    c.assign([TopicPartition(topic_name, 0, OFFSET_BEGINNING)])
    got = []

    def write():
        p = producer(broker)
        for i in range(n):
            p.produce(topic_name, value=str(i).encode(), partition=0)
            if i % 500 == 0:
                p.flush(10)
                time.sleep(0.05)
        p.flush(30)

    t = threading.Thread(target=write)
    t.start()
    try:
        deadline = time.monotonic() + 60
        while len(got) < n:
            assert time.monotonic() < deadline, len(got)
            for m in c.consume(1000, 0.5):
                assert m.error() is None, m.error()
                got.append((m.offset(), m.value()))
    finally:
        t.join(60)
        c.close()
    assert got == [(i, str(i).encode()) for i in range(n)]


def test_a_topic_with_many_partitions(broker, topic_name):
    create(broker, topic_name, partitions=64)
    msgs = [(i % 64, f"k{i}".encode(), f"v{i}".encode(), None, None) for i in range(64 * 20)]
    reports = produce_all(producer(broker), topic_name, msgs)
    assert reports == [(i % 64, i // 64) for i in range(64 * 20)]
    got = consume_partitions(broker, topic_name, list(range(64)))
    for partition in range(64):
        assert [(m.offset(), m.value()) for m in got[partition]] == [
            (j, f"v{j * 64 + partition}".encode()) for j in range(20)]
