"""Deleting a topic removes its committed offsets from every group (Kafka's
GroupCoordinator.handleDeletedPartitions), with a real client (Debian's
confluent-kafka): a group commits offset 10 on T, T is deleted and re-created
with 15 new records, and the group's consumer reads all 15 from offset 0 instead
of being handed offset 10 and silently skipping the first 10 (the Java client in
the same case logs "Truncation detected" and skips). The offsets survive neither in memory nor in __consumer_offsets:
after a restart the group still has none for T."""
import time

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import start_broker, stop_and_check


def create(admin, name):
    admin.create_topics([NewTopic(name, 1, 1)])[name].result(timeout=20)


def delete(admin, name):
    admin.delete_topics([name])[name].result(timeout=20)


def produce(bootstrap, name, values):
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all"})
    for v in values:
        p.produce(name, value=v.encode(), partition=0)
    assert p.flush(20) == 0


def consumer(bootstrap, group):
    return Consumer({"bootstrap.servers": bootstrap, "group.id": group, "enable.auto.commit": False,
                     "auto.offset.reset": "earliest", "session.timeout.ms": 6000})


def read(c, name, n, timeout=30):
    c.subscribe([name])
    got = []
    deadline = time.monotonic() + timeout
    while len(got) < n and time.monotonic() < deadline:
        m = c.poll(0.5)
        if m is None or m.error():
            continue
        got.append((m.offset(), m.value().decode()))
    return got


def committed(bootstrap, group, name):
    c = consumer(bootstrap, group)
    try:
        return c.committed([TopicPartition(name, 0)], timeout=20)[0].offset
    finally:
        c.close()


def test_recreated_topic_is_read_from_zero_by_the_same_group(tmp_root, topic_name):
    broker = start_broker(tmp_root)
    try:
        admin = AdminClient({"bootstrap.servers": broker.bootstrap})
        group = "g-" + topic_name
        create(admin, topic_name)
        produce(broker.bootstrap, topic_name, [f"old{i}" for i in range(12)])
        c = consumer(broker.bootstrap, group)
        c.assign([TopicPartition(topic_name, 0, 0)])
        c.commit(offsets=[TopicPartition(topic_name, 0, 10)], asynchronous=False)
        c.close()
        assert committed(broker.bootstrap, group, topic_name) == 10

        delete(admin, topic_name)
        # OffsetFetch no longer shows the deleted partition's offset.
        assert committed(broker.bootstrap, group, topic_name) < 0
        create(admin, topic_name)
        produce(broker.bootstrap, topic_name, [f"new{i}" for i in range(15)])

        # A stale offset 10 would be valid in the new log and start the group there.
        c = consumer(broker.bootstrap, group)
        try:
            got = read(c, topic_name, 15)
        finally:
            c.close()
        assert got == [(i, f"new{i}") for i in range(15)]

        # The removal was written to __consumer_offsets: a restart does not bring 10 back.
        assert broker.stop() == 0
        broker.start()
        assert committed(broker.bootstrap, group, topic_name) < 0
    finally:
        if broker.proc is not None:
            stop_and_check(broker)
