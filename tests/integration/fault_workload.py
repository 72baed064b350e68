"""The fault suites' workload and its verdict, the same against Gannet and Kafka.

While the faults happen:
  - producers: idempotent, acks=all, one record at a time to each partition in
    turn, values NAME-<partition>-<seq>: librdkafka (confluent_kafka) in a
    thread, Kafka's Java client (fault_java/FaultProducer.java) in a JVM;
  - a consumer group of two librdkafka consumers reads throughout;
  - a sampler reads every partition's high watermark (ListOffsets latest) from
    its leader every 100 ms.
Then, the cluster healed: a fresh consumer reads every partition from offset 0 to
the high watermark, and every replica's log is read from disk (fault_log).

verdict() checks, and prints as counts:
  - every acknowledged record is in the log at the offset it was acknowledged
    with (lost: not there), exactly once (duplicated: at two offsets);
  - no offset holds two different records, across what the producers were
    told, what every consumer read and what every replica holds below the HW;
  - offsets are dense from the log start, and each producer's records of a
    partition are in the order it sent them;
  - the consumer group read every acknowledged record;
  - the high watermark never went backwards;
  - no record failed for good at a producer (the faults are all recoverable).
"""

import base64
import collections
import json
import os
import subprocess
import threading
import time
import uuid

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

import fault_log
from cluster_harness import wait_for
from fault_cluster import REPO, ref_libs

# librdkafka logs every refused connection to stderr (level 3): expected here,
# where brokers die on purpose; what matters is counted by the verdict.
QUIET = {"log_level": 2}

JAVA_PRODUCER = REPO / "tests" / "integration" / "fault_java" / "FaultProducer.java"


def create_topic(cluster, topic, partitions=3, replication_factor=3, min_isr=2, timeout=60):
    """Creates the topic and waits for every replica in the ISR. Retried while
    the controller moves (NOT_CONTROLLER, timeouts: a previous fault may still
    settle); TOPIC_ALREADY_EXISTS after a retry means an attempt landed."""
    if os.environ.get("GANNET_FAULTS_CREATE_IN_ZK") == "1":
        return create_topic_in_zookeeper(cluster, topic, partitions, replication_factor, min_isr, timeout)
    deadline = time.monotonic() + 60
    tried = False
    while True:
        admin = AdminClient({"bootstrap.servers": cluster.bootstrap, **QUIET})
        fs = admin.create_topics([NewTopic(topic, partitions, replication_factor,
                                           config={"min.insync.replicas": str(min_isr)})],
                                 request_timeout=20, operation_timeout=20)
        try:
            fs[topic].result(timeout=30)
            break
        except Exception as e:
            code = e.args[0].name() if e.args and hasattr(e.args[0], "name") else str(e)
            if tried and code == "TOPIC_ALREADY_EXISTS":
                break
            if code not in ("NOT_CONTROLLER", "_TIMED_OUT", "REQUEST_TIMED_OUT", "_TRANSPORT") \
                    or time.monotonic() > deadline:
                raise
            tried = True
            time.sleep(0.5)
    cluster.wait_full_isr(topic, list(range(partitions)), timeout=timeout)


def create_topic_in_zookeeper(cluster, topic, partitions, replication_factor, min_isr, timeout):
    """GANNET_FAULTS_CREATE_IN_ZK=1 (for trying a broker whose CreateTopics does
    not reach ZooKeeper yet): the topic's znodes written directly, as Kafka's
    old `kafka-topics --zookeeper` did; the controller's topic watch does the
    rest. Replicas round-robin from broker (p % n) + 1, as Kafka's assignment
    without racks starts."""
    ids = sorted(cluster.brokers)
    assignment = {str(p): [ids[(p + i) % len(ids)] for i in range(replication_factor)] for p in range(partitions)}
    topic_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
    zk = cluster.zk.client()
    zk.create(f"/config/topics/{topic}", json.dumps(
        {"version": 1, "config": {"min.insync.replicas": str(min_isr)}}).encode(), makepath=True)
    zk.create(f"/brokers/topics/{topic}", json.dumps(
        {"partitions": assignment, "topic_id": topic_id, "adding_replicas": {}, "removing_replicas": {},
         "version": 3}).encode(), makepath=True)
    cluster.wait_full_isr(topic, list(range(partitions)), timeout=timeout)


class Ack:
    __slots__ = ("source", "partition", "offset", "value", "sent", "acked")

    def __init__(self, source, partition, offset, value, sent, acked):
        self.source, self.partition, self.offset, self.value = source, partition, offset, value
        self.sent, self.acked = sent, acked


class RdkafkaProducer:
    def __init__(self, workload, name, rate):
        self.w, self.name, self.rate = workload, name, rate
        self.failed = []
        self._stop = threading.Event()
        self._flush_s = 130
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.producer = Producer({
            "bootstrap.servers": workload.cluster.bootstrap, **QUIET, "enable.idempotence": True, "acks": "all",
            "linger.ms": 5, "message.timeout.ms": 120000, "request.timeout.ms": 10000,
            "topic.metadata.refresh.interval.ms": 5000, "compression.type": "none"})

    def start(self):
        self._thread.start()
        return self

    def _run(self):
        seq = collections.Counter()
        period = 1.0 / self.rate
        nxt = time.monotonic()
        p = 0
        while not self._stop.is_set():
            value = f"{self.name}-{p}-{seq[p]}"
            seq[p] += 1
            sent = time.monotonic()

            def done(err, msg, value=value, sent=sent, partition=p):
                if err is not None:
                    self.failed.append((partition, value, err.name()))
                else:
                    self.w.record_ack(Ack(self.name, msg.partition(), msg.offset(), value, sent, time.monotonic()))

            while True:
                try:
                    self.producer.produce(self.w.topic, value=value.encode(), partition=p, on_delivery=done)
                    break
                except BufferError:
                    self.producer.poll(0.05)
            self.producer.poll(0)
            p = (p + 1) % self.w.partitions
            nxt += period
            time.sleep(max(0.0, nxt - time.monotonic()))
        self.producer.flush(self._flush_s)

    def stop(self):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(150)

    def abort(self):
        self._flush_s = 1
        self.stop()


class JavaProducer:
    def __init__(self, workload, name, rate):
        self.w, self.name, self.rate = workload, name, rate
        self.failed = []
        self.done = threading.Event()
        self.lines = collections.deque(maxlen=50)
        self.proc = None

    def start(self):
        self.proc = subprocess.Popen(
            ["java", "-Xmx256M", "-cp", f"{ref_libs()}/*", str(JAVA_PRODUCER), self.w.cluster.bootstrap,
             self.w.topic, str(self.w.partitions), self.name, str(self.rate)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        return self

    def _read(self):
        for line in self.proc.stdout:
            parts = line.split()
            if parts[:1] == ["A"] and len(parts) == 4:
                now = time.monotonic()
                self.w.record_ack(Ack(self.name, int(parts[1]), int(parts[2]), parts[3], None, now))
            elif parts[:1] == ["F"]:
                self.failed.append((int(parts[1]), parts[2], parts[3]))
            elif parts[:1] == ["DONE"]:
                self.done.set()
            else:
                self.lines.append(line.rstrip())

    def started(self):
        return any(a.source == self.name for a in self.w.acks_snapshot())

    def stop(self):
        self.proc.stdin.close()
        try:
            self.proc.wait(150)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        if not self.done.is_set():
            self.failed.append((-1, "", "java producer did not finish: " + " | ".join(self.lines)))

    def abort(self):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


class GroupConsumer:
    def __init__(self, workload, group):
        self.w = workload
        self.seen = []  # (partition, offset, value)
        self.errors = collections.Counter()
        self._stop = threading.Event()
        self.consumer = Consumer({
            "bootstrap.servers": workload.cluster.bootstrap, **QUIET, "group.id": group, "auto.offset.reset": "earliest",
            "enable.auto.commit": True, "auto.commit.interval.ms": 500, "session.timeout.ms": 10000,
            "heartbeat.interval.ms": 1000, "topic.metadata.refresh.interval.ms": 5000})
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self.consumer.subscribe([self.w.topic])
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            msg = self.consumer.poll(0.2)
            if msg is None:
                continue
            if msg.error():
                self.errors[msg.error().name()] += 1
                continue
            self.seen.append((msg.partition(), msg.offset(), msg.value().decode()))
        self.consumer.close()

    def stop(self):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(30)


class HighWatermarkSampler:
    def __init__(self, workload):
        self.w = workload
        self.max = {}
        self.regressions = []
        self.samples = 0
        self._stop = threading.Event()
        self.consumer = Consumer({"bootstrap.servers": workload.cluster.bootstrap, **QUIET, "group.id": "hw-sampler",
                                  "topic.metadata.refresh.interval.ms": 2000})
        self._thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def _run(self):
        while not self._stop.is_set():
            for p in range(self.w.partitions):
                try:
                    _, hw = self.consumer.get_watermark_offsets(TopicPartition(self.w.topic, p), timeout=1.0,
                                                                cached=False)
                except Exception:
                    continue
                if hw < 0:
                    continue
                self.samples += 1
                if hw < self.max.get(p, -1):
                    self.regressions.append((p, self.max[p], hw, time.monotonic()))
                else:
                    self.max[p] = hw
            self._stop.wait(0.1)
        self.consumer.close()

    def stop(self):
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(30)


_running = []


def abort_all():
    """Stops what a failed test left running (threads, the Java producer), at once."""
    while _running:
        w = _running.pop()
        for p in w.producers:
            p.abort()
        for c in w.consumers:
            c.stop()
        w.sampler.stop()


class Workload:
    """Producers (`rdkafka` librdkafka ones, `java` Java ones), a consumer group
    and the HW sampler on `topic`; start(), the faults, stop(), verdict()."""

    def __init__(self, cluster, topic, partitions=3, rdkafka=1, java=1, rate=150):
        self.cluster, self.topic, self.partitions = cluster, topic, partitions
        self._lock = threading.Lock()
        self.acks = []
        self.producers = [RdkafkaProducer(self, f"rd{i}", rate) for i in range(rdkafka)]
        self.producers += [JavaProducer(self, f"java{i}", rate) for i in range(java)]
        group = f"faults-{uuid.uuid4().hex[:8]}"
        self.consumers = [GroupConsumer(self, group) for _ in range(2)]
        self.sampler = HighWatermarkSampler(self)
        self.events = []  # (monotonic time, what), for the report
        _running.append(self)

    def record_ack(self, ack):
        with self._lock:
            self.acks.append(ack)

    def acks_snapshot(self):
        with self._lock:
            return list(self.acks)

    def event(self, what):
        self.events.append((time.monotonic(), what))
        print(f"[{time.strftime('%H:%M:%S')}] {what}", flush=True)

    def start(self):
        for c in self.consumers:
            c.start()
        for p in self.producers:
            p.start()
        self.sampler.start()
        # Every producer acknowledged on every partition before any fault.
        for prod in self.producers:
            try:
                wait_for(f"{prod.name} acknowledged on every partition",
                         lambda: {a.partition for a in self.acks_snapshot() if a.source == prod.name}
                         == set(range(self.partitions)), timeout=60, interval=0.1)
            except AssertionError as e:
                said = " | ".join(getattr(prod, "lines", [])) or "(nothing)"
                raise AssertionError(f"{e}; it said: {said}; failed: {prod.failed[:5]}\n{self.cluster.logs(20)}")
        self.event("workload running")
        return self

    def wait_acked_after(self, partition, since, timeout=60, source=None, elected=None):
        """The first acknowledgement on `partition` of a record sent after `since`
        (librdkafka's records carry their send time; the Java ones are taken
        from when their ack arrives), and, given `elected` (when ZooKeeper
        showed the new leader), acknowledged after it: a leader cut from
        ZooKeeper only still acknowledges until it is replaced."""
        after = max(since + 0.5, elected or 0)

        def first():
            xs = [a for a in self.acks_snapshot() if a.partition == partition
                  and (source is None or a.source == source) and (elected is None or a.acked > elected)
                  and ((a.sent is not None and a.sent > since) or (a.sent is None and a.acked > after))]
            return min(xs, key=lambda a: a.acked) if xs else None

        return wait_for(f"an acknowledged produce to partition {partition}", first, timeout=timeout, interval=0.05)

    def stop(self):
        for p in self.producers:
            p.stop()
        self.event(f"producers stopped: {len(self.acks)} acknowledged")

    def drain_consumers(self, final, timeout=60):
        """Lets the group read up to the end of the log, then stops it."""
        want = {(p, o) for p, recs in final.items() for o in recs}

        def caught_up():
            seen = {(p, o) for c in self.consumers for p, o, _ in list(c.seen)}
            return want <= seen

        try:
            wait_for("the consumer group to read to the end", caught_up, timeout=timeout, interval=0.2)
        except AssertionError:
            pass  # counted as unread by verdict()
        for c in self.consumers:
            c.stop()
        self.sampler.stop()


def final_read(cluster, topic, partitions, timeout=60):
    """{partition: {offset: value}} of every record below the high watermark,
    read from offset 0 by a consumer outside any group."""
    c = Consumer({"bootstrap.servers": cluster.bootstrap, "group.id": f"verify-{uuid.uuid4().hex[:8]}",
                  "enable.auto.commit": False, "enable.partition.eof": False})
    try:
        hws = {}
        for p in range(partitions):
            _, hws[p] = c.get_watermark_offsets(TopicPartition(topic, p), timeout=10, cached=False)
        c.assign([TopicPartition(topic, p, 0) for p in range(partitions)])
        out = {p: {} for p in range(partitions)}
        deadline = time.monotonic() + timeout
        while any(len(out[p]) < hws[p] and (max(out[p], default=-1) + 1) < hws[p] for p in range(partitions)):
            if time.monotonic() > deadline:
                raise AssertionError(f"final read incomplete after {timeout}s: "
                                     f"{ {p: (len(out[p]), hws[p]) for p in out} }")
            msg = c.poll(0.5)
            if msg is None or msg.error():
                continue
            if msg.offset() < hws[msg.partition()]:
                out[msg.partition()][msg.offset()] = msg.value().decode()
        return out, hws
    finally:
        c.close()


def replica_logs(cluster, topic, partitions):
    """{broker id: {partition: {offset: value}}} from every replica's directory."""
    out = {}
    for i, b in cluster.brokers.items():
        out[i] = {}
        for p in range(partitions):
            d = b.log_dir / f"{topic}-{p}"
            if d.is_dir():
                out[i][p] = {o: (v.decode() if v is not None else None)
                             for o, v in fault_log.read_partition_dir(d).items()}
    return out


def verdict(workload, label, failover_s=None, extra=None, forbidden_values=()):
    """Stops nothing: call after workload.stop() and with the cluster healed
    (every replica back in the ISR). Prints the figures and asserts."""
    cluster, topic, n = workload.cluster, workload.topic, workload.partitions
    cluster.wait_full_isr(topic, list(range(n)), timeout=60)
    final, hws = final_read(cluster, topic, n)
    workload.drain_consumers(final)
    # Followers may still be fetching the last records; the ISR is full, so
    # they have everything below the HW the final read saw.
    time.sleep(1.0)
    replicas = replica_logs(cluster, topic, n)

    acks = workload.acks_snapshot()
    problems = []
    lost, moved = [], []
    for a in acks:
        got = final[a.partition].get(a.offset)
        if got != a.value:
            lost.append(a)
    where = collections.defaultdict(list)
    for p, recs in final.items():
        for o, v in recs.items():
            where[v].append((p, o))
    duplicated = {v: locs for v, locs in where.items() if len(locs) > 1}
    for a in lost:
        if a.value in where:
            moved.append((a.value, a.partition, a.offset, where[a.value]))

    conflicts = []
    for a in acks:
        got = final[a.partition].get(a.offset)
        if got is not None and got != a.value:
            conflicts.append(("ack", a.partition, a.offset, a.value, got))
    seen = set()
    redelivered = 0
    for c in workload.consumers:
        for p, o, v in c.seen:
            if (p, o) in seen:
                redelivered += 1
            seen.add((p, o))
            if o in final[p] and final[p][o] != v:
                conflicts.append(("group consumer", p, o, v, final[p][o]))
            elif o >= hws[p]:
                conflicts.append(("group consumer above the final HW", p, o, v, None))
    divergent_replicas = []
    for b, parts in replicas.items():
        for p, recs in parts.items():
            for o, v in recs.items():
                if o < hws[p] and o in final[p] and v != final[p][o]:
                    divergent_replicas.append((b, p, o, v, final[p][o]))
            missing = [o for o in final[p] if o not in recs and o >= min(recs, default=0)]
            if missing:
                problems.append(f"broker {b} partition {p}: {len(missing)} offsets below the HW missing on disk, "
                                f"first {missing[:5]}")
    for p, recs in final.items():
        if recs:
            start = min(recs)
            if sorted(recs) != list(range(start, hws[p])):
                gaps = sorted(set(range(start, hws[p])) - set(recs))
                problems.append(f"partition {p}: offsets not dense below HW {hws[p]}: missing {gaps[:10]}")
        # each producer's records of the partition in the order sent
        last = {}
        for o in sorted(recs):
            name, part, s = recs[o].rsplit("-", 2)
            key = name
            if int(part) != p:
                problems.append(f"partition {p} offset {o} holds {recs[o]}, sent to partition {part}")
            if key in last and int(s) <= last[key]:
                problems.append(f"partition {p} offset {o}: {recs[o]} after seq {last[key]} of {name}")
            last[key] = int(s)
    unread = [a for a in acks if (a.partition, a.offset) not in seen]
    failed = [(prod.name,) + f for prod in workload.producers for f in prod.failed]
    leaked = [("log", p, o, v) for p, recs in final.items() for o, v in recs.items()
              if any(v.startswith(f) for f in forbidden_values)]
    leaked += [(f"broker {b} on disk", p, o, v) for b, parts in replicas.items() for p, recs in parts.items()
               for o, v in recs.items() if v is not None and any(v.startswith(f) for f in forbidden_values)]

    print(f"\n== {label} [{cluster.brokers[1].impl}]")
    print(f"acknowledged {len(acks)}, read {len({(a.partition, a.offset) for a in acks} & seen)} "
          f"(by the group; {redelivered} redelivered after rebalances), in the log {sum(len(r) for r in final.values())}, "
          f"lost {len(lost)}, duplicated {len(duplicated)}, offsets with two records {len(conflicts)}, "
          f"replica offsets differing {len(divergent_replicas)}, failed sends {len(failed)}, "
          f"HW regressions {len(workload.sampler.regressions)} in {workload.sampler.samples} samples")
    if failover_s:
        print("failover (kill -> first acknowledged produce to the new leader): "
              + ", ".join(f"{f:.2f}s" for f in failover_s))
    for line in extra or []:
        print(line)
    print(f"high watermarks {hws}; group consumer errors "
          f"{dict(sum((c.errors for c in workload.consumers), collections.Counter()))}")

    if lost:
        problems.append(f"lost {len(lost)} acknowledged records, first {[(a.source, a.partition, a.offset, a.value) for a in lost[:5]]}"
                        f"; found elsewhere: {moved[:5]}")
    if duplicated:
        problems.append(f"duplicated {len(duplicated)}: {list(duplicated.items())[:5]}")
    if conflicts:
        problems.append(f"offsets with two records: {conflicts[:5]}")
    if divergent_replicas:
        problems.append(f"replicas differing from the log below the HW: {divergent_replicas[:5]}")
    if unread:
        problems.append(f"the group never read {len(unread)} acknowledged records, first "
                        f"{[(a.partition, a.offset) for a in unread[:5]]}")
    if workload.sampler.regressions:
        problems.append(f"high watermark went backwards: {workload.sampler.regressions[:5]}")
    if failed:
        problems.append(f"records failed at the producers: {failed[:5]}")
    if leaked:
        problems.append(f"records that must have been truncated are in the log: {leaked[:5]}")
    assert acks, "nothing acknowledged"
    assert not problems, "\n".join(problems) + "\n" + cluster.logs(20)
    return final, hws, replicas
