#!/usr/bin/python3
"""`make soak`: a long run of mixed traffic against one standalone broker, with
crashes. Idempotent acks=all producers (librdkafka, through confluent-kafka),
a consumer group, admin calls (topics created and deleted, groups described,
offsets listed), malformed clients (garbage frames, bad sizes, half-sent
requests) and a SIGKILL + restart of the broker every SOAK_KILL_EVERY seconds.

Every SOAK_SAMPLE seconds it prints the broker's resident set (VmRSS), the
records acknowledged in the interval and the produce p99 latency. At the end it
reads every partition from the start and counts, against what was acknowledged:
lost (acknowledged, not in the log), duplicated (one producer record at two
offsets), and the consumer group's re-deliveries (read again after a restart:
at-least-once, not an error). Exit code 1 when anything was lost or
duplicated, or when the broker died on its own.

Environment: SOAK_SECONDS (3600), SOAK_KILL_EVERY (300), SOAK_SAMPLE (30),
GANNET_BIN (build/src/server/gannet)."""
import os
import pathlib
import random
import signal
import socket
import struct
import sys
import tempfile
import threading
import time

HERE = pathlib.Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[0] / "integration"))
from confluent_kafka import Consumer, Producer, TopicPartition  # noqa: E402
from confluent_kafka.admin import AdminClient, NewTopic  # noqa: E402

import kafka_wire as kw  # noqa: E402
from conftest import Broker  # noqa: E402

SECONDS = int(os.environ.get("SOAK_SECONDS", "3600"))
KILL_EVERY = int(os.environ.get("SOAK_KILL_EVERY", "300"))
SAMPLE = int(os.environ.get("SOAK_SAMPLE", "30"))
TOPIC = "soak"
PARTITIONS = 6
PRODUCERS = 2


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.acked = {}  # value -> (partition, offset)
        self.failed = 0
        self.latencies = []
        self.consumed = 0
        self.redelivered = 0
        self.seen = set()  # (partition, offset) the group consumed
        self.admin_ops = 0
        self.admin_errors = 0
        self.malformed = 0


def rss_mb(pid):
    try:
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def producer_loop(n, bootstrap, stats, stop):
    p = Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all",
                  "linger.ms": 5, "message.timeout.ms": 600000, "retry.backoff.ms": 200,
                  "reconnect.backoff.max.ms": 1000})
    seq = 0

    def done(err, msg, sent=None):
        with stats.lock:
            if err is not None:
                stats.failed += 1
            else:
                stats.acked[msg.value().decode()] = (msg.partition(), msg.offset())
                stats.latencies.append(time.monotonic() - sent)

    while not stop.is_set():
        value = f"p{n}-{seq}"
        sent = time.monotonic()
        try:
            p.produce(TOPIC, key=str(seq % 97).encode(), value=value.encode(),
                      on_delivery=lambda err, msg, sent=sent: done(err, msg, sent))
            seq += 1
        except BufferError:
            p.poll(0.05)
            continue
        p.poll(0)
        if seq % 200 == 0:
            time.sleep(0.05)  # ~4,000 records/s per producer: a steady load, not a benchmark
    p.flush(120)


def consumer_loop(n, bootstrap, stats, stop):
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": "soak-group", "auto.offset.reset": "earliest",
                  "enable.auto.commit": True, "auto.commit.interval.ms": 1000, "session.timeout.ms": 10000})
    c.subscribe([TOPIC])
    while not stop.is_set():
        msg = c.poll(0.5)
        if msg is None or msg.error():
            continue
        key = (msg.partition(), msg.offset())
        with stats.lock:
            stats.consumed += 1
            if key in stats.seen:
                stats.redelivered += 1
            stats.seen.add(key)
    c.close()


def admin_loop(bootstrap, stats, stop):
    a = AdminClient({"bootstrap.servers": bootstrap})
    i = 0
    while not stop.wait(3):
        name = f"soak-tmp-{(i // 2) % 4}"  # created, then deleted at the next turn
        create = i % 2 == 0
        i += 1
        try:
            if create:
                a.create_topics([NewTopic(name, 3, 1)])[name].result(30)
            else:
                a.delete_topics([name])[name].result(30)
            a.list_topics(timeout=10)
            a.list_groups(timeout=10)  # Debian's confluent-kafka has no describe_consumer_groups
            with stats.lock:
                stats.admin_ops += 1
        except Exception as e:  # the broker may be down (restart) or the topic not there yet
            with stats.lock:
                stats.admin_errors += 1
                if stats.admin_errors <= 3:
                    print(f"admin call failed: {e!r}", flush=True)


def malformed_loop(port, stats, stop):
    rng = random.Random(7)
    while not stop.wait(1):
        kind = rng.randrange(4)
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                if kind == 0:
                    s.sendall(os.urandom(rng.randrange(1, 300)))
                elif kind == 1:
                    s.sendall(struct.pack(">i", -7))
                elif kind == 2:
                    s.sendall(struct.pack(">i", 1 << 30) + b"x" * 100)
                else:
                    frame = kw.api_versions_request(1, version=3)
                    s.sendall(frame[: len(frame) // 2])
                s.settimeout(0.5)
                try:
                    s.recv(1024)
                except OSError:
                    pass
            with stats.lock:
                stats.malformed += 1
        except OSError:
            pass


def read_all(bootstrap):
    """Every record of the topic, (partition, offset) -> value, read from the start."""
    c = Consumer({"bootstrap.servers": bootstrap, "group.id": f"soak-verify-{time.time()}",
                  "enable.auto.commit": False})
    out = {}
    tps = [TopicPartition(TOPIC, p, 0) for p in range(PARTITIONS)]
    ends = {}
    for tp in tps:
        lo, hi = c.get_watermark_offsets(tp, timeout=30)
        ends[tp.partition] = hi
    c.assign(tps)
    remaining = {p for p, hi in ends.items() if hi > 0}
    deadline = time.monotonic() + 600
    while remaining and time.monotonic() < deadline:
        for msg in c.consume(1000, 1.0):
            if msg.error():
                continue
            out[(msg.partition(), msg.offset())] = msg.value().decode()
            if msg.offset() + 1 >= ends[msg.partition()]:
                remaining.discard(msg.partition())
    c.close()
    return out


def main():
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="gannet-soak-"))
    broker = Broker(tmp / "broker", overrides={"num.partitions": str(PARTITIONS)})
    broker.start()
    bootstrap = broker.bootstrap
    admin = AdminClient({"bootstrap.servers": bootstrap})  # kept alive until its future completes
    admin.create_topics([NewTopic(TOPIC, PARTITIONS, 1)])[TOPIC].result(30)
    stats = Stats()
    stop = threading.Event()
    threads = [threading.Thread(target=producer_loop, args=(n, bootstrap, stats, stop)) for n in range(PRODUCERS)]
    threads += [threading.Thread(target=consumer_loop, args=(n, bootstrap, stats, stop)) for n in range(2)]
    threads += [threading.Thread(target=admin_loop, args=(bootstrap, stats, stop)),
                threading.Thread(target=malformed_loop, args=(broker.port, stats, stop))]
    for t in threads:
        t.start()

    print(f"soak: {SECONDS} s, SIGKILL every {KILL_EVERY} s, broker log {broker.output_path}", flush=True)
    print(f"{'t(s)':>6} {'rss(MB)':>8} {'acked/s':>8} {'p99(ms)':>8} {'consumed':>9} {'kills':>5}", flush=True)
    start = time.monotonic()
    next_kill = start + KILL_EVERY
    kills = 0
    died = False
    last_acked = 0
    rss_samples = []
    while time.monotonic() - start < SECONDS:
        time.sleep(min(SAMPLE, max(0.1, SECONDS - (time.monotonic() - start))))
        if not broker.alive():
            died = True
            print("the broker died on its own:\n" + broker.output(40), flush=True)
            break
        now = time.monotonic()
        with stats.lock:
            lat = sorted(stats.latencies)
            stats.latencies = []
            acked = len(stats.acked)
            consumed = stats.consumed
        p99 = lat[int(len(lat) * 0.99)] * 1000 if lat else float("nan")
        rss = rss_mb(broker.proc.pid)
        rss_samples.append(rss)
        print(f"{now - start:6.0f} {rss:8.1f} {(acked - last_acked) / SAMPLE:8.0f} {p99:8.1f} {consumed:9d} {kills:5d}",
              flush=True)
        last_acked = acked
        if now >= next_kill and now - start < SECONDS - 30:
            broker.kill()
            kills += 1
            broker.start(timeout=120)
            next_kill = now + KILL_EVERY

    stop.set()
    for t in threads:
        t.join(300)
    log = read_all(bootstrap) if broker.alive() else {}
    by_value = {}
    for key, value in log.items():
        by_value.setdefault(value, []).append(key)
    with stats.lock:
        acked = dict(stats.acked)
    lost = [v for v in acked if v not in by_value]
    duplicated = [v for v, keys in by_value.items() if len(keys) > 1]
    moved = [v for v, at in acked.items() if v in by_value and at not in by_value[v]]
    print(f"acknowledged {len(acked)}, in the log {len(log)}, lost {len(lost)}, duplicated {len(duplicated)}, "
          f"acknowledged at another offset {len(moved)}, send failures {stats.failed}")
    print(f"group consumed {stats.consumed} (re-delivered after restarts {stats.redelivered}), "
          f"admin ops {stats.admin_ops} (failed while restarting {stats.admin_errors}), "
          f"malformed connections {stats.malformed}, SIGKILLs {kills}")
    if rss_samples:
        print(f"rss MB: first {rss_samples[0]:.1f}, max {max(rss_samples):.1f}, last {rss_samples[-1]:.1f}")
    if broker.alive():
        broker.stop()
    ok = not died and not lost and not duplicated and not moved and len(acked) > 0
    print("soak: " + ("passed" if ok else "FAILED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
