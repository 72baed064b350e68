"""kafka-python (Debian's python3-kafka 2.0.2, pure Python) against gannet:
admin create/delete topics, producer at acks=all with every codec it has a
library for, KafkaConsumer with assign() and seek()."""
import time

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic
from kafka.errors import (InvalidPartitionsError, InvalidReplicationFactorError,
                          TopicAlreadyExistsError, UnknownTopicOrPartitionError)

import kafka_wire

CODECS = {None: 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}


def codec_available(codec):
    from kafka import codec as c
    return {None: True, "gzip": c.has_gzip(), "snappy": c.has_snappy(), "lz4": c.has_lz4(),
            "zstd": c.has_zstd()}[codec]


@pytest.fixture
def admin(broker):
    a = KafkaAdminClient(bootstrap_servers=broker.bootstrap, request_timeout_ms=15000)
    yield a
    a.close()


def producer(broker, **conf):
    c = dict(acks="all", linger_ms=5, request_timeout_ms=15000)
    c.update(conf)
    return KafkaProducer(bootstrap_servers=broker.bootstrap, **c)


def consumer(broker, **conf):
    return KafkaConsumer(bootstrap_servers=broker.bootstrap, group_id=None,
                         enable_auto_commit=False, auto_offset_reset="earliest",
                         request_timeout_ms=15000, **conf)


def read_until(c, tps_to_end, timeout=60):
    """Polls until each partition's position reaches its end offset."""
    got = {tp: [] for tp in tps_to_end}
    deadline = time.monotonic() + timeout
    while any(c.position(tp) < end for tp, end in tps_to_end.items()):
        assert time.monotonic() < deadline, {tp: c.position(tp) for tp in tps_to_end}
        for tp, records in c.poll(timeout_ms=500, max_records=2000).items():
            got[tp].extend(records)
    return got


def test_admin_create_and_delete_topics(broker, admin, topic_name):
    admin.create_topics([NewTopic(topic_name, num_partitions=3, replication_factor=1,
                                  topic_configs={"retention.ms": "3600000"})], timeout_ms=15000)
    c = consumer(broker)
    try:
        assert c.partitions_for_topic(topic_name) == {0, 1, 2}
    finally:
        c.close()
    assert topic_name in admin.list_topics()

    with pytest.raises(TopicAlreadyExistsError):
        admin.create_topics([NewTopic(topic_name, 1, 1)], timeout_ms=15000)
    with pytest.raises(InvalidPartitionsError):
        admin.create_topics([NewTopic(topic_name + "-p", 0, 1)], timeout_ms=15000)
    with pytest.raises(InvalidReplicationFactorError):
        admin.create_topics([NewTopic(topic_name + "-r", 1, 3)], timeout_ms=15000)

    admin.delete_topics([topic_name], timeout_ms=15000)
    deadline = time.monotonic() + 10
    while topic_name in admin.list_topics():
        assert time.monotonic() < deadline
        time.sleep(0.1)
    with pytest.raises(UnknownTopicOrPartitionError):
        admin.delete_topics([topic_name], timeout_ms=15000)


@pytest.mark.parametrize("codec", list(CODECS), ids=lambda c: c or "none")
def test_produce_acks_all_with_each_codec_and_consume_by_assign(broker, admin, topic_name, codec):
    if not codec_available(codec):
        pytest.skip(f"no {codec} library for kafka-python")
    admin.create_topics([NewTopic(topic_name, num_partitions=2, replication_factor=1)], timeout_ms=15000)
    p = producer(broker, compression_type=codec)
    n = 1000
    sent = []
    futures = []
    for i in range(n):
        partition = i % 2
        key = f"k{i}".encode()
        value = f"{codec}-{i}-".encode() + b"0123456789" * (i % 40)
        headers = [("i", str(i).encode()), ("codec", str(codec).encode())]
        futures.append(p.send(topic_name, key=key, value=value, headers=headers, partition=partition))
        sent.append((partition, key, value, headers))
    p.flush(30)
    metas = [f.get(timeout=30) for f in futures]
    p.close()
    next_offset = {0: 0, 1: 0}
    for (partition, *_), md in zip(sent, metas):
        assert (md.partition, md.offset) == (partition, next_offset[partition])
        next_offset[partition] += 1

    c = consumer(broker)
    try:
        tps = [TopicPartition(topic_name, 0), TopicPartition(topic_name, 1)]
        c.assign(tps)
        assert c.end_offsets(tps) == {tps[0]: 500, tps[1]: 500}
        assert c.beginning_offsets(tps) == {tps[0]: 0, tps[1]: 0}
        c.seek_to_beginning()
        got = read_until(c, {tps[0]: 500, tps[1]: 500})
        for partition in (0, 1):
            expected = [s for s in sent if s[0] == partition]
            records = got[tps[partition]]
            assert [r.offset for r in records] == list(range(500))
            assert [(r.key, r.value, r.headers) for r in records] == [
                (k, v, h) for _, k, v, h in expected]

        # seek() to the middle of partition 1.
        c.seek(tps[1], 250)
        c.pause(tps[0])
        records = read_until(c, {tps[1]: 500})[tps[1]]
        assert [r.offset for r in records] == list(range(250, 500))
        assert records[0].key == sent[501][1]
    finally:
        c.close()
    if codec is not None:
        assert set(kafka_wire.fetch_codecs(broker.port, topic_name, 0)) == {CODECS[codec]}


def test_offsets_for_times(broker, admin, topic_name):
    admin.create_topics([NewTopic(topic_name, 1, 1)], timeout_ms=15000)
    t0 = int(time.time() * 1000) - 100_000
    p = producer(broker, linger_ms=0, max_in_flight_requests_per_connection=1)
    for i in range(5):
        p.send(topic_name, value=f"m{i}".encode(), partition=0, timestamp_ms=t0 + 1000 * i).get(timeout=30)
    p.close()
    c = consumer(broker)
    try:
        tp = TopicPartition(topic_name, 0)
        r = c.offsets_for_times({tp: t0 + 2000})[tp]
        assert (r.offset, r.timestamp) == (2, t0 + 2000)
        r = c.offsets_for_times({tp: t0 + 2500})[tp]
        assert (r.offset, r.timestamp) == (3, t0 + 3000)
        assert c.offsets_for_times({tp: t0 + 10_000})[tp] is None
    finally:
        c.close()


def test_many_small_sends_and_a_large_one(broker, admin, topic_name):
    admin.create_topics([NewTopic(topic_name, 1, 1)], timeout_ms=15000)
    p = producer(broker, max_request_size=2_000_000, batch_size=64 * 1024)
    big = bytes(range(256)) * 3600  # 921,600 bytes
    futures = [p.send(topic_name, value=f"{i}".encode(), partition=0) for i in range(3000)]
    futures.append(p.send(topic_name, key=b"big", value=big, partition=0))
    p.flush(30)
    assert [f.get(timeout=30).offset for f in futures] == list(range(3001))
    p.close()
    c = consumer(broker, max_partition_fetch_bytes=2_000_000, fetch_max_bytes=4_000_000)
    try:
        tp = TopicPartition(topic_name, 0)
        c.assign([tp])
        c.seek(tp, 2999)
        records = read_until(c, {tp: 3001})[tp]
        assert [(r.offset, r.key, r.value) for r in records] == [(2999, None, b"2999"), (3000, b"big", big)]
    finally:
        c.close()


def served(broker, api_key):
    return api_key in kafka_wire.api_versions(broker.port).ranges


def test_admin_describe_configs_and_create_partitions(broker, admin, topic_name):
    from kafka.admin import ConfigResource, ConfigResourceType, NewPartitions
    if not (served(broker, 32) and served(broker, 37)):
        pytest.skip("DescribeConfigs (32) / CreatePartitions (37) not served yet")
    admin.create_topics([NewTopic(topic_name, 1, 1, topic_configs={"retention.ms": "3600000"})],
                        timeout_ms=15000)
    (resp,) = admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, topic_name)])
    (res,) = resp.resources
    error_code, _, resource_type, name, entries = res
    assert (error_code, name) == (0, topic_name)
    configs = {e[0]: e[1] for e in entries}
    assert configs["retention.ms"] == "3600000"
    assert configs["cleanup.policy"] == "delete"
    admin.create_partitions({topic_name: NewPartitions(total_count=3)}, timeout_ms=15000)
    c = consumer(broker)
    try:
        deadline = time.monotonic() + 10
        while c.partitions_for_topic(topic_name) != {0, 1, 2}:
            assert time.monotonic() < deadline
            time.sleep(0.2)
            c._client.cluster.request_update()
            c._client.poll(timeout_ms=200)
    finally:
        c.close()
