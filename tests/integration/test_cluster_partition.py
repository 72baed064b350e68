"""Network partitions in ZooKeeper mode: ZooKeeper and three brokers, each in
its own network namespace on a bridge (netns.py). A broker cut off from
ZooKeeper only loses its session: its registration goes, and if it was the
controller another broker takes over within the session timeout; healed, it
registers again with a new broker epoch and does not take /controller back.
A broker cut off from everyone (link down) likewise. Traffic goes only to the
namespaces' own addresses."""

import json
import time

import pytest

import netns
from cluster_harness import ClusterBroker, ZooKeeper, wait_for

pytestmark = pytest.mark.skipif(not netns.available(), reason="needs root and ip netns")

SESSION_TIMEOUT_S = 6


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    root = tmp_path_factory.mktemp("partition")
    topo = netns.Topology(["zk", "b1", "b2", "b3"])
    zk = None
    brokers = {}
    try:
        zk = ZooKeeper(root / "zk", port=2181, host=topo.addr("zk"), prefix=topo.exec_prefix("zk")).start()
        for i in (1, 2, 3):
            name = f"b{i}"
            brokers[i] = ClusterBroker(root / f"broker-{i}", i, zk.connect, host=topo.addr(name),
                                       prefix=topo.exec_prefix(name)).start()
        yield topo, zk, brokers
    finally:
        for b in brokers.values():
            if b.alive():
                b.kill()
        if zk is not None:
            zk.stop()
        topo.close()


def registered(zk):
    return sorted(int(c) for c in zk.client().get_children("/brokers/ids"))


def controller_id(zk):
    try:
        return json.loads(zk.client().get("/controller")[0])["brokerid"]
    except Exception:
        return None


def other_controller(zk, than):
    c = controller_id(zk)
    return c if c not in (None, than) else None


def test_brokers_in_their_namespaces_register_their_own_addresses(cluster):
    topo, zk, brokers = cluster
    wait_for("three registrations", lambda: registered(zk) == [1, 2, 3], timeout=30)
    for i, b in brokers.items():
        reg = json.loads(zk.client().get(f"/brokers/ids/{i}")[0])
        assert reg["endpoints"] == [f"PLAINTEXT://{topo.addr(f'b{i}')}:9092"]
        b.assert_serving()


@pytest.mark.parametrize("cut", ["zookeeper_only", "everyone"])
def test_controller_partitioned_away_is_replaced_and_rejoins_as_a_broker(cluster, cut):
    topo, zk, brokers = cluster
    wait_for("three registrations", lambda: registered(zk) == [1, 2, 3], timeout=30)
    victim = wait_for("a controller", lambda: controller_id(zk), timeout=20)
    name = f"b{victim}"
    old_czxid = zk.client().get(f"/brokers/ids/{victim}")[1].czxid
    started = time.monotonic()
    if cut == "zookeeper_only":
        topo.cut_from(name, "zk")
    else:
        topo.cut(name)
    try:
        new = wait_for("another controller", lambda: other_controller(zk, victim), timeout=SESSION_TIMEOUT_S + 10)
        took = time.monotonic() - started
        assert victim not in registered(zk)
        assert brokers[victim].alive()
    finally:
        topo.heal(name)
    wait_for("the healed broker registered again", lambda: victim in registered(zk), timeout=30)
    healed_after = time.monotonic() - started
    assert zk.client().get(f"/brokers/ids/{victim}")[1].czxid > old_czxid
    time.sleep(1)
    assert controller_id(zk) == new
    brokers[victim].assert_serving()
    print(f"cut {cut}: controller {victim} replaced by {new} after {took:.2f}s; registered again "
          f"{healed_after:.2f}s after the cut")
