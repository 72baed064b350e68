"""Every acknowledged message survives a restart: a graceful one (SIGTERM)
and a crash (SIGKILL while producing). These tests run their own broker."""
import time

import pytest
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition, OFFSET_BEGINNING
from confluent_kafka.admin import AdminClient, NewTopic

from conftest import Broker


def create(broker, topic, partitions):
    a = AdminClient({"bootstrap.servers": broker.bootstrap})
    a.create_topics([NewTopic(topic, partitions, 1)], request_timeout=15)[topic].result(timeout=20)


def producer(broker, **extra):
    conf = {"bootstrap.servers": broker.bootstrap, "acks": "all", "enable.idempotence": True,
            "linger.ms": 2}
    conf.update(extra)
    return Producer(conf)


def read_all(broker, topic, partitions, timeout=60):
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "unused",
                  "enable.auto.commit": False, "enable.partition.eof": True})
    try:
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)])
        got = {p: [] for p in range(partitions)}
        eof = set()
        deadline = time.monotonic() + timeout
        while eof != set(range(partitions)):
            assert time.monotonic() < deadline, f"timed out, eof {eof}"
            for m in c.consume(1000, 0.5):
                if m.error():
                    assert m.error().code() == KafkaError._PARTITION_EOF, m.error()
                    eof.add(m.partition())
                else:
                    eof.discard(m.partition())
                    got[m.partition()].append((m.offset(), m.key(), m.value(), m.headers()))
        return got
    finally:
        c.close()


def on_delivery(acked, errors, m):
    def cb(err, msg):
        if err:
            errors.append(err)
        else:
            acked[(msg.partition(), msg.offset())] = m
    return cb


def produce_acked(p, topic, messages, timeout=60):
    """{(partition, offset): (key, value, headers)} of the acknowledged sends."""
    acked = {}
    errors = []

    for m in messages:
        p.produce(topic, key=m[0], value=m[1], headers=m[2], on_delivery=on_delivery(acked, errors, m))
        p.poll(0)
    assert p.flush(timeout) == 0
    return acked, errors


def message(i, tag):
    return (f"key-{i % 101}".encode(), f"{tag}-{i}".encode() * (1 + i % 5),
            [("i", str(i).encode()), ("tag", tag.encode())])


def assert_log_holds(got, acked):
    for partition, records in got.items():
        # Contiguous offsets from 0 in every partition.
        assert [r[0] for r in records] == list(range(len(records))), f"gap in partition {partition}"
    stored = {(p, r[0]): r[1:] for p, records in got.items() for r in records}
    missing = [k for k in acked if k not in stored]
    assert missing == [], f"{len(missing)} acknowledged messages lost, e.g. {missing[:5]}"
    changed = [k for k, (key, value, headers) in acked.items() if stored[k] != (key, value, headers)]
    assert changed == [], f"acknowledged messages changed at {changed[:5]}"


def test_sigterm_restart_keeps_every_message_at_its_offset(tmp_root):
    broker = Broker(tmp_root / "logs").start()
    try:
        topic = "restart-term"
        create(broker, topic, 3)
        acked, errors = produce_acked(producer(broker), topic, [message(i, "a") for i in range(3000)])
        assert errors == [] and len(acked) == 3000
        before = read_all(broker, topic, 3)
        assert_log_holds(before, acked)

        assert broker.stop() == 0, broker.output()
        broker.start()
        after = read_all(broker, topic, 3)
        assert after == before

        # Offsets continue where they were.
        acked2, errors = produce_acked(producer(broker), topic, [message(i, "b") for i in range(300)])
        assert errors == []
        ends = {p: len(before[p]) for p in range(3)}
        for (partition, offset) in acked2:
            assert offset >= ends[partition]
        final = read_all(broker, topic, 3)
        assert_log_holds(final, {**acked, **acked2})
        assert sum(len(v) for v in final.values()) == 3300

        # A second graceful restart, with nothing written in between.
        assert broker.stop() == 0, broker.output()
        broker.start()
        assert read_all(broker, topic, 3) == final
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def test_sigkill_while_producing_loses_no_acknowledged_message(tmp_root):
    broker = Broker(tmp_root / "logs").start()
    try:
        topic = "restart-kill"
        create(broker, topic, 3)
        acked = {}
        errors = []

        p = producer(broker, **{"message.timeout.ms": 3000, "queue.buffering.max.messages": 20000})
        i = 0
        started = time.monotonic()
        killed = False
        while True:
            try:
                m = message(i, "k")
                p.produce(topic, key=m[0], value=m[1], headers=m[2], on_delivery=on_delivery(acked, errors, m))
                i += 1
            except BufferError:
                pass
            p.poll(0)
            if i % 500 == 0:
                p.poll(0.01)
            # Kill mid-stream, once a good number of sends were acknowledged.
            if not killed and len(acked) >= 5000 and time.monotonic() - started > 1.0:
                broker.kill()
                killed = True
                break
            assert time.monotonic() - started < 60, "producer made no progress"
        p.flush(15)  # whatever was in flight fails now
        assert len(acked) >= 5000

        broker.start()
        got = read_all(broker, topic, 3)
        assert_log_holds(got, acked)

        # Offsets continue after the recovered log end.
        ends = {part: len(got[part]) for part in range(3)}
        acked2, errors2 = produce_acked(producer(broker), topic, [message(j, "after") for j in range(300)])
        assert errors2 == []
        for (partition, offset) in acked2:
            assert offset >= ends[partition]
        final = read_all(broker, topic, 3)
        assert_log_holds(final, {**acked, **acked2})
        assert sum(len(v) for v in final.values()) == sum(ends.values()) + 300
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def test_sigkill_right_after_topic_creation_and_idle(tmp_root):
    """Topics created (empty or not) before a crash are still there after it."""
    broker = Broker(tmp_root / "logs").start()
    try:
        create(broker, "crash-empty", 2)
        create(broker, "crash-some", 1)
        acked, errors = produce_acked(producer(broker), "crash-some",
                                      [message(i, "s") for i in range(10)])
        assert errors == []
        broker.kill()
        broker.start()
        md = AdminClient({"bootstrap.servers": broker.bootstrap}).list_topics(timeout=10)
        assert sorted(md.topics["crash-empty"].partitions) == [0, 1]
        assert sorted(md.topics["crash-some"].partitions) == [0]
        assert read_all(broker, "crash-empty", 2) == {0: [], 1: []}
        assert_log_holds(read_all(broker, "crash-some", 1), acked)
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


@pytest.mark.parametrize("how", ["sigterm", "sigkill"])
def test_idempotent_producer_state_survives_a_restart(tmp_root, how):
    """A producer's retry after the broker restarts is still recognised as a
    duplicate (producer state is rebuilt with the log), and its next sequence
    is accepted."""
    import kafka_wire as kw
    broker = Broker(tmp_root / "logs").start()
    try:
        topic = "restart-pid"
        create(broker, topic, 1)
        with kw.Client(broker.port) as c:
            pid = kw.parse_init_producer_id_v0(c.request(kw.init_producer_id_request))
            ident = dict(producer_id=pid["producer_id"], producer_epoch=pid["producer_epoch"])
            batches = [kw.record_batch([f"m{i}".encode()] * 2, base_sequence=2 * i, **ident) for i in range(4)]
            for i, b in enumerate(batches):
                (_, (part,)), = kw.parse_produce_v3(c.request(kw.produce_request, topic, 0, b, acks=-1))
                assert (part["error"], part["base_offset"]) == (0, 2 * i)
        if how == "sigterm":
            assert broker.stop() == 0, broker.output()
            # Clean shutdown writes a producer snapshot at the log end (Kafka's
            # <offset>.snapshot), so the restart reads no batch.
            assert snapshots(broker, topic) == [8]
        else:
            broker.kill()
        broker.start()
        with kw.Client(broker.port) as c:
            (_, (part,)), = kw.parse_produce_v3(c.request(kw.produce_request, topic, 0, batches[3], acks=-1))
            assert (part["error"], part["base_offset"]) == (0, 6), part  # a duplicate: original offset
            nxt = kw.record_batch([b"next"], base_sequence=8, **ident)
            (_, (part,)), = kw.parse_produce_v3(c.request(kw.produce_request, topic, 0, nxt, acks=-1))
            assert (part["error"], part["base_offset"]) == (0, 8), part
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def snapshots(broker, topic, partition=0):
    d = broker.log_dir / f"{topic}-{partition}"
    return sorted(int(p.name[:20]) for p in d.glob("*.snapshot"))


def segments(broker, topic, partition=0):
    d = broker.log_dir / f"{topic}-{partition}"
    return sorted(int(p.name[:20]) for p in d.glob("*.log"))


@pytest.mark.parametrize("damage", ["none", "corrupt-latest"])
def test_producer_snapshots_at_rolls_survive_a_crash(tmp_root, damage):
    """Small segments roll often; each roll writes <base>.snapshot. After a
    SIGKILL (and with the newest snapshot corrupted: ignored, the state comes
    from an older one plus the batches after it), a retry of the last batch is
    still a duplicate answered with its original offset."""
    import kafka_wire as kw
    broker = Broker(tmp_root / "logs", overrides={"log.segment.bytes": "1024"}).start()
    try:
        topic = "snap-pid"
        create(broker, topic, 1)
        with kw.Client(broker.port) as c:
            pid = kw.parse_init_producer_id_v0(c.request(kw.init_producer_id_request))
            ident = dict(producer_id=pid["producer_id"], producer_epoch=pid["producer_epoch"])
            batches = [kw.record_batch([b"x" * 100] * 2, base_sequence=2 * i, **ident) for i in range(30)]
            for i, b in enumerate(batches):
                (_, (part,)), = kw.parse_produce_v3(c.request(kw.produce_request, topic, 0, b, acks=-1))
                assert (part["error"], part["base_offset"]) == (0, 2 * i), part
        bases = segments(broker, topic)
        assert len(bases) >= 4, bases
        assert snapshots(broker, topic) == bases[1:]  # one per roll, at the new segment's base
        broker.kill()
        if damage == "corrupt-latest":
            latest = broker.log_dir / f"{topic}-0" / f"{bases[-1]:020d}.snapshot"
            data = bytearray(latest.read_bytes())
            data[-1] ^= 0xFF
            latest.write_bytes(bytes(data))
        broker.start()
        with kw.Client(broker.port) as c:
            (_, (part,)), = kw.parse_produce_v3(c.request(kw.produce_request, topic, 0, batches[-1], acks=-1))
            assert (part["error"], part["base_offset"]) == (0, 58), part  # a duplicate: original offset
            nxt = kw.record_batch([b"next"], base_sequence=60, **ident)
            (_, (part,)), = kw.parse_produce_v3(c.request(kw.produce_request, topic, 0, nxt, acks=-1))
            assert (part["error"], part["base_offset"]) == (0, 60), part
        if damage == "corrupt-latest":
            assert bases[-1] not in snapshots(broker, topic)  # deleted as unreadable
            assert "unreadable" in broker.output()
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def test_topic_configs_survive_a_restart(tmp_root):
    broker = Broker(tmp_root / "logs").start()
    try:
        a = AdminClient({"bootstrap.servers": broker.bootstrap})
        a.create_topics([NewTopic("restart-cfg", 2, 1, config={"max.message.bytes": "10000"})],
                        request_timeout=15)["restart-cfg"].result(timeout=20)
        assert broker.stop() == 0, broker.output()
        broker.start()
        p = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all", "retries": 0})
        result = []
        for size in (20_000, 9_000):  # one batch each (a batch is refused whole)
            p.produce("restart-cfg", value=b"x" * size, partition=1, on_delivery=lambda e, m: result.append(e))
            assert p.flush(30) == 0
        assert [e.code() if e else None for e in result] == [KafkaError.MSG_SIZE_TOO_LARGE, None]
        md = AdminClient({"bootstrap.servers": broker.bootstrap}).list_topics(timeout=10)
        assert sorted(md.topics["restart-cfg"].partitions) == [0, 1]
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def test_sigterm_is_prompt_with_a_long_poll_and_idle_connections_open(tmp_root):
    """A graceful stop does not wait for a 30 s long poll or for idle
    clients to leave."""
    import kafka_wire as kw
    broker = Broker(tmp_root / "logs").start()
    idle = []
    try:
        create(broker, "restart-poll", 1)
        poller = kw.connect(broker.port)
        poller.sendall(kw.fetch_request(1, "restart-poll", 0, 0, max_wait_ms=30_000, min_bytes=1))
        idle = [kw.connect(broker.port) for _ in range(50)]
        time.sleep(0.3)
        start = time.monotonic()
        code = broker.stop(timeout=20)
        elapsed = time.monotonic() - start
        assert code == 0, broker.output()
        assert elapsed < 5.0, f"SIGTERM took {elapsed:.1f}s"
        # The long poll was answered or its connection closed; never left hanging.
        poller.settimeout(5)
        try:
            data = poller.recv(65536)
        except ConnectionResetError:
            data = b""
        assert data is not None
        poller.close()
    finally:
        for s in idle:
            s.close()
        if broker.alive():
            assert broker.stop() == 0, broker.output()
