"""What the test_groups_*.py suites share: group consumers in their own
processes (group_worker.py for confluent_kafka and kafka-python,
js/group_worker.js for kafkajs), the broker's view of a group by raw
DescribeGroups, and waiting until a group has converged."""
import json
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

from confluent_kafka import Producer
from confluent_kafka.admin import AdminClient, NewTopic

import kafka_wire
from kafka_wire import Reader, array, i32, string

HERE = pathlib.Path(__file__).resolve().parent
JS = HERE / "js"

# Client settings that keep rebalances quick; the test broker allows session
# timeouts down to group.min.session.timeout.ms (BROKER_OVERRIDES below).
SESSION_TIMEOUT_MS = 6000
FAST = {
    "confluent": {"session.timeout.ms": SESSION_TIMEOUT_MS, "heartbeat.interval.ms": 500,
                  "max.poll.interval.ms": 15000, "topic.metadata.refresh.interval.ms": 2000},
    "kafka-python": {"session_timeout_ms": SESSION_TIMEOUT_MS, "heartbeat_interval_ms": 500,
                     "max_poll_interval_ms": 15000},
    "kafkajs": {"sessionTimeout": SESSION_TIMEOUT_MS, "heartbeatInterval": 500,
                "rebalanceTimeout": 15000, "maxWaitTimeInMs": 500},
}

# The group settings of every group suite's broker (a small initial rebalance
# delay keeps the first join fast; Kafka's defaults are 3 s and 6 s).
BROKER_OVERRIDES = {"group.initial.rebalance.delay.ms": "100",
                    "group.min.session.timeout.ms": "500"}


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for "
                                 f"{what() if callable(what) else what}")
        time.sleep(0.1)


class Worker:
    """One consumer process; its JSON events are collected by a thread."""

    def __init__(self, client, bootstrap, group, topics, name, config=None, fast=True):
        self.client = client
        self.name = name
        conf = dict(FAST[client]) if fast else {}
        conf.update(config or {})
        spec = {"client": client, "bootstrap": bootstrap, "group": group, "topics": topics,
                "name": name, "config": conf}
        if client == "kafkajs":
            args = ["node", str(JS / "group_worker.js"), json.dumps(spec)]
        else:
            args = [sys.executable, str(HERE / "group_worker.py"), json.dumps(spec)]
        self.stderr_path = pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / f"gannet-it-{name}-{os.getpid()}.err"
        self.stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=self.stderr, cwd=JS if client == "kafkajs" else HERE)
        self.events = []
        self.cond = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.proc.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                event = {"event": "garbage", "line": line.decode(errors="replace")}
            event["at"] = time.monotonic()
            with self.cond:
                self.events.append(event)
                self.cond.notify_all()

    def _of(self, kind):
        with self.cond:
            return [e for e in self.events if e["event"] == kind]

    @property
    def assignment(self):
        """The partitions the client last reported as assigned, a set of (topic, p)."""
        a = self._of("assignment")
        return {tuple(p) for p in a[-1]["partitions"]} if a else None

    @property
    def generation(self):
        a = self._of("assignment")
        return a[-1]["generation"] if a else None

    def rebalances(self):
        return self._of("rebalance")

    def assignments(self):
        return self._of("assignment")

    def messages(self):
        return [(e["topic"], e["partition"], e["offset"], e["key"], e["value"])
                for e in self._of("message")]

    def errors(self):
        return self._of("error")

    def send(self, cmd):
        self.proc.stdin.write((json.dumps({"cmd": cmd}) + "\n").encode())
        self.proc.stdin.flush()

    def wait_event(self, kind, after=0, timeout=30):
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                found = [e for e in self.events[after:] if e["event"] == kind]
                if found:
                    return found[0]
                left = deadline - time.monotonic()
                assert left > 0, f"{self.name}: no {kind} event within {timeout}s; {self.diagnostics()}"
                self.cond.wait(left)

    def commit(self, timeout=30):
        """Commits the positions after every consumed message; returns them."""
        n = len(self.events)
        self.send("commit")
        return self.wait_event("committed", after=n, timeout=timeout)["offsets"]

    def close(self, timeout=30):
        """A clean close (LeaveGroup for a dynamic member)."""
        if self.proc.poll() is None:
            try:
                self.send("close")
            except BrokenPipeError:
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.kill()
                raise AssertionError(f"{self.name} did not close within {timeout}s")
        self.stderr.close()

    def kill(self):
        """kill -9: no LeaveGroup, no commit."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGCONT)
            self.proc.kill()
        self.proc.wait()
        self.stderr.close()

    def stop(self):
        self.proc.send_signal(signal.SIGSTOP)

    def diagnostics(self):
        try:
            err = self.stderr_path.read_text(errors="replace")[-2000:]
        except OSError:
            err = ""
        with self.cond:
            tail = [{k: v for k, v in e.items() if k != "at"} for e in self.events
                    if e["event"] != "message"][-8:]
        n = sum(1 for e in self.events if e["event"] == "message")
        return f"{self.name} rc={self.proc.poll()} messages={n} events={tail} stderr={err!r}"


class Workers:
    """Every worker a test starts; all are killed at the end."""

    def __init__(self):
        self.all = []

    def start(self, *args, **kwargs):
        w = Worker(*args, **kwargs)
        self.all.append(w)
        return w

    def cleanup(self):
        for w in self.all:
            try:
                w.kill()
            except Exception:
                pass
            try:
                w.stderr_path.unlink()
            except OSError:
                pass


# ---- the broker's view, by raw requests ----------------------------------------------

API_DESCRIBE_GROUPS = 15
API_OFFSET_DELETE = 47


def port_of(bootstrap):
    return int(bootstrap.rsplit(":", 1)[1])


def decode_assignment(data):
    """ConsumerProtocolAssignment: version, [topic, [partition]], user data."""
    if not data:
        return set()
    r = Reader(data)
    r.i16()
    out = set()
    for topic, parts in r.array(lambda r: (r.string(), r.array(lambda r: r.i32()))):
        out |= {(topic, p) for p in parts}
    return out


def describe_group(bootstrap, group):
    """DescribeGroups v0: {error, state, protocol_type, protocol, members:
    [{member_id, client_id, host, assignment}]}."""
    with kafka_wire.Client(port_of(bootstrap)) as c:
        payload = c.request(lambda corr: kafka_wire.request(
            API_DESCRIBE_GROUPS, 0, corr, array([string(group)])))
    r = Reader(payload)

    def member(r):
        return {"member_id": r.string(), "client_id": r.string(), "host": r.string(),
                "metadata": r.bytes_(), "assignment": decode_assignment(r.bytes_())}

    def grp(r):
        return {"error": r.i16(), "group_id": r.string(), "state": r.string(),
                "protocol_type": r.string(), "protocol": r.string(), "members": r.array(member)}

    (g,) = r.array(grp)
    assert g["group_id"] == group
    return g


def offset_delete(bootstrap, group, topic, partitions):
    """OffsetDelete v0: (top-level error, {partition: error})."""
    body = string(group) + array([string(topic) + array([i32(p) for p in partitions])])
    with kafka_wire.Client(port_of(bootstrap)) as c:
        payload = c.request(lambda corr: kafka_wire.request(API_OFFSET_DELETE, 0, corr, body))
    r = Reader(payload)
    error = r.i16()
    r.i32()  # throttle
    out = {}
    for name, parts in r.array(lambda r: (r.string(), r.array(lambda r: (r.i32(), r.i16())))):
        assert name == topic
        out.update(dict(parts))
    return error, out


# ---- setup and convergence -----------------------------------------------------------

def create_topic(bootstrap, topic, partitions):
    a = AdminClient({"bootstrap.servers": bootstrap})
    fs = a.create_topics([NewTopic(topic, num_partitions=partitions, replication_factor=1)],
                         request_timeout=15)
    fs[topic].result(timeout=20)


def produce(bootstrap, topic, partitions, per_partition, tag="m"):
    """per_partition messages to each partition, key k<p>-<i>, value <tag>-<p>-<i>;
    returns {(topic, p): [(offset, key, value), ...]}."""
    p = Producer({"bootstrap.servers": bootstrap, "acks": "all", "linger.ms": 5})
    out = {(topic, part): [] for part in range(partitions)}
    errors = []

    def report(err, msg):
        if err is not None:
            errors.append(err)
        else:
            out[(msg.topic(), msg.partition())].append(
                (msg.offset(), msg.key().decode(), msg.value().decode()))

    for part in range(partitions):
        for i in range(per_partition):
            p.produce(topic, key=f"k{part}-{i}", value=f"{tag}-{part}-{i}", partition=part,
                      on_delivery=report)
        p.poll(0)
    assert p.flush(30) == 0
    assert errors == []
    for v in out.values():
        v.sort()
    return out


def check_assignment(workers, all_partitions, bootstrap, group, idle=None):
    """None if the group has converged: the broker says Stable with exactly
    these workers as members, each member's assignment on the broker equals what
    its client reports, the assignments are disjoint and cover all_partitions,
    and (when idle is given) exactly that many members have none. Otherwise a
    string saying what differs."""
    g = describe_group(bootstrap, group)
    if g["error"] != 0 or g["state"] != "Stable":
        return f"group {g['error']} {g['state']}"
    by_client = {m["client_id"]: m for m in g["members"]}
    names = sorted(w.name for w in workers)
    if sorted(by_client) != names or len(g["members"]) != len(workers):
        return f"members {sorted(m['client_id'] for m in g['members'])} != {names}"
    union = set()
    for w in workers:
        reported = w.assignment
        if reported is None or reported != by_client[w.name]["assignment"]:
            return f"{w.name} reports {reported}, broker {by_client[w.name]['assignment']}"
        if union & reported:
            return f"overlap {union & reported}"
        union |= reported
    if union != set(all_partitions):
        return f"assigned {sorted(union)} != {sorted(all_partitions)}"
    empty = sum(1 for w in workers if not w.assignment)
    if idle is not None and empty != idle:
        return f"{empty} idle members, expected {idle}"
    return None


def wait_converged(workers, all_partitions, bootstrap, group, idle=None, timeout=60):
    """Waits until check_assignment holds, twice 0.5 s apart with no assignment
    change in between; returns {name: assignment}."""
    deadline = time.monotonic() + timeout
    last = "never checked"
    while time.monotonic() < deadline:
        counts = [len(w.assignments()) for w in workers]
        last = check_assignment(workers, all_partitions, bootstrap, group, idle)
        if last is None:
            time.sleep(0.5)
            again = check_assignment(workers, all_partitions, bootstrap, group, idle)
            if again is None and counts == [len(w.assignments()) for w in workers]:
                return {w.name: w.assignment for w in workers}
            last = again or "assignments still changing"
        for w in workers:
            assert w.proc.poll() is None, f"worker exited: {w.diagnostics()}"
        time.sleep(0.2)
    diag = "\n".join(w.diagnostics() for w in workers)
    raise AssertionError(f"group {group} did not converge within {timeout}s: {last}\n{diag}")
