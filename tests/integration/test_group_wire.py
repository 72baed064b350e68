"""Consumer-group APIs by hand-written requests: the exact error codes of
tricky sequences (MEMBER_ID_REQUIRED, generations, fencing, commits from
strangers, deletions), as Apache Kafka 3.9 answers them.

Every expectation here was checked against the reference Kafka 3.9.1: run
this file against any broker with GROUP_WIRE_BOOTSTRAP=host:port (started with
group.initial.rebalance.delay.ms=0 and group.min.session.timeout.ms=100, as
the Gannet broker below is), e.g.
  tests/reference/start-kafka.sh --override group.initial.rebalance.delay.ms=0 \
      --override group.min.session.timeout.ms=100
  GROUP_WIRE_BOOTSTRAP=127.0.0.1:19092 pytest tests/integration/test_group_wire.py
Where Gannet differs on purpose (no transaction coordinator yet) the test says so.
"""
import os
import struct
import time
import uuid

import pytest

import kafka_wire as kw
from conftest import Broker
from kafka_wire import Reader, array, bytes_, i8, i16, i32, i64, string, uvarint
from kafka_wire import compact_array as carray
from kafka_wire import compact_string as cstring

API_OFFSET_COMMIT = 8
API_OFFSET_FETCH = 9
API_FIND_COORDINATOR = 10
API_JOIN_GROUP = 11
API_HEARTBEAT = 12
API_LEAVE_GROUP = 13
API_SYNC_GROUP = 14
API_DESCRIBE_GROUPS = 15
API_LIST_GROUPS = 16
API_DELETE_GROUPS = 42
API_OFFSET_DELETE = 47

NONE = 0
UNKNOWN_TOPIC_OR_PARTITION = 3
COORDINATOR_NOT_AVAILABLE = 15
ILLEGAL_GENERATION = 22
INCONSISTENT_GROUP_PROTOCOL = 23
INVALID_GROUP_ID = 24
UNKNOWN_MEMBER_ID = 25
INVALID_SESSION_TIMEOUT = 26
REBALANCE_IN_PROGRESS = 27
INVALID_REQUEST = 42
NON_EMPTY_GROUP = 68
GROUP_ID_NOT_FOUND = 69
MEMBER_ID_REQUIRED = 79
FENCED_INSTANCE_ID = 82
GROUP_SUBSCRIBED_TO_TOPIC = 86

CLIENT_ID = "gannet-it"


# ---- flexible (compact) requests: the encodings come from kafka_wire ----------

def flexible_request(api_key, version, corr, body):
    payload = i16(api_key) + i16(version) + i32(corr) + string(CLIENT_ID) + uvarint(0) + body
    return i32(len(payload)) + payload


class CReader(Reader):
    def uvarint(self):
        shift = value = 0
        while True:
            b = self.data[self.pos]
            self.pos += 1
            value |= (b & 0x7F) << shift
            if not b & 0x80:
                return value
            shift += 7

    def cstring(self):
        n = self.uvarint() - 1
        if n < 0:
            return None
        s = self.data[self.pos:self.pos + n].decode()
        self.pos += n
        return s

    def carray(self, fn):
        n = self.uvarint() - 1
        return None if n < 0 else [fn(self) for _ in range(n)]

    def tags(self):
        for _ in range(self.uvarint()):
            self.uvarint()
            self.pos += self.uvarint()


# ---- requests and parsers ------------------------------------------------------

def consumer_subscription(topics):
    """ConsumerProtocolSubscription v0: version, topics, user data."""
    return i16(0) + array(string(t) for t in topics) + bytes_(None)


class Conn:
    def __init__(self, host, port):
        self.sock = kw.connect(port) if host == "127.0.0.1" else None
        self.corr = 0

    def send(self, api, version, body, flexible=False):
        self.corr += 1
        frame = flexible_request(api, version, self.corr, body) if flexible else \
            kw.request(api, version, self.corr, body, client_id=CLIENT_ID)
        self.sock.sendall(frame)
        corr, payload = kw.recv_frame(self.sock)
        assert corr == self.corr
        return CReader(payload) if flexible else Reader(payload)

    # FindCoordinator v1: error, message, node, host, port
    def find_coordinator(self, key, key_type=0, version=1):
        r = self.send(API_FIND_COORDINATOR, version, string(key) + i8(key_type))
        r.i32()  # throttle
        return dict(error=r.i16(), message=r.string(), node=r.i32(), host=r.string(), port=r.i32())

    def find_coordinators_v4(self, keys, key_type=0):
        r = self.send(API_FIND_COORDINATOR, 4, i8(key_type) + carray(cstring(k) for k in keys) + uvarint(0),
                      flexible=True)
        r.tags()  # response header v1
        r.i32()

        def one(r):
            c = dict(key=r.cstring(), node=r.i32(), host=r.cstring(), port=r.i32(), error=r.i16(),
                     message=r.cstring())
            r.tags()
            return c
        return r.carray(one)

    # JoinGroup v5 (v1+ carry the rebalance timeout, v5 the group instance id)
    def join(self, group, member_id="", protocols=(("range", b"\x00"),), protocol_type="consumer",
             session_ms=10000, rebalance_ms=10000, instance=None, version=5):
        body = string(group) + i32(session_ms)
        if version >= 1:
            body += i32(rebalance_ms)
        body += string(member_id)
        if version >= 5:
            body += string(instance)
        body += string(protocol_type) + array(string(n) + bytes_(m) for n, m in protocols)
        r = self.send(API_JOIN_GROUP, version, body)
        if version >= 2:
            r.i32()
        out = dict(error=r.i16(), generation=r.i32(), protocol=r.string(), leader=r.string(), member_id=r.string())
        if version >= 5:
            out["members"] = r.array(lambda r: (r.string(), r.string(), r.bytes_()))
        else:
            out["members"] = r.array(lambda r: (r.string(), r.bytes_()))
        return out

    # SyncGroup v3: instance id
    def sync(self, group, generation, member_id, assignments=(), instance=None):
        body = string(group) + i32(generation) + string(member_id) + string(instance) + \
            array(string(m) + bytes_(a) for m, a in assignments)
        r = self.send(API_SYNC_GROUP, 3, body)
        r.i32()
        return dict(error=r.i16(), assignment=r.bytes_())

    # Heartbeat v3: instance id
    def heartbeat(self, group, generation, member_id, instance=None):
        r = self.send(API_HEARTBEAT, 3, string(group) + i32(generation) + string(member_id) + string(instance))
        r.i32()
        return r.i16()

    # LeaveGroup v3: batch of (member id, instance id)
    def leave(self, group, members):
        r = self.send(API_LEAVE_GROUP, 3, string(group) + array(string(m) + string(i) for m, i in members))
        r.i32()
        return r.i16(), r.array(lambda r: (r.string(), r.string(), r.i16()))

    def leave_v0(self, group, member_id):
        r = self.send(API_LEAVE_GROUP, 0, string(group) + string(member_id))
        return r.i16()

    # OffsetCommit v7: group, generation, member, instance, topics
    def commit(self, group, generation, member_id, offsets, instance=None):
        by_topic = {}
        for (t, p), o in offsets.items():
            by_topic.setdefault(t, []).append((p, o))
        topics = [string(t) + array(i32(p) + i64(o) + i32(-1) + string("md") for p, o in parts)
                  for t, parts in by_topic.items()]
        body = string(group) + i32(generation) + string(member_id) + string(instance) + array(topics)
        r = self.send(API_OFFSET_COMMIT, 7, body)
        r.i32()
        result = {}
        for name, parts in r.array(lambda r: (r.string(), r.array(lambda r: (r.i32(), r.i16())))):
            for p, e in parts:
                result[(name, p)] = e
        return result

    # OffsetFetch v5 (null topics: all)
    def fetch(self, group, partitions=None, version=5):
        if partitions is None:
            topics = array(None)
        else:
            by_topic = {}
            for t, p in partitions:
                by_topic.setdefault(t, []).append(p)
            topics = array(string(t) + array(i32(p) for p in ps) for t, ps in by_topic.items())
        r = self.send(API_OFFSET_FETCH, version, string(group) + topics)
        if version >= 3:
            r.i32()
        result = {}

        def part(r):
            p, o = r.i32(), r.i64()
            epoch = r.i32() if version >= 5 else None
            return p, o, epoch, r.string(), r.i16()
        for name, parts in r.array(lambda r: (r.string(), r.array(part))):
            for p, o, epoch, md, e in parts:
                result[(name, p)] = (o, md, e)
        top = r.i16() if version >= 2 else None
        return top, result

    def describe(self, groups):
        r = self.send(API_DESCRIBE_GROUPS, 1, array(string(g) for g in groups))
        r.i32()

        def member(r):
            return dict(member_id=r.string(), client_id=r.string(), client_host=r.string(),
                        metadata=r.bytes_(), assignment=r.bytes_())

        def group(r):
            return dict(error=r.i16(), group=r.string(), state=r.string(), protocol_type=r.string(),
                        protocol=r.string(), members=r.array(member))
        return r.array(group)

    def list_groups(self):
        r = self.send(API_LIST_GROUPS, 1, b"")
        r.i32()
        return r.i16(), r.array(lambda r: (r.string(), r.string()))

    def delete_groups(self, groups):
        r = self.send(API_DELETE_GROUPS, 1, array(string(g) for g in groups))
        r.i32()
        return dict(r.array(lambda r: (r.string(), r.i16())))

    def offset_delete(self, group, partitions):
        by_topic = {}
        for t, p in partitions:
            by_topic.setdefault(t, []).append(p)
        body = string(group) + array(string(t) + array(i32(p) for p in ps) for t, ps in by_topic.items())
        r = self.send(API_OFFSET_DELETE, 0, body)
        top = r.i16()
        r.i32()
        result = {}
        for name, parts in r.array(lambda r: (r.string(), r.array(lambda r: (r.i32(), r.i16())))):
            for p, e in parts:
                result[(name, p)] = e
        return top, result

    def close(self):
        self.sock.close()


# ---- fixtures -------------------------------------------------------------------

@pytest.fixture(scope="module")
def target(tmp_path_factory):
    """(port, is_gannet): the broker under test."""
    bootstrap = os.environ.get("GROUP_WIRE_BOOTSTRAP")
    if bootstrap:
        yield int(bootstrap.rsplit(":", 1)[1]), False
        return
    broker = Broker(tmp_path_factory.mktemp("group-wire") / "data", overrides={
        "group.initial.rebalance.delay.ms": "0",
        "group.min.session.timeout.ms": "100",
    }).start()
    yield broker.port, True
    assert broker.alive(), broker.output()
    broker.stop()


@pytest.fixture
def conn(target):
    c = Conn("127.0.0.1", target[0])
    # Kafka answers COORDINATOR_NOT_AVAILABLE until __consumer_offsets exists.
    deadline = time.monotonic() + 60
    while c.find_coordinator("warmup")["error"] != NONE:
        assert time.monotonic() < deadline
        time.sleep(0.2)
    yield c
    c.close()


@pytest.fixture
def topic(conn):
    """A topic with one partition (auto-created by Metadata)."""
    name = "wire-groups-" + uuid.uuid4().hex[:8]
    deadline = time.monotonic() + 30
    while True:
        r = conn.send(kw.API_METADATA, 1, array([string(name)]))
        md = kw.parse_metadata_v1(r.data)
        t = md["topics"][0]
        if t["error"] == NONE and t["partitions"]:
            return name
        assert time.monotonic() < deadline, md
        time.sleep(0.2)


def group_name():
    return "wire-group-" + uuid.uuid4().hex[:8]


def join_as_single_member(conn, group, version=5, protocols=(("range", b"\x00"),), instance=None):
    """MEMBER_ID_REQUIRED, then the real join, then the sync: a Stable group of one."""
    first = conn.join(group, protocols=protocols, version=version, instance=instance)
    if instance is None and version >= 4:
        assert first["error"] == MEMBER_ID_REQUIRED
        first = conn.join(group, member_id=first["member_id"], protocols=protocols, version=version)
    assert first["error"] == NONE, first
    member = first["member_id"]
    synced = conn.sync(group, first["generation"], member, [(member, b"\x01\x02")], instance=instance)
    assert synced == dict(error=NONE, assignment=b"\x01\x02")
    return member, first["generation"]


# ---- tests ---------------------------------------------------------------------

def test_find_coordinator_names_the_broker(conn, target):
    c = conn.find_coordinator("any-group")
    assert c["error"] == NONE
    assert c["message"] == "NONE"  # Kafka sends the error's name as the message
    assert c["node"] == 0 and c["host"] == "127.0.0.1" and c["port"] == target[0]
    batch = conn.find_coordinators_v4(["a", "b"])
    assert [(x["key"], x["error"], x["node"], x["port"]) for x in batch] == [
        ("a", NONE, 0, target[0]), ("b", NONE, 0, target[0])]
    assert all(x["message"] == "" for x in batch)


INVALID_REQUEST_MESSAGE = (
    "This most likely occurs because of a request being malformed by the client library or the message was "
    "sent to an incompatible broker. See the broker logs for more details.")


def test_find_coordinator_unknown_key_type(conn):
    c = conn.find_coordinator("x", key_type=5)
    assert c == dict(error=INVALID_REQUEST, message=INVALID_REQUEST_MESSAGE, node=-1, host="", port=-1)
    [b] = conn.find_coordinators_v4(["x"], key_type=5)
    assert b == dict(key="x", error=INVALID_REQUEST, message=INVALID_REQUEST_MESSAGE, node=-1, host="", port=-1)


def test_transaction_coordinator_is_not_available_yet(conn, target):
    if not target[1]:
        pytest.skip("Kafka has a transaction coordinator")
    # What Kafka answers while it creates __transaction_state.
    c = conn.find_coordinator("txn", key_type=1)
    assert c == dict(error=COORDINATOR_NOT_AVAILABLE, message="The coordinator is not available.", node=-1, host="",
                     port=-1)
    [b] = conn.find_coordinators_v4(["txn"], key_type=1)
    assert b == dict(key="txn", error=COORDINATOR_NOT_AVAILABLE, message="", node=-1, host="", port=-1)


def test_join_errors(conn):
    group = group_name()
    # v4+: a new dynamic member first gets its id.
    r = conn.join(group, version=4)
    assert r["error"] == MEMBER_ID_REQUIRED and r["generation"] == -1
    assert r["member_id"].startswith(CLIENT_ID + "-") and len(r["member_id"]) == len(CLIENT_ID) + 37
    assert conn.join(group, session_ms=99)["error"] == INVALID_SESSION_TIMEOUT
    assert conn.join(group, member_id="stranger")["error"] == UNKNOWN_MEMBER_ID
    assert conn.join("", version=3)["error"] == INVALID_GROUP_ID
    assert conn.join(group_name(), protocols=(), version=3)["error"] == INCONSISTENT_GROUP_PROTOCOL
    assert conn.join(group_name(), protocol_type="", version=3)["error"] == INCONSISTENT_GROUP_PROTOCOL


def test_generation_and_membership_checks(conn, topic):
    group = group_name()
    member, gen = join_as_single_member(conn, group)
    assert gen == 1
    assert conn.heartbeat(group, 1, member) == NONE
    assert conn.heartbeat(group, 2, member) == ILLEGAL_GENERATION
    assert conn.heartbeat(group, 1, "stranger") == UNKNOWN_MEMBER_ID
    assert conn.heartbeat(group_name(), 1, member) == UNKNOWN_MEMBER_ID
    assert conn.heartbeat("", 1, member) == INVALID_GROUP_ID
    assert conn.sync(group, 2, member)["error"] == ILLEGAL_GENERATION
    assert conn.sync(group, 1, "stranger")["error"] == UNKNOWN_MEMBER_ID
    # Another protocol type, or no common protocol, is refused.
    assert conn.join(group, protocol_type="connect", version=3)["error"] == INCONSISTENT_GROUP_PROTOCOL
    assert conn.join(group, protocols=(("roundrobin", b""),), version=3)["error"] == INCONSISTENT_GROUP_PROTOCOL
    # The follower's stable rejoin returns the current generation, no rebalance.
    again = conn.join(group, member_id=member, version=3)
    # ... but the leader rejoining forces a rebalance, which completes at once
    # since it is the only member.
    assert (again["error"], again["generation"], again["leader"]) == (NONE, 2, member)

    # Commits: members with their generation; strangers and old generations not.
    assert conn.commit(group, 2, member, {(topic, 0): 5}) == {(topic, 0): REBALANCE_IN_PROGRESS}
    assert conn.sync(group, 2, member, [(member, b"\x07")])["error"] == NONE
    assert conn.commit(group, 2, member, {(topic, 0): 5}) == {(topic, 0): NONE}
    assert conn.commit(group, 1, member, {(topic, 0): 6}) == {(topic, 0): ILLEGAL_GENERATION}
    assert conn.commit(group, 2, "stranger", {(topic, 0): 6}) == {(topic, 0): UNKNOWN_MEMBER_ID}
    assert conn.commit(group, -1, "", {(topic, 0): 6}) == {(topic, 0): UNKNOWN_MEMBER_ID}
    top, offsets = conn.fetch(group, [(topic, 0)])
    assert top == NONE and offsets == {(topic, 0): (5, "md", NONE)}

    assert conn.delete_groups([group]) == {group: NON_EMPTY_GROUP}
    # The subscription is not a consumer subscription Kafka can read: it
    # keeps every topic, as subscribed.
    top, parts = conn.offset_delete(group, [(topic, 0)])
    assert (top, parts) == (NONE, {(topic, 0): GROUP_SUBSCRIBED_TO_TOPIC})

    assert conn.leave(group, [(member, None), ("stranger", None)]) == (NONE, [
        (member, None, NONE), ("stranger", None, UNKNOWN_MEMBER_ID)])
    described = conn.describe([group])[0]
    assert (described["error"], described["state"], described["protocol_type"], described["members"]) == (
        NONE, "Empty", "consumer", [])
    assert conn.delete_groups([group]) == {group: NONE}
    assert conn.delete_groups([group]) == {group: GROUP_ID_NOT_FOUND}
    top, offsets = conn.fetch(group, None)
    assert (top, offsets) == (NONE, {})


def test_unknown_topic_commit(conn):
    group = group_name()
    missing = "no-such-topic-" + uuid.uuid4().hex[:6]
    assert conn.commit(group, -1, "", {(missing, 0): 1}) == {(missing, 0): UNKNOWN_TOPIC_OR_PARTITION}


def test_simple_consumer_commits(conn, topic):
    group = group_name()
    assert conn.commit(group, 5, "", {(topic, 0): 3}) == {(topic, 0): ILLEGAL_GENERATION}
    assert conn.commit(group, -1, "", {(topic, 0): 3}) == {(topic, 0): NONE}
    top, offsets = conn.fetch(group, None)
    assert (top, offsets) == (NONE, {(topic, 0): (3, "md", NONE)})
    top, offsets = conn.fetch(group, [(topic, 0), (topic, 1)], version=1)
    assert offsets == {(topic, 0): (3, "md", NONE), (topic, 1): (-1, "", NONE)}
    d = conn.describe([group])[0]
    assert (d["state"], d["protocol_type"], d["protocol"]) == ("Empty", "", "")
    top, parts = conn.offset_delete(group, [(topic, 0)])
    assert (top, parts) == (NONE, {(topic, 0): NONE})
    # No offsets and no members left: the group is gone.
    assert conn.delete_groups([group]) == {group: GROUP_ID_NOT_FOUND}


def test_unknown_groups(conn, topic):
    group = group_name()
    d = conn.describe([group])[0]
    assert (d["error"], d["state"], d["protocol_type"], d["protocol"], d["members"]) == (NONE, "Dead", "", "", [])
    assert conn.offset_delete(group, [(topic, 0)]) == (GROUP_ID_NOT_FOUND, {})
    assert conn.delete_groups([group]) == {group: GROUP_ID_NOT_FOUND}
    top, offsets = conn.fetch(group, [(topic, 0)])
    assert (top, offsets) == (NONE, {(topic, 0): (-1, "", NONE)})
    assert conn.leave(group, [("m", None)]) == (NONE, [("m", None, UNKNOWN_MEMBER_ID)])
    assert conn.leave_v0(group, "m") == UNKNOWN_MEMBER_ID


def test_static_member_restart_and_fencing(conn, topic):
    group = group_name()
    first, gen = join_as_single_member(conn, group, instance="static-1")
    assert first.startswith("static-1-")
    # The same instance restarts: a new member id, the same generation, the
    # old leader id (v5 < v9), no members list.
    again = conn.join(group, instance="static-1")
    assert again["error"] == NONE
    assert again["member_id"] != first and again["member_id"].startswith("static-1-")
    assert (again["generation"], again["leader"], again["members"]) == (gen, first, [])
    assert conn.sync(group, gen, again["member_id"], instance="static-1") == dict(error=NONE, assignment=b"\x01\x02")
    # The old id is fenced everywhere.
    assert conn.heartbeat(group, gen, first, instance="static-1") == FENCED_INSTANCE_ID
    assert conn.sync(group, gen, first, instance="static-1")["error"] == FENCED_INSTANCE_ID
    assert conn.commit(group, gen, first, {(topic, 0): 1}, instance="static-1") == {(topic, 0): FENCED_INSTANCE_ID}
    assert conn.join(group, member_id=first, instance="static-1")["error"] == FENCED_INSTANCE_ID
    assert conn.leave(group, [(first, "static-1")]) == (NONE, [(first, "static-1", FENCED_INSTANCE_ID)])
    # Removal by instance id alone.
    assert conn.leave(group, [("", "static-1")]) == (NONE, [("", "static-1", NONE)])
    assert conn.heartbeat(group, gen, again["member_id"], instance="static-1") == UNKNOWN_MEMBER_ID


def test_two_members_and_a_rebalance(conn, target):
    group = group_name()
    other = Conn("127.0.0.1", target[0])
    try:
        a, gen = join_as_single_member(conn, group, protocols=(("range", consumer_subscription(["x"])),))
        b_id = other.join(group)["member_id"]
        # b's JoinGroup waits for a to rejoin: send it, answer a's heartbeat.
        other.corr += 1
        body = string(group) + i32(10000) + i32(10000) + string(b_id) + string(None) + string("consumer") + \
            array([string("range") + bytes_(consumer_subscription(["y"]))])
        other.sock.sendall(kw.request(API_JOIN_GROUP, 5, other.corr, body, client_id=CLIENT_ID))
        deadline = time.monotonic() + 10
        while conn.heartbeat(group, gen, a) != REBALANCE_IN_PROGRESS:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        ra = conn.join(group, member_id=a, protocols=(("range", consumer_subscription(["x"])),))
        corr, payload = kw.recv_frame(other.sock)
        r = Reader(payload)
        r.i32()
        rb = dict(error=r.i16(), generation=r.i32(), protocol=r.string(), leader=r.string(), member_id=r.string())
        assert (ra["error"], ra["generation"], ra["leader"], ra["protocol"]) == (NONE, gen + 1, a, "range")
        assert (rb["error"], rb["generation"], rb["leader"]) == (NONE, gen + 1, a)
        assert sorted(m[0] for m in ra["members"]) == sorted([a, b_id])
        assert conn.sync(group, gen + 1, a, [(a, b"A"), (b_id, b"B")]) == dict(error=NONE, assignment=b"A")
        assert other.sync(group, gen + 1, b_id) == dict(error=NONE, assignment=b"B")
        # b leaves (v0): a is told to rejoin.
        assert other.leave_v0(group, b_id) == NONE
        assert conn.heartbeat(group, gen + 1, a) == REBALANCE_IN_PROGRESS
    finally:
        other.close()
