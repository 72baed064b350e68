"""Replication between three Gannet brokers in ZooKeeper mode. Topics are
created the way Kafka's admin path (kafka-topics --zookeeper, AdminZkClient)
does it: /config/topics/<t> first, then /brokers/topics/<t> with the
assignment and a topic id. The controller elects leaders and sends
LeaderAndIsr; every replica then hosts the partition, the followers fetch from
the leader, and their segment files hold the leader's bytes exactly. acks=all
Produces complete only once the whole ISR has the batch; min.insync.replicas
refusals have Kafka's codes; StopReplica with deletion removes every replica.

Requests go over the wire (kafka_wire) to the leader named by the partition's
state znode, so this suite depends on nothing but LeaderAndIsr, Fetch and
Produce. One ZooKeeper and three brokers for the module."""

import base64
import json
import os
import time

import pytest

import kafka_wire as kw
from cluster_harness import ClusterBroker, ZooKeeper, wait_for

NONE, NOT_LEADER_OR_FOLLOWER, REQUEST_TIMED_OUT, NOT_ENOUGH_REPLICAS = 0, 6, 7, 19
SEGMENT = "00000000000000000000.log"

# No ISR shrink while a follower is paused for a few seconds: the acks=all wait
# must come from replication, not from the ISR getting smaller.
OVERRIDES = {"replica.lag.time.max.ms": "60000", "replica.fetch.wait.max.ms": "100",
             "replica.high.watermark.checkpoint.interval.ms": "500"}


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    root = tmp_path_factory.mktemp("replication")
    zk = ZooKeeper(root / "zk").start()
    brokers = {}
    try:
        for i in (1, 2, 3):
            brokers[i] = ClusterBroker(root / f"broker-{i}", i, zk.connect, overrides=OVERRIDES).start()
        wait_for("three registered brokers",
                 lambda: sorted(zk.client().get_children("/brokers/ids")) == ["1", "2", "3"], timeout=30)
        wait_for("a controller", lambda: zk.client().exists("/controller"), timeout=30)
        yield zk, brokers
    finally:
        for b in brokers.values():
            if b.alive():
                b.resume()
                b.stop()
        zk.stop()


def new_topic_id():
    while True:
        raw = os.urandom(16)
        text = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        if any(raw) and not text.startswith("-"):
            return text


def create_topic(zk, name, assignment, config=None):
    """AdminZkClient.createTopicWithAssignment: the config znode, then the assignment."""
    c = zk.client()
    c.create(f"/config/topics/{name}", json.dumps({"version": 1, "config": config or {}}).encode(), makepath=True)
    znode = {"partitions": {str(p): r for p, r in assignment.items()}, "topic_id": new_topic_id(),
             "adding_replicas": {}, "removing_replicas": {}, "version": 3}
    c.create(f"/brokers/topics/{name}", json.dumps(znode).encode(), makepath=True)


def state(zk, topic, partition):
    try:
        data, _ = zk.client().get(f"/brokers/topics/{topic}/partitions/{partition}/state")
    except Exception:
        return None
    return json.loads(data)


def produce(broker, topic, partition, values, acks=-1, timeout_ms=10000):
    """(error, base offset) of one batch sent with Produce v3."""
    with kw.connect(broker.port, timeout=timeout_ms / 1000 + 10) as s:
        s.sendall(kw.produce_request(1, topic, partition, kw.record_batch(values), acks=acks, timeout_ms=timeout_ms))
        corr, payload = kw.recv_frame(s)
    assert corr == 1
    ((_, (p,)),) = kw.parse_produce_v3(payload)
    return p["error"], p["base_offset"]


def fetch(broker, topic, partition, offset=0):
    with kw.connect(broker.port) as s:
        s.sendall(kw.fetch_request(2, topic, partition, offset))
        corr, payload = kw.recv_frame(s)
    assert corr == 2
    ((_, (p,)),) = kw.parse_fetch_v4(payload)["topics"]
    return p


def segment(broker, topic, partition):
    path = broker.log_dir / f"{topic}-{partition}" / SEGMENT
    try:
        return path.read_bytes()
    except OSError:
        return None


def checkpointed_hw(broker, topic, partition):
    """The high watermark in replication-offset-checkpoint (version 0, count, "topic partition hw")."""
    try:
        lines = (broker.log_dir / "replication-offset-checkpoint").read_text().splitlines()
    except OSError:
        return None
    assert lines[0] == "0" and int(lines[1]) == len(lines) - 2
    for line in lines[2:]:
        t, p, hw = line.split(" ")
        if t == topic and int(p) == partition:
            return int(hw)
    return None


def led_by_all(zk, topic, partitions, isr):
    return all((state(zk, topic, p) or {}).get("isr") and sorted(state(zk, topic, p)["isr"]) == isr
               for p in partitions)


def test_every_replica_holds_the_leaders_bytes_and_the_high_watermark_advances(cluster):
    zk, brokers = cluster
    create_topic(zk, "replicated", {0: [1, 2, 3], 1: [2, 3, 1]}, {"min.insync.replicas": "2"})
    wait_for("leaders with the whole ISR", lambda: led_by_all(zk, "replicated", (0, 1), [1, 2, 3]), timeout=30)
    for p in (0, 1):
        st = state(zk, "replicated", p)
        assert st["leader"] == (1 if p == 0 else 2) and st["leader_epoch"] == 0
        # Every replica hosts the partition: its log directory and partition.metadata exist.
        for b in brokers.values():
            wait_for(f"replicated-{p} on broker {b.broker_id}",
                     lambda b=b: (b.log_dir / f"replicated-{p}" / "partition.metadata").exists(), timeout=20)

    leader = brokers[1]
    assert produce(leader, "replicated", 0, [b"a", b"b", b"c"]) == (NONE, 0)
    assert produce(leader, "replicated", 0, [b"d", b"e"]) == (NONE, 3)
    assert produce(leader, "replicated", 0, [b"f"]) == (NONE, 5)
    # acks=all answered: the high watermark is past every batch.
    got = fetch(leader, "replicated", 0)
    assert (got["error"], got["high_watermark"]) == (NONE, 6)
    # The followers hold the leader's segment byte for byte (offsets, epochs, CRCs).
    want = segment(leader, "replicated", 0)
    assert want is not None and len(want) > 0
    for i in (2, 3):
        wait_for(f"broker {i}'s copy of replicated-0",
                 lambda i=i: segment(brokers[i], "replicated", 0) == want, timeout=20)
    assert got["records"] == want
    # Only the leader takes writes and serves consumers.
    for i in (2, 3):
        assert produce(brokers[i], "replicated", 0, [b"x"])[0] == NOT_LEADER_OR_FOLLOWER
        assert fetch(brokers[i], "replicated", 0)["error"] == NOT_LEADER_OR_FOLLOWER
    # Partition 1 is led by broker 2 and replicated to 1 and 3.
    assert produce(brokers[2], "replicated", 1, [b"p1"]) == (NONE, 0)
    want1 = segment(brokers[2], "replicated", 1)
    for i in (1, 3):
        wait_for(f"broker {i}'s copy of replicated-1",
                 lambda i=i: segment(brokers[i], "replicated", 1) == want1, timeout=20)
    # The followers' high watermark comes from the leader and is checkpointed.
    for i in (1, 2, 3):
        wait_for(f"broker {i}'s checkpointed high watermark of replicated-0",
                 lambda i=i: checkpointed_hw(brokers[i], "replicated", 0) == 6, timeout=20)


def test_acks_all_completes_only_once_the_whole_isr_has_the_batch(cluster):
    zk, brokers = cluster
    create_topic(zk, "acks-all", {0: [1, 2, 3]})
    wait_for("leader with the whole ISR", lambda: led_by_all(zk, "acks-all", (0,), [1, 2, 3]), timeout=30)
    leader = brokers[1]
    assert produce(leader, "acks-all", 0, [b"first"]) == (NONE, 0)
    brokers[3].pause()
    try:
        # The ISR still names broker 3 (replica.lag.time.max.ms is a minute): the batch is
        # written (offset 1) but not acknowledged before the request's timeout.
        start = time.monotonic()
        assert produce(leader, "acks-all", 0, [b"second"], timeout_ms=2000) == (REQUEST_TIMED_OUT, 1)
        assert time.monotonic() - start >= 1.9
        assert fetch(leader, "acks-all", 0)["high_watermark"] == 1
        # acks=1 is answered after the leader's own append.
        assert produce(leader, "acks-all", 0, [b"third"], acks=1) == (NONE, 2)
    finally:
        brokers[3].resume()
    # Back: broker 3 fetches, the high watermark moves past everything, and the next acks=all
    # completes.
    assert produce(leader, "acks-all", 0, [b"fourth"], timeout_ms=10000) == (NONE, 3)
    assert fetch(leader, "acks-all", 0)["high_watermark"] == 4
    want = segment(leader, "acks-all", 0)
    for i in (2, 3):
        wait_for(f"broker {i}'s copy of acks-all-0", lambda i=i: segment(brokers[i], "acks-all", 0) == want, timeout=20)


def test_an_isr_below_min_insync_replicas_refuses_acks_all_with_kafkas_code(cluster):
    zk, brokers = cluster
    brokers[3].stop()
    try:
        wait_for("broker 3 gone", lambda: "3" not in zk.client().get_children("/brokers/ids"), timeout=20)
        # Created while broker 3 is down: the ISR is the live replicas, 1 and 2.
        create_topic(zk, "min-isr", {0: [1, 2, 3]}, {"min.insync.replicas": "3"})
        wait_for("leader with ISR [1, 2]", lambda: led_by_all(zk, "min-isr", (0,), [1, 2]), timeout=30)
        leader = brokers[1]
        # Kafka's appendRecordsToLeader: refused before writing anything.
        assert produce(leader, "min-isr", 0, [b"refused"]) == (NOT_ENOUGH_REPLICAS, -1)
        assert fetch(leader, "min-isr", 0)["high_watermark"] == 0
        assert produce(leader, "min-isr", 0, [b"acks-1"], acks=1) == (NONE, 0)
        # min.insync.replicas 3 with 3 replicas and 2 in sync: the HW still moves with the ISR.
        wait_for("high watermark 1", lambda: fetch(leader, "min-isr", 0)["high_watermark"] == 1, timeout=20)
        wait_for("broker 2's copy of min-isr-0",
                 lambda: segment(brokers[2], "min-isr", 0) == segment(leader, "min-isr", 0), timeout=20)
    finally:
        brokers[3].start()
    # Back, broker 3 hosts the partition and copies the leader's log.
    wait_for("broker 3's copy of min-isr-0",
             lambda: segment(brokers[3], "min-isr", 0) == segment(brokers[1], "min-isr", 0), timeout=30)


def test_deleting_the_topic_removes_every_replica(cluster):
    zk, brokers = cluster
    for b in brokers.values():
        if not b.alive():
            b.start()
    create_topic(zk, "doomed", {0: [1, 2, 3]})
    wait_for("leader with the whole ISR", lambda: led_by_all(zk, "doomed", (0,), [1, 2, 3]), timeout=30)
    for b in brokers.values():
        wait_for(f"doomed-0 on broker {b.broker_id}", lambda b=b: (b.log_dir / "doomed-0").exists(), timeout=20)
    zk.client().create("/admin/delete_topics/doomed", makepath=True)
    # StopReplica(delete_partition) on every replica: the directory is renamed for deletion.
    for b in brokers.values():
        wait_for(f"doomed-0 deleted on broker {b.broker_id}", lambda b=b: not (b.log_dir / "doomed-0").exists(),
                 timeout=30)
    wait_for("the topic's znodes gone", lambda: not zk.client().exists("/brokers/topics/doomed"), timeout=30)
    assert produce(brokers[1], "doomed", 0, [b"x"])[0] in (NOT_LEADER_OR_FOLLOWER, 3)
