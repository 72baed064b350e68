"""Topic admin and metadata in ZooKeeper mode: three Gannet brokers and a
ZooKeeper. Kafka 3.9's own kafka-topics.sh / kafka-configs.sh (the jars of
tests/reference) create RF 3 topics through a broker that is not the
controller, describe them (leaders, replicas, ISR as ZooKeeper holds them),
add partitions, delete topics and alter configs, printing what they print
against a Kafka 3.9.1 cluster; every broker's Metadata and DescribeCluster
agree. The exact error codes and messages asserted below were read from a
Kafka 3.9.1 three-broker ZooKeeper-mode cluster with the same requests
(tests/integration/admin_wire.py)."""

import base64
import json
import pathlib
import re
import subprocess
import time
import uuid

import pytest

import admin_wire as aw
from cluster_harness import ClusterBroker, ZooKeeper, wait_for

REPO = pathlib.Path(__file__).resolve().parents[2]
KAFKA_TOOL = REPO / "tests" / "reference" / "kafka-tool.sh"

NONE, UNKNOWN_TOPIC, LEADER_NOT_AVAILABLE, REQUEST_TIMED_OUT = 0, 3, 5, 7
INVALID_TOPIC, TOPIC_EXISTS, INVALID_PARTITIONS, INVALID_RF = 17, 36, 37, 38
INVALID_ASSIGNMENT, INVALID_CONFIG, NOT_CONTROLLER, INVALID_REQUEST = 39, 40, 41, 42


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    root = tmp_path_factory.mktemp("admin")
    zk = ZooKeeper(root / "zk").start()
    brokers = {}
    try:
        for i in (1, 2, 3):
            brokers[i] = ClusterBroker(root / f"broker-{i}", i, zk.connect).start()
        wait_for("three registrations",
                 lambda: sorted(int(c) for c in zk.client().get_children("/brokers/ids")) == [1, 2, 3], timeout=30)
        # Every broker's metadata cache lists the three (UpdateMetadata from the controller).
        for b in brokers.values():
            wait_for(f"broker {b.broker_id} knowing three brokers",
                     lambda b=b: len(aw.metadata(b.port, [])[0]) == 3, timeout=30)
        yield zk, brokers
    finally:
        for b in brokers.values():
            if b.alive():
                b.stop()
        zk.stop()


def controller_of(zk):
    return json.loads(zk.client().get("/controller")[0])["brokerid"]


def split(zk, brokers):
    """(the controller's port, a non-controller's port)."""
    c = controller_of(zk)
    other = next(i for i in brokers if i != c)
    return brokers[c].port, brokers[other].port


def tool(name, *args, timeout=90):
    r = subprocess.run([str(KAFKA_TOOL), name, *args], capture_output=True, text=True, timeout=timeout)
    return r.returncode, r.stdout, r.stderr


def topic_id_text(zk, topic):
    return json.loads(zk.client().get(f"/brokers/topics/{topic}")[0])["topic_id"]


def zk_partitions(zk, topic):
    """{partition: (replicas, leader, isr)} from the assignment and state znodes."""
    assignment = json.loads(zk.client().get(f"/brokers/topics/{topic}")[0])["partitions"]
    out = {}
    for p, replicas in assignment.items():
        state = json.loads(zk.client().get(f"/brokers/topics/{topic}/partitions/{p}/state")[0])
        out[int(p)] = (replicas, state["leader"], state["isr"])
    return out


def expected_describe(zk, topic, configs=""):
    parts = zk_partitions(zk, topic)
    rf = len(parts[0][0])
    lines = [f"Topic: {topic}\tTopicId: {topic_id_text(zk, topic)}\tPartitionCount: {len(parts)}\t"
             f"ReplicationFactor: {rf}\tConfigs: {configs}"]
    for p in sorted(parts):
        replicas, leader, isr = parts[p]
        lines.append(f"\tTopic: {topic}\tPartition: {p}\tLeader: {leader}\tReplicas: {','.join(map(str, replicas))}"
                     f"\tIsr: {','.join(map(str, isr))}\tElr: N/A\tLastKnownElr: N/A")
    return "\n".join(lines) + "\n"


def kafka_assignment(partitions, rf, brokers, start_index, start_partition_id):
    """AdminUtils.assignReplicasToBrokers (rack unaware) with a fixed start index."""
    n = len(brokers)
    out = {}
    shift = start_index
    for pid in range(start_partition_id, start_partition_id + partitions):
        if pid > 0 and pid % n == 0:
            shift += 1
        first = (pid + start_index) % n
        replicas = [brokers[first]]
        for j in range(rf - 1):
            replicas.append(brokers[(first + 1 + (shift + j) % (n - 1)) % n])
        out[pid] = replicas
    return out


def every_broker_agrees(brokers, topic):
    """Metadata v4 of `topic` from every broker, once all three answer the same."""
    def same():
        answers = [aw.metadata(b.port, [topic], allow_auto_creation=False)[3] for b in brokers.values()]
        return answers[0] if all(a == answers[0] for a in answers) and answers[0][0][0] == NONE else None
    return wait_for(f"every broker agreeing on {topic}", same, timeout=20)


def test_metadata_and_describe_cluster_from_every_broker(cluster):
    zk, brokers = cluster
    cluster_id = json.loads(zk.client().get("/cluster/id")[0])["id"]
    controller = controller_of(zk)
    want = sorted((i, "127.0.0.1", b.port, None) for i, b in brokers.items())
    for b in brokers.values():
        got_brokers, got_cluster, got_controller, topics = aw.metadata(b.port, [])
        assert sorted(got_brokers) == want
        assert (got_cluster, got_controller, topics) == (cluster_id, controller, [])
        error, dc_cluster, dc_controller, dc_brokers = aw.describe_cluster(b.port)
        assert (error, dc_cluster, dc_controller, sorted(dc_brokers)) == (NONE, cluster_id, controller, want)


def test_admin_requests_to_a_broker_that_is_not_the_controller(cluster):
    zk, brokers = cluster
    _, other = split(zk, brokers)
    # Kafka 3.9 (ZooKeeper mode, no forwarding): NOT_CONTROLLER, an empty
    # CreateTopics message and a null CreatePartitions one.
    assert aw.create_topics(other, [("nc", 1, 1, None, None)]) == [("nc", NOT_CONTROLLER, "")]
    assert aw.delete_topics(other, ["nc"]) == [("nc", NOT_CONTROLLER)]
    assert aw.create_partitions(other, [("nc", 2, None)]) == [("nc", NOT_CONTROLLER, None)]


def test_create_rf3_through_any_broker_and_describe(cluster):
    zk, brokers = cluster
    _, other = split(zk, brokers)
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--create", "--topic", "t3",
                        "--partitions", "3", "--replication-factor", "3")
    assert (rc, out) == (0, "Created topic t3.\n"), err
    parts = zk_partitions(zk, "t3")
    assert sorted(parts) == [0, 1, 2]
    for replicas, leader, isr in parts.values():
        assert sorted(replicas) == [1, 2, 3]
        assert leader == replicas[0] and isr == replicas
    # The answer waited for the leaders: every broker knows them already.
    meta = every_broker_agrees(brokers, "t3")
    assert [(p[1], p[2], p[3], p[4]) for p in meta[0][3]] == [
        (p, parts[p][1], parts[p][0], parts[p][2]) for p in range(3)]
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--describe", "--topic", "t3")
    assert (rc, out) == (0, expected_describe(zk, "t3")), err
    # Topic ids: ZooKeeper's, in Metadata v10+ as in kafka-topics' output.
    raw = base64.urlsafe_b64decode(topic_id_text(zk, "t3") + "==")
    assert uuid.UUID(bytes=raw) != uuid.UUID(int=0)


def test_create_errors_as_kafka_gives_them(cluster):
    zk, brokers = cluster
    c, other = split(zk, brokers)
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--create", "--topic", "t3",
                        "--partitions", "3", "--replication-factor", "3")
    assert rc == 1 and out == "Error while executing topic command : Topic 't3' already exists.\n", (out, err)
    checks = [
        (("w2", 1, 4, None, None), (INVALID_RF, "Replication factor: 4 larger than available brokers: 3.")),
        (("w2", 0, 1, None, None), (INVALID_PARTITIONS, "Number of partitions must be larger than 0.")),
        (("w2", 1, 0, None, None), (INVALID_RF, "Replication factor must be larger than 0.")),
        (("a b", 1, 1, None, None), (INVALID_TOPIC, "Topic name is invalid: 'a b' contains one or more characters "
                                                    "other than ASCII alphanumerics, '.', '_' and '-'")),
        (("t3", 1, 1, None, None), (TOPIC_EXISTS, "Topic 't3' already exists.")),
        (("w3", 1, 1, None, {"retention.ms": "x"}),
         (INVALID_CONFIG, "Invalid value x for configuration retention.ms: Not a number of type LONG")),
        (("w3", 1, 1, None, {"foo.bar": "1"}), (INVALID_CONFIG, "Unknown topic config name: foo.bar")),
        (("w3", 1, 1, {0: [1]}, None), (INVALID_REQUEST, "Both numPartitions or replicationFactor and "
                                                         "replicasAssignments were set. Both cannot be used at the "
                                                         "same time.")),
        (("w3", -1, -1, {0: [1, 1]}, None),
         (INVALID_ASSIGNMENT, "Duplicate replica assignment found: HashMap(0 -> ArrayBuffer(1, 1))")),
        (("w3", -1, -1, {0: [1, 2], 1: [1]}, None),
         (INVALID_ASSIGNMENT, "All partitions should have the same number of replicas")),
    ]
    for topic, want in checks:
        assert aw.create_topics(c, [topic]) == [(topic[0], *want)], topic
    assert aw.create_topics(c, [("w3", 1, 1, None, None), ("w3", 1, 1, None, None)]) == [
        ("w3", INVALID_REQUEST, "Found multiple entries for this topic.")] * 2
    assert aw.create_topics(c, [("w4", 2, 3, None, None)], validate_only=True) == [("w4", NONE, None)]
    assert not zk.client().exists("/brokers/topics/w4")
    assert aw.create_topics(c, [("w5", 2, 3, None, None)], timeout_ms=0) == [("w5", REQUEST_TIMED_OUT, None)]
    assert zk.client().exists("/brokers/topics/w5")
    assert aw.create_topics(c, [("t.3x", 1, 1, None, None)]) == [("t.3x", NONE, None)]
    assert aw.create_topics(c, [("t_3x", 1, 1, None, None)]) == [
        ("t_3x", INVALID_TOPIC, "Topic 't_3x' collides with existing topics: t.3x")]


def test_manual_assignment_and_configs_at_creation(cluster):
    zk, brokers = cluster
    _, other = split(zk, brokers)
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--create", "--topic", "man",
                        "--replica-assignment", "1:2,2:3,3:1")
    assert (rc, out) == (0, "Created topic man.\n"), err
    assert {p: r for p, (r, _, _) in zk_partitions(zk, "man").items()} == {0: [1, 2], 1: [2, 3], 2: [3, 1]}
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--create", "--topic", "cfg",
                        "--partitions", "2", "--replication-factor", "2", "--config", "retention.ms=1000",
                        "--config", "cleanup.policy=compact")
    assert (rc, out) == (0, "Created topic cfg.\n"), err
    assert json.loads(zk.client().get("/config/topics/cfg")[0]) == {
        "version": 1, "config": {"retention.ms": "1000", "cleanup.policy": "compact"}}
    every_broker_agrees(brokers, "cfg")
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--describe", "--topic", "cfg")
    assert (rc, out) == (0, expected_describe(zk, "cfg", "cleanup.policy=compact,retention.ms=1000")), err


def test_partition_increase(cluster):
    zk, brokers = cluster
    c, other = split(zk, brokers)
    p0 = zk_partitions(zk, "t3")[0][0]
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--alter", "--topic", "t3",
                        "--partitions", "5")
    assert (rc, out) == (0, ""), err
    parts = zk_partitions(zk, "t3")
    start = next(i for i, b in enumerate([1, 2, 3]) if b >= p0[0])
    assert {p: parts[p][0] for p in (3, 4)} == kafka_assignment(2, 3, [1, 2, 3], start, 3)
    meta = every_broker_agrees(brokers, "t3")
    assert [p[1] for p in meta[0][3]] == [0, 1, 2, 3, 4]
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--alter", "--topic", "t3",
                        "--partitions", "2")
    assert rc == 1 and out == ("Error while executing topic command : Topic currently has 5 partitions, which is "
                               "higher than the requested 2.\n"), (out, err)
    checks = [
        (("t3", 5, None), (INVALID_PARTITIONS, "Topic already has 5 partitions.")),
        (("nope", 5, None), (UNKNOWN_TOPIC, "The topic 'nope' does not exist.")),
        (("t3", 6, [[1, 9, 7]]), (INVALID_ASSIGNMENT, "Unknown broker(s) in replica assignment: 9, 7.")),
        (("t3", 7, [[1, 2, 3]]),
         (INVALID_ASSIGNMENT, "Increasing the number of partitions by 2 but 1 assignments provided.")),
        (("t3", 6, [[1, 2]]), (INVALID_ASSIGNMENT, "Inconsistent replication factor between partitions, partition 0 "
                                                   "has 3 while partitions [5] have replication factors [2], "
                                                   "respectively.")),
        (("t3", 6, [[1, 1, 2]]),
         (INVALID_ASSIGNMENT, "Duplicate brokers not allowed in replica assignment: 1, 1, 2 for partition id 5.")),
    ]
    for topic, want in checks:
        assert aw.create_partitions(c, [topic]) == [(topic[0], *want)], topic
    assert aw.create_partitions(c, [("t3", 7, None), ("t3", 7, None)]) == [
        ("t3", INVALID_REQUEST, "Duplicate topic in request.")]
    assert aw.create_partitions(c, [("t3", 6, None)], validate_only=True) == [("t3", NONE, None)]
    assert len(zk_partitions(zk, "t3")) == 5


def test_topic_configs_through_any_broker(cluster):
    zk, brokers = cluster
    _, other = split(zk, brokers)
    before = len(zk.client().get_children("/config/changes"))
    rc, out, err = tool("kafka-configs", "--bootstrap-server", f"127.0.0.1:{other}", "--entity-type", "topics",
                        "--entity-name", "t3", "--alter", "--add-config", "retention.ms=5000,cleanup.policy=compact")
    assert (rc, out) == (0, "Completed updating config for topic t3.\n"), err
    assert json.loads(zk.client().get("/config/topics/t3")[0])["config"] == {
        "retention.ms": "5000", "cleanup.policy": "compact"}
    changes = sorted(zk.client().get_children("/config/changes"))
    assert len(changes) == before + 1
    assert zk.client().get(f"/config/changes/{changes[-1]}")[0] == b'{"version":2,"entity_path":"topics/t3"}'
    for b in brokers.values():
        error, _, entries = aw.describe_topic_configs(b.port, "t3", ["retention.ms", "cleanup.policy"])
        assert (error, entries) == (NONE, {"retention.ms": ("5000", 1), "cleanup.policy": ("compact", 1)})
    rc, out, err = tool("kafka-configs", "--bootstrap-server", f"127.0.0.1:{other}", "--entity-type", "topics",
                        "--entity-name", "t3", "--alter", "--delete-config", "cleanup.policy")
    assert (rc, out) == (0, "Completed updating config for topic t3.\n"), err
    rc, out, err = tool("kafka-configs", "--bootstrap-server", f"127.0.0.1:{other}", "--entity-type", "topics",
                        "--entity-name", "t3", "--describe")
    assert (rc, out) == (0, "Dynamic configs for topic t3 are:\n"
                            "  retention.ms=5000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=5000}\n"), err
    rc, out, err = tool("kafka-configs", "--bootstrap-server", f"127.0.0.1:{other}", "--entity-type", "topics",
                        "--entity-name", "t3", "--alter", "--add-config", "retention.ms=abc")
    assert rc == 1 and ("InvalidConfigurationException: Invalid config value for resource ConfigResource(type=TOPIC, "
                        "name='t3'): Invalid value abc for configuration retention.ms: Not a number of type LONG"
                        in out + err), (out, err)
    error, _, _ = aw.describe_topic_configs(other, "nope")
    assert error == UNKNOWN_TOPIC


def test_auto_creation_from_any_broker(cluster):
    zk, brokers = cluster
    _, other = split(zk, brokers)
    topics = aw.metadata(other, ["auto1"])[3]
    assert topics == [(LEADER_NOT_AVAILABLE, "auto1", 0, [])]
    assert json.loads(zk.client().get("/brokers/topics/auto1")[0])["partitions"].keys() == {"0"}
    meta = every_broker_agrees(brokers, "auto1")
    (error, partition, leader, replicas, isr), = meta[0][3]
    assert (error, partition, len(replicas), isr) == (NONE, 0, 1, replicas)
    assert aw.metadata(other, ["auto2"], allow_auto_creation=False)[3] == [(UNKNOWN_TOPIC, "auto2", 0, [])]
    assert not zk.client().exists("/brokers/topics/auto2")
    assert aw.metadata(other, ["a b"])[3] == [(INVALID_TOPIC, "a b", 0, [])]


def test_delete_through_any_broker(cluster):
    zk, brokers = cluster
    c, other = split(zk, brokers)
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--delete", "--topic", "cfg")
    assert (rc, out) == (0, ""), err
    # Marked for deletion; the controller removes the znodes once every replica
    # answered StopReplica (until brokers serve StopReplica, the mark stays).
    assert zk.client().exists("/admin/delete_topics/cfg") or not zk.client().exists("/brokers/topics/cfg")
    for b in brokers.values():
        wait_for(f"broker {b.broker_id} forgetting cfg",
                 lambda b=b: aw.metadata(b.port, ["cfg"], allow_auto_creation=False)[3][0][0] == UNKNOWN_TOPIC,
                 timeout=20)
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--list")
    assert (rc, out) == (0, "auto1\nman\nt.3x\nt3\nw5\n"), err
    assert aw.delete_topics(c, ["nope"]) == [("nope", UNKNOWN_TOPIC)]
    rc, out, err = tool("kafka-topics", "--bootstrap-server", f"127.0.0.1:{other}", "--describe", "--topic", "nope")
    assert rc == 1 and out.startswith(
        "Error while executing topic command : Topic 'Optional[nope]' does not exist as expected\n"), (out, err)
