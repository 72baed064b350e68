"""The controller's operations on three Gannet brokers in ZooKeeper mode, checked
in ZooKeeper as Kafka 3.9 would leave it:

- a broker stopped with SIGTERM first asks the controller to move its
  leaderships (ControlledShutdown, Kafka's log lines): every partition it led
  is led by another ISR member, without it in the ISR, before its
  registration goes (the state znodes were written before /brokers/ids lost it);
- Kafka 3.9.1's kafka-leader-election (ElectLeaders) moves leadership back to
  the preferred replica and reports Kafka's errors where it cannot;
- ApiVersions advertises ControlledShutdown, ElectLeaders and AlterPartition
  at Kafka 3.9's ranges.

The restarted broker's return to the ISRs goes through AlterPartition from the
leaders to the controller."""

import json
import pathlib
import subprocess

import pytest

import kafka_wire
from cluster_harness import ClusterBroker, ZooKeeper, wait_for

REPO = pathlib.Path(__file__).resolve().parents[2]
KAFKA_TOOL = REPO / "tests" / "reference" / "kafka-tool.sh"
TOPIC = "ops"
# Kafka's AdminZkClient layout: partition -> replicas (the first is preferred).
ASSIGNMENT = {0: [1, 2], 1: [2, 3], 2: [3, 1], 3: [1, 3]}


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    root = tmp_path_factory.mktemp("ops")
    zk = ZooKeeper(root / "zk").start()
    brokers = {i: ClusterBroker(root / f"broker-{i}", i, zk.connect).start() for i in (1, 2, 3)}
    wait_for("three registered brokers", lambda: registered(zk) == [1, 2, 3], timeout=30)
    wait_for("a controller", lambda: controller_id(zk) in (1, 2, 3), timeout=30)
    yield zk, brokers
    for b in brokers.values():
        if b.alive():
            b.stop()
    zk.stop()


def registered(zk):
    return sorted(int(c) for c in zk.client().get_children("/brokers/ids"))


def controller_id(zk):
    try:
        data, _ = zk.client().get("/controller")
    except Exception:
        return None
    return json.loads(data)["brokerid"]


def state(zk, topic, p):
    data, stat = zk.client().get(f"/brokers/topics/{topic}/partitions/{p}/state")
    return json.loads(data), stat


def create_topic_znodes(zk, topic, assignment):
    """What Kafka's AdminZkClient.createTopic writes: the config, then the assignment."""
    c = zk.client()
    c.create(f"/config/topics/{topic}", json.dumps({"version": 1, "config": {}}).encode(), makepath=True)
    c.create(f"/brokers/topics/{topic}", json.dumps({
        "partitions": {str(p): r for p, r in assignment.items()},
        "topic_id": "rfVujJJeSiuJgY9xPNJt0Q", "adding_replicas": {}, "removing_replicas": {}, "version": 3,
    }).encode())


def kafka_tool(*args, timeout=120):
    r = subprocess.run([str(KAFKA_TOOL), *args], capture_output=True, text=True, timeout=timeout)
    return r.returncode, r.stdout + r.stderr


def call(port, api_key, version, body, flexible):
    """One request, the response body (after the response header)."""
    make = kafka_wire.flexible_request if flexible else kafka_wire.request
    with kafka_wire.connect(port) as sock:
        sock.sendall(make(api_key, version, 7, body))
        corr, payload = kafka_wire.recv_frame(sock)
    assert corr == 7
    r = kafka_wire.Reader(payload)
    if flexible:
        r.skip_tags()
    return r


def non_controller(zk):
    return next(i for i in (1, 2, 3) if i != controller_id(zk))


def test_the_controller_apis_answer_not_controller_off_the_controller(cluster):
    zk, brokers = cluster
    port = brokers[non_controller(zk)].port
    w = kafka_wire
    # ControlledShutdown v2: broker id, broker epoch -> error, remaining partitions.
    r = call(port, 7, 2, w.i32(1) + w.i64(-1), False)
    assert (r.i16(), r.array(lambda r: (r.string(), r.i32()))) == (41, [])  # NOT_CONTROLLER
    # AlterPartition v1 (flexible): broker id, epoch, topics -> throttle, error.
    r = call(port, 56, 1, w.i32(1) + w.i64(-1) + w.compact_array([]) + w.NO_TAGS, True)
    assert (r.i32(), r.i16()) == (0, 41)
    # ElectLeaders v1: type, partitions, timeout -> throttle, error, per partition NOT_CONTROLLER.
    body = w.i8(0) + w.array([w.string("ops") + w.array([w.i32(0)])]) + w.i32(10000)
    r = call(port, 43, 1, body, False)
    assert (r.i32(), r.i16()) == (0, 0)
    results = r.array(lambda r: (r.string(), r.array(lambda r: (r.i32(), r.i16(), r.string()))))
    assert results == [("ops", [(0, 41, None)])]
    # ListPartitionReassignments v0 (flexible): timeout, null topics -> throttle, error, message.
    r = call(port, 46, 0, w.i32(10000) + w.uvarint(0) + w.NO_TAGS, True)
    assert (r.i32(), r.i16(), r.compact_string()) == (0, 41, "This is not the correct controller for this cluster.")


def test_controlled_shutdown_with_a_stale_broker_epoch(cluster):
    zk, brokers = cluster
    ctrl = controller_id(zk)
    _, stat = zk.client().get("/brokers/ids/1")
    w = kafka_wire
    r = call(brokers[ctrl].port, 7, 2, w.i32(1) + w.i64(stat.czxid - 1), False)
    assert r.i16() == 77  # STALE_BROKER_EPOCH
    r = call(brokers[ctrl].port, 7, 2, w.i32(9) + w.i64(-1), False)
    assert r.i16() == 8  # BROKER_NOT_AVAILABLE


def test_api_versions_advertise_the_controller_apis(cluster):
    zk, brokers = cluster
    ranges = kafka_wire.api_versions(brokers[1].port).ranges
    assert ranges[7] == (0, 3)   # ControlledShutdown
    assert ranges[43] == (0, 2)  # ElectLeaders
    assert ranges[56] == (0, 3)  # AlterPartition
    assert ranges[45] == (0, 0) and ranges[46] == (0, 0)  # Alter/ListPartitionReassignments


def test_sigterm_moves_leadership_before_the_broker_leaves(cluster):
    zk, brokers = cluster
    create_topic_znodes(zk, TOPIC, ASSIGNMENT)
    # The controller's first leaders: the first live replica, ISR = every live replica.
    for p, replicas in ASSIGNMENT.items():
        wait_for(f"{TOPIC}-{p} state", lambda: zk.client().exists(f"/brokers/topics/{TOPIC}/partitions/{p}/state"))
        s, _ = state(zk, TOPIC, p)
        assert (s["leader"], s["isr"], s["leader_epoch"]) == (replicas[0], replicas, 0)

    # Stop a broker that is not the controller and leads partitions 0 and 3.
    ctrl = controller_id(zk)
    victim = 1 if ctrl != 1 else 3
    led = [p for p, r in ASSIGNMENT.items() if r[0] == victim]
    assert brokers[victim].stop() == 0
    wait_for("the victim's registration gone", lambda: victim not in registered(zk))

    _, ids = zk.client().get("/brokers/ids")
    for p, replicas in ASSIGNMENT.items():
        s, stat = state(zk, TOPIC, p)
        others = [r for r in replicas if r != victim]
        if p in led:
            # ControlledShutdownPartitionLeaderElectionStrategy: the other ISR member, the ISR without the victim.
            assert (s["leader"], s["isr"], s["leader_epoch"]) == (others[0], others, 1), (p, s)
            # Written while the victim was still registered.
            assert stat.mzxid < ids.pzxid, (p, stat.mzxid, ids.pzxid)
        elif victim in replicas:
            # Followed by the victim: it left the ISR (OfflineReplica), the leader stays.
            assert (s["leader"], s["isr"], s["leader_epoch"]) == (replicas[0], others, 1), (p, s)
            assert stat.mzxid < ids.pzxid, (p, stat.mzxid, ids.pzxid)
    log = brokers[victim].output(tail=200)
    assert "Starting controlled shutdown" in log
    assert "Controlled shutdown request returned successfully after" in log
    assert "Proceeding to do an unclean shutdown" not in log

    brokers[victim].start()
    wait_for("the victim registered again", lambda: registered(zk) == [1, 2, 3], timeout=30)


def test_kafka_leader_election_moves_leadership_to_the_preferred_replica(cluster):
    zk, brokers = cluster
    ctrl = controller_id(zk)
    bootstrap = brokers[ctrl].bootstrap  # ElectLeaders goes to the controller (Metadata's controller id)
    # The restarted broker caught up and its leaders' AlterPartition put it back in every ISR.
    wait_for("full ISRs again", lambda: all(sorted(state(zk, TOPIC, p)[0]["isr"]) == sorted(r)
                                            for p, r in ASSIGNMENT.items()), timeout=60)
    moved = [p for p, r in ASSIGNMENT.items() if state(zk, TOPIC, p)[0]["leader"] != r[0]]
    assert moved, "the previous test left every partition with its preferred leader"
    before = {p: state(zk, TOPIC, p)[0] for p in moved}

    code, out = kafka_tool("kafka-leader-election", "--bootstrap-server", bootstrap, "--election-type", "PREFERRED",
                           "--all-topic-partitions")
    assert code == 0, out
    assert "Successfully completed leader election (PREFERRED) for partitions" in out, out
    for p in moved:
        assert f"{TOPIC}-{p}" in out, out
        after, _ = state(zk, TOPIC, p)
        assert (after["leader"], after["isr"], after["leader_epoch"]) == \
            (ASSIGNMENT[p][0], before[p]["isr"], before[p]["leader_epoch"] + 1)

    # Already led by its preferred replica.
    code, out = kafka_tool("kafka-leader-election", "--bootstrap-server", bootstrap, "--election-type", "PREFERRED",
                           "--topic", TOPIC, "--partition", str(moved[0]))
    assert code == 0, out
    assert f"Valid replica already elected for partitions {TOPIC}-{moved[0]}" in out, out

    # A partition that does not exist.
    code, out = kafka_tool("kafka-leader-election", "--bootstrap-server", bootstrap, "--election-type", "PREFERRED",
                           "--topic", TOPIC, "--partition", "9")
    assert code != 0, out
    assert "The partition does not exist." in out, out


def alter_reassignments(port, reassignments):
    """AlterPartitionReassignments v0: {(topic, partition): replicas or None} -> (error, {(t, p): (error, msg)})."""
    w = kafka_wire
    by_topic = {}
    for (t, p), replicas in reassignments.items():
        by_topic.setdefault(t, []).append((p, replicas))
    topics = []
    for t, parts in by_topic.items():
        ps = [w.i32(p) + (w.uvarint(0) if r is None else w.compact_array([w.i32(x) for x in r])) + w.NO_TAGS
              for p, r in parts]
        topics.append(w.compact_string(t) + w.compact_array(ps) + w.NO_TAGS)
    r = call(port, 45, 0, w.i32(30000) + w.compact_array(topics) + w.NO_TAGS, True)
    r.i32()
    error, message = r.i16(), r.compact_string()

    def partition(r):
        p, e, m = r.i32(), r.i16(), r.compact_string()
        r.skip_tags()
        return p, e, m

    def topic(r):
        name = r.compact_string()
        ps = r.compact_array(partition)
        r.skip_tags()
        return name, ps

    out = {}
    for name, ps in r.compact_array(topic):
        for p, e, m in ps:
            out[(name, p)] = (e, m)
    return error, message, out


def list_reassignments(port):
    w = kafka_wire
    r = call(port, 46, 0, w.i32(30000) + w.uvarint(0) + w.NO_TAGS, True)
    r.i32()
    error, _ = r.i16(), r.compact_string()

    def partition(r):
        p = r.i32()
        replicas, adding, removing = (r.compact_array(lambda r: r.i32()) for _ in range(3))
        r.skip_tags()
        return p, (replicas, adding, removing)

    def topic(r):
        name = r.compact_string()
        ps = r.compact_array(partition)
        r.skip_tags()
        return name, ps

    return error, {(name, p): v for name, ps in r.compact_array(topic) for p, v in ps}


def assignment(zk, topic):
    data, _ = zk.get_json(f"/brokers/topics/{topic}")
    return data


def test_reassignment_by_the_api_and_by_the_znode(cluster):
    zk, brokers = cluster
    ctrl = controller_id(zk)
    port = brokers[ctrl].port
    two = [p for p in ASSIGNMENT if len(state(zk, TOPIC, p)[0]["isr"]) == 2]
    assert len(two) >= 2, [state(zk, TOPIC, p)[0] for p in ASSIGNMENT]

    # Removing the leader's replica: the other ISR member leads, the assignment shrinks (KIP-455 B3-B6).
    p = two[0]
    s, _ = state(zk, TOPIC, p)
    keep = [r for r in s["isr"] if r != s["leader"]]
    error, _, results = alter_reassignments(port, {(TOPIC, p): keep})
    assert (error, results) == (0, {(TOPIC, p): (0, None)})
    after, _ = state(zk, TOPIC, p)
    assert (after["leader"], after["isr"]) == (keep[0], keep)
    a = assignment(zk, TOPIC)
    assert (a["partitions"][str(p)], a["adding_replicas"], a["removing_replicas"], a["version"]) == (keep, {}, {}, 3)
    assert list_reassignments(port) == (0, {})

    # Kafka's per-partition errors.
    error, _, results = alter_reassignments(port, {(TOPIC, p): None, (TOPIC, 9): [1], (TOPIC, two[1]): [7]})
    assert error == 0
    assert results[(TOPIC, p)] == (85, "No partition reassignment is in progress.")
    assert results[(TOPIC, 9)] == (3, "The partition does not exist.")
    assert results[(TOPIC, two[1])][0] == 39  # INVALID_REPLICA_ASSIGNMENT: broker 7 is not alive
    # Off the controller: NOT_CONTROLLER at the top.
    error, message, _ = alter_reassignments(brokers[non_controller(zk)].port, {(TOPIC, p): keep})
    assert (error, message) == (41, "This is not the correct controller for this cluster.")

    # The pre-2.4 way: /admin/reassign_partitions, read and removed by the controller.
    q = two[1]
    reordered = list(reversed(assignment(zk, TOPIC)["partitions"][str(q)]))
    before, _ = state(zk, TOPIC, q)
    zk.client().create("/admin/reassign_partitions", json.dumps(
        {"version": 1, "partitions": [{"topic": TOPIC, "partition": q, "replicas": reordered}]}).encode())
    wait_for("/admin/reassign_partitions removed", lambda: not zk.client().exists("/admin/reassign_partitions"))
    assert assignment(zk, TOPIC)["partitions"][str(q)] == reordered
    after, _ = state(zk, TOPIC, q)
    assert (after["leader"], after["isr"], after["leader_epoch"]) == \
        (before["leader"], before["isr"], before["leader_epoch"] + 1)
