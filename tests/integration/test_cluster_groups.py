"""Consumer groups in ZooKeeper mode follow the leadership of their
__consumer_offsets partition (Kafka's GroupCoordinator.onElection /
onResignation): three brokers and ZooKeeper; the first FindCoordinator
creates __consumer_offsets in ZooKeeper with replication factor 3 and Kafka's
configs; a confluent-kafka consumer commits, then the coordinator broker and
the consumer are SIGKILLed; the partition's new leader becomes the group's
coordinator with the offsets it replicated, and a new consumer resumes from
the committed offsets: only the uncommitted tail is read twice, nothing is
lost. Figures printed: acknowledged, read, lost, duplicated, tail re-read,
failover time. One ZooKeeper and three brokers for the module."""

import base64
import json
import time
import uuid

import pytest
from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient

import kafka_wire
from cluster_harness import ClusterBroker, ZooKeeper, wait_for
from group_harness import BROKER_OVERRIDES, Workers

API_LEADER_AND_ISR = 4

OFFSETS_PARTITIONS = 6
TOPIC = "cg-orders"
PARTITIONS = 3
GROUP = "cg-failover"
COMMITTED_PHASE = 150  # records read and committed before the failover
TAIL = 20  # records read after the last commit
AFTER = 130  # records produced after the failover


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    root = tmp_path_factory.mktemp("cluster-groups")
    zk = ZooKeeper(root / "zk").start()
    overrides = dict(BROKER_OVERRIDES)
    overrides.update({"offsets.topic.replication.factor": "3",
                      "offsets.topic.num.partitions": str(OFFSETS_PARTITIONS)})
    brokers = {}
    try:
        for i in (1, 2, 3):
            brokers[i] = ClusterBroker(root / f"broker-{i}", i, zk.connect, overrides=overrides).start()
        wait_for("three registrations",
                 lambda: sorted(int(c) for c in zk.client().get_children("/brokers/ids")) == [1, 2, 3], timeout=30)
        if API_LEADER_AND_ISR not in kafka_wire.api_versions(brokers[1].port).ranges:
            pytest.skip("the brokers do not serve LeaderAndIsr yet: no partition leads, no coordinator moves")
        yield zk, brokers
    finally:
        for b in brokers.values():
            if b.alive():
                b.kill()
        zk.stop()


@pytest.fixture
def workers():
    w = Workers()
    yield w
    w.cleanup()


def java_string_hash(s):
    h = 0
    data = s.encode("utf-16-be")
    for i in range(0, len(data), 2):
        h = (31 * h + int.from_bytes(data[i:i + 2], "big")) & 0xFFFFFFFF
    return h - (1 << 32) if h >= 1 << 31 else h


def partition_for(group, partitions):
    """Kafka's GroupMetadataManager.partitionFor (Utils.abs: MIN_VALUE -> 0)."""
    h = java_string_hash(group)
    return (0 if h == -(1 << 31) else abs(h)) % partitions


def partition_state(zk, topic, p):
    try:
        return json.loads(zk.client().get(f"/brokers/topics/{topic}/partitions/{p}/state")[0])
    except Exception:
        return None


def create_topic_in_zk(zk, name, partitions, replicas):
    """As kafka-topics --zookeeper (AdminZkClient) writes a topic."""
    topic_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode()
    assignment = {str(p): replicas[p % len(replicas):] + replicas[:p % len(replicas)] for p in range(partitions)}
    zk.client().create(f"/config/topics/{name}", json.dumps({"version": 1, "config": {}}).encode(), makepath=True)
    zk.client().create(f"/brokers/topics/{name}",
                       json.dumps({"partitions": assignment, "topic_id": topic_id, "adding_replicas": {},
                                   "removing_replicas": {}, "version": 3}).encode(), makepath=True)


def bootstrap(brokers):
    return ",".join(b.bootstrap for b in brokers.values() if b.alive())


def produce(brokers, start, count):
    """Idempotent acks=all records k<i>=v<i> for i in [start, start+count),
    round-robin over the partitions; returns the acknowledged (partition,
    offset, key)."""
    acked = []
    errors = []

    def on_delivery(err, m):
        if err is not None:
            errors.append(str(err))
        else:
            acked.append((m.partition(), m.offset(), m.key().decode()))

    p = Producer({"bootstrap.servers": bootstrap(brokers), "acks": "all", "enable.idempotence": True,
                  "message.timeout.ms": 60000, "topic.metadata.refresh.interval.ms": 1000})
    for i in range(start, start + count):
        p.produce(TOPIC, key=f"k{i}".encode(), value=f"v{i}".encode(), partition=i % PARTITIONS,
                  on_delivery=on_delivery)
        p.poll(0)
    assert p.flush(90) == 0, f"unacknowledged records; errors: {errors[:5]}"
    assert not errors, errors[:5]
    return acked


def committed_offsets(brokers, group):
    c = Consumer({"bootstrap.servers": bootstrap(brokers), "group.id": group, "enable.auto.commit": False})
    try:
        tps = c.committed([TopicPartition(TOPIC, p) for p in range(PARTITIONS)], timeout=30)
        return {tp.partition: tp.offset for tp in tps}
    finally:
        c.close()


def test_first_find_coordinator_creates_the_offsets_topic_in_zookeeper(cluster):
    zk, brokers = cluster
    assert not zk.client().exists("/brokers/topics/__consumer_offsets")
    # Any group lookup: the answer is COORDINATOR_NOT_AVAILABLE until the
    # controller has elected leaders; the client retries. Nothing committed:
    # OFFSET_INVALID (-1001) everywhere.
    assert committed_offsets(brokers, "cg-probe") == {p: -1001 for p in range(PARTITIONS)}
    data, _ = zk.client().get("/brokers/topics/__consumer_offsets")
    topic = json.loads(data)
    assert sorted(int(p) for p in topic["partitions"]) == list(range(OFFSETS_PARTITIONS))
    assert all(sorted(r) == [1, 2, 3] for r in topic["partitions"].values())
    config = json.loads(zk.client().get("/config/topics/__consumer_offsets")[0])
    assert config["config"] == {"compression.type": "producer", "cleanup.policy": "compact",
                                "segment.bytes": "104857600"}
    for p in range(OFFSETS_PARTITIONS):
        state = wait_for(f"a leader of __consumer_offsets-{p}", lambda: partition_state(zk, "__consumer_offsets", p))
        assert state["leader"] in (1, 2, 3)


def test_group_moves_to_the_new_leader_of_its_offsets_partition(cluster, workers):
    zk, brokers = cluster
    create_topic_in_zk(zk, TOPIC, PARTITIONS, [1, 2, 3])
    for p in range(PARTITIONS):
        wait_for(f"a leader of {TOPIC}-{p}", lambda: partition_state(zk, TOPIC, p), timeout=30)
    acked = produce(brokers, 0, COMMITTED_PHASE)

    a = workers.start("confluent", bootstrap(brokers), GROUP, [TOPIC], "cg-a")
    wait_for(f"{COMMITTED_PHASE} records read by the first consumer",
             lambda: len(a.messages()) >= COMMITTED_PHASE, timeout=60)
    committed = {p: o for _, p, o in a.commit()}
    assert sum(committed.values()) == COMMITTED_PHASE
    assert committed_offsets(brokers, GROUP) == committed

    acked += produce(brokers, COMMITTED_PHASE, TAIL)
    wait_for("the uncommitted tail read", lambda: len(a.messages()) >= COMMITTED_PHASE + TAIL, timeout=60)

    offsets_partition = partition_for(GROUP, OFFSETS_PARTITIONS)
    before = partition_state(zk, "__consumer_offsets", offsets_partition)
    coordinator = before["leader"]
    a.kill()
    killed_at = time.monotonic()
    brokers[coordinator].kill()
    after = wait_for("a new leader of the group's offsets partition",
                     lambda: (lambda s: s if s and s["leader"] not in (-1, coordinator) else None)(
                         partition_state(zk, "__consumer_offsets", offsets_partition)), timeout=40)
    assert after["leader_epoch"] > before["leader_epoch"]

    # The new coordinator answers from the offsets it replicated.
    assert committed_offsets(brokers, GROUP) == committed
    failover_s = time.monotonic() - killed_at

    acked += produce(brokers, COMMITTED_PHASE + TAIL, AFTER)
    b = workers.start("confluent", bootstrap(brokers), GROUP, [TOPIC], "cg-b")
    total = COMMITTED_PHASE + TAIL + AFTER
    wait_for("the second consumer to read everything not committed",
             lambda: len(b.messages()) >= total - COMMITTED_PHASE, timeout=90)
    time.sleep(1)  # anything more it would read twice
    b.close()

    acked_keys = {(p, o): k for p, o, k in acked}
    read_a = [(p, o) for _, p, o, _, _ in a.messages()]
    read_b = [(p, o) for _, p, o, _, _ in b.messages()]
    below_commit = [(p, o) for p, o in read_b if o < committed[p]]
    tail_reread = [(p, o) for p, o in read_b if (p, o) in set(read_a)]
    duplicated = len(read_a) - len(set(read_a)) + len(read_b) - len(set(read_b)) + len(below_commit)
    read = set(read_a) | set(read_b)
    lost = [po for po in acked_keys if po not in read]
    print(f"cluster groups failover: acknowledged={len(acked)} read={len(read)} lost={len(lost)} "
          f"duplicated={duplicated} tail_reread={len(tail_reread)} coordinator={coordinator} "
          f"new_coordinator={after['leader']} failover_s={failover_s:.1f}")
    for _, p, o, k, v in b.messages():
        assert acked_keys[(p, o)] == k and v == "v" + k[1:]
    assert not lost
    assert duplicated == 0, below_commit[:5]
    assert sorted(tail_reread) == sorted(po for po in read_a if po[1] >= committed[po[0]])
    assert len(tail_reread) == TAIL
