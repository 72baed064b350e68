"""Three Gannet brokers in ZooKeeper mode: each registers /brokers/ids/<id>
with Kafka 3.9's JSON, exactly one holds /controller (fenced by
/controller_epoch), and when the controller dies another broker takes over
within the session timeout. ZooKeeper restarts and a paused broker's session
expiry end with every live broker registered again. One ZooKeeper and one set
of brokers for the whole module; each test leaves the three running."""

import json
import time

import pytest

from cluster_harness import ClusterBroker, ZooKeeper, wait_for

SESSION_TIMEOUT_S = 6  # ClusterBroker's zookeeper.session.timeout.ms


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    root = tmp_path_factory.mktemp("cluster")
    zk = ZooKeeper(root / "zk").start()
    brokers = {i: ClusterBroker(root / f"broker-{i}", i, zk.connect).start() for i in (1, 2, 3)}
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


def controller_epoch(zk):
    data, _ = zk.client().get("/controller_epoch")
    return int(data)


def ensure_all_running(zk, brokers):
    for b in brokers.values():
        if not b.alive():
            b.start()
    wait_for("all three brokers registered", lambda: registered(zk) == [1, 2, 3], timeout=30)
    wait_for("a controller", lambda: controller_id(zk) in (1, 2, 3), timeout=30)


def test_each_broker_registers_with_kafkas_json(cluster):
    zk, brokers = cluster
    ensure_all_running(zk, brokers)
    for i, b in brokers.items():
        data, stat = zk.client().get(f"/brokers/ids/{i}")
        reg = json.loads(data)
        assert stat.ephemeralOwner != 0
        assert int(reg.pop("timestamp")) > 1_700_000_000_000
        assert reg == {"features": {}, "listener_security_protocol_map": {"PLAINTEXT": "PLAINTEXT"},
                       "endpoints": [f"PLAINTEXT://127.0.0.1:{b.port}"], "jmx_port": -1, "port": b.port,
                       "host": "127.0.0.1", "version": 5}
        # Kafka's field order, byte for byte.
        assert data.decode().startswith('{"features":{},"listener_security_protocol_map":{"PLAINTEXT":"PLAINTEXT"},'
                                        f'"endpoints":["PLAINTEXT://127.0.0.1:{b.port}"],"jmx_port":-1,'
                                        f'"port":{b.port},"host":"127.0.0.1","version":5,"timestamp":"')


def test_exactly_one_controller_with_kafkas_json(cluster):
    zk, brokers = cluster
    ensure_all_running(zk, brokers)
    data, stat = zk.client().get("/controller")
    c = json.loads(data)
    assert stat.ephemeralOwner != 0
    assert c["version"] == 2 and c["brokerid"] in (1, 2, 3) and c["kraftControllerEpoch"] == -1
    assert int(c["timestamp"]) > 1_700_000_000_000
    assert list(c) == ["version", "brokerid", "timestamp", "kraftControllerEpoch"]
    assert controller_epoch(zk) >= 1
    # The controller's session owns /controller: it is the broker's registration session.
    _, reg_stat = zk.client().get(f"/brokers/ids/{c['brokerid']}")
    assert stat.ephemeralOwner == reg_stat.ephemeralOwner


def test_controller_killed_another_takes_over_within_the_session_timeout(cluster):
    zk, brokers = cluster
    ensure_all_running(zk, brokers)
    old = controller_id(zk)
    epoch = controller_epoch(zk)
    killed_at = time.monotonic()
    brokers[old].kill()
    new = wait_for("a new controller", lambda: (lambda c: c if c not in (None, old) else None)(controller_id(zk)),
                   timeout=SESSION_TIMEOUT_S + 10)
    took = time.monotonic() - killed_at
    print(f"controller {old} SIGKILLed; broker {new} took over after {took:.2f}s; epoch {epoch} -> "
          f"{controller_epoch(zk)}")
    assert controller_epoch(zk) == epoch + 1
    assert took < SESSION_TIMEOUT_S + 4
    wait_for("the dead broker's registration gone", lambda: old not in registered(zk), timeout=5)
    # It comes back as a plain broker: the controller stays where it is.
    brokers[old].start()
    wait_for("the restarted broker registered", lambda: registered(zk) == [1, 2, 3], timeout=20)
    time.sleep(1)
    assert controller_id(zk) == new
    assert controller_epoch(zk) == epoch + 1


def test_sigterm_removes_the_registration_at_once(cluster):
    zk, brokers = cluster
    ensure_all_running(zk, brokers)
    victim = next(i for i in (1, 2, 3) if i != controller_id(zk))
    assert brokers[victim].stop() == 0
    # A closed session deletes its ephemerals now, not after the session timeout.
    wait_for("the registration gone", lambda: victim not in registered(zk), timeout=2)
    brokers[victim].start()
    wait_for("registered again", lambda: victim in registered(zk), timeout=20)


def test_zookeeper_restart_keeps_every_registration_and_the_controller(cluster):
    zk, brokers = cluster
    ensure_all_running(zk, brokers)
    before = {i: zk.client().get(f"/brokers/ids/{i}")[1].czxid for i in (1, 2, 3)}
    ctrl, epoch = controller_id(zk), controller_epoch(zk)
    zk.stop()
    time.sleep(1)  # well inside the 6 s session timeout
    zk.start()
    wait_for("the registrations", lambda: registered(zk) == [1, 2, 3], timeout=20)
    after = {i: zk.client().get(f"/brokers/ids/{i}")[1].czxid for i in (1, 2, 3)}
    assert after == before  # the same sessions, the same znodes (broker epochs unchanged)
    assert controller_id(zk) == ctrl and controller_epoch(zk) == epoch
    for b in brokers.values():
        b.assert_serving()


def test_paused_broker_whose_session_expired_registers_again(cluster):
    zk, brokers = cluster
    ensure_all_running(zk, brokers)
    victim = controller_id(zk)
    old_czxid = zk.client().get(f"/brokers/ids/{victim}")[1].czxid
    epoch = controller_epoch(zk)
    brokers[victim].pause()
    try:
        wait_for("the paused broker's session to expire", lambda: victim not in registered(zk),
                 timeout=SESSION_TIMEOUT_S + 10)
        new = wait_for("another controller", lambda: (lambda c: c if c not in (None, victim) else None)(
            controller_id(zk)), timeout=10)
    finally:
        brokers[victim].resume()
    # Back from the pause: a new session, a new registration (a new broker epoch), and the
    # deposed controller does not take /controller back.
    wait_for("registered again", lambda: victim in registered(zk), timeout=30)
    assert zk.client().get(f"/brokers/ids/{victim}")[1].czxid > old_czxid
    time.sleep(1)
    assert controller_id(zk) == new
    assert controller_epoch(zk) == epoch + 1
    print(f"broker {victim} paused past its session: re-registered; controller {victim} -> {new}")
