"""Committed offsets and group state survive a broker restart (SIGTERM and
SIGKILL): they are records in __consumer_offsets (docs/consumer-groups.md,
"Internal topic"), replayed at start-up. These tests run their own broker."""
import time

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import Broker

TOPIC = "group-restart"
PARTITIONS = 3
PER_PARTITION = 10


def produce_all(broker):
    a = AdminClient({"bootstrap.servers": broker.bootstrap})
    a.create_topics([NewTopic(TOPIC, PARTITIONS, 1)], request_timeout=15)[TOPIC].result(timeout=20)
    p = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all"})
    for part in range(PARTITIONS):
        for i in range(PER_PARTITION):
            p.produce(TOPIC, key=f"k{part}-{i}".encode(), value=f"v{part}-{i}".encode(), partition=part)
    assert p.flush(30) == 0


def consumer(broker, group, **extra):
    conf = {"bootstrap.servers": broker.bootstrap, "group.id": group, "enable.auto.commit": False,
            "auto.offset.reset": "earliest", "session.timeout.ms": 6000}
    conf.update(extra)
    return Consumer(conf)


def consume(c, count, timeout=60):
    got = []
    deadline = time.monotonic() + timeout
    while len(got) < count:
        assert time.monotonic() < deadline, f"timed out with {len(got)} of {count} messages"
        m = c.poll(0.5)
        if m is None:
            continue
        assert m.error() is None, m.error()
        got.append((m.partition(), m.offset(), m.key(), m.value()))
    return got


def committed(broker, group):
    c = consumer(broker, group)
    try:
        tps = c.committed([TopicPartition(TOPIC, p) for p in range(PARTITIONS)], timeout=20)
        return {tp.partition: tp.offset for tp in tps}
    finally:
        c.close()


@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_committed_offsets_and_group_survive_a_restart(tmp_root, how):
    broker = Broker(tmp_root / "logs").start()
    try:
        produce_all(broker)
        # A subscribed group: consumes everything, commits 4, 7 and 10, then leaves.
        c = consumer(broker, "restart-group")
        c.subscribe([TOPIC])
        assert len(consume(c, PARTITIONS * PER_PARTITION)) == PARTITIONS * PER_PARTITION
        c.commit(offsets=[TopicPartition(TOPIC, 0, 4), TopicPartition(TOPIC, 1, 7),
                          TopicPartition(TOPIC, 2, 10)], asynchronous=False)
        c.close()
        # A simple consumer (assign, no subscription): offsets without a group record.
        s = consumer(broker, "restart-simple")
        s.assign([TopicPartition(TOPIC, 1, 0)])
        s.commit(offsets=[TopicPartition(TOPIC, 1, 2)], asynchronous=False)
        s.close()
        assert committed(broker, "restart-group") == {0: 4, 1: 7, 2: 10}
        assert committed(broker, "restart-simple") == {0: -1001, 1: 2, 2: -1001}

        if how == "sigterm":
            assert broker.stop() == 0, broker.output()
        else:
            broker.kill()
        broker.start()

        assert committed(broker, "restart-group") == {0: 4, 1: 7, 2: 10}
        assert committed(broker, "restart-simple") == {0: -1001, 1: 2, 2: -1001}
        groups = {g.id: g for g in AdminClient({"bootstrap.servers": broker.bootstrap}).list_groups(timeout=10)}
        assert groups["restart-group"].state == "Empty"
        assert groups["restart-group"].protocol_type == "consumer"

        # The group resumes exactly at its commits: nothing again, nothing skipped.
        c = consumer(broker, "restart-group")
        c.subscribe([TOPIC])
        got = consume(c, (PER_PARTITION - 4) + (PER_PARTITION - 7))
        assert sorted(got) == sorted(
            [(0, i, f"k0-{i}".encode(), f"v0-{i}".encode()) for i in range(4, PER_PARTITION)]
            + [(1, i, f"k1-{i}".encode(), f"v1-{i}".encode()) for i in range(7, PER_PARTITION)])
        assert c.poll(2.0) is None
        c.close()

        # The internal topic as Kafka creates it.
        md = AdminClient({"bootstrap.servers": broker.bootstrap}).list_topics(timeout=10)
        assert len(md.topics["__consumer_offsets"].partitions) == 50
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()
