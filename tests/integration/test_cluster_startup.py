"""ZooKeeper mode at start-up: a broker given zookeeper.connect never runs
standalone. When ZooKeeper cannot be reached within
zookeeper.connection.timeout.ms it stops with Kafka's message and a non-zero
exit code, before it listens."""

import pathlib
import subprocess
import time

from conftest import free_port, gannet_bin


def run_until_exit(tmp_root, overrides, timeout):
    log_dir = pathlib.Path(tmp_root) / "zk-broker"
    port = free_port()
    args = [gannet_bin(), "--override", "broker.id=1", "--override", f"listeners=PLAINTEXT://127.0.0.1:{port}",
            "--override", f"log.dirs={log_dir}"]
    for k, v in overrides.items():
        args += ["--override", f"{k}={v}"]
    started = time.monotonic()
    r = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    return r, time.monotonic() - started


def test_unreachable_zookeeper_stops_the_broker_within_the_connection_timeout(tmp_root):
    closed = free_port()  # nothing listens here
    r, took = run_until_exit(tmp_root, {"zookeeper.connect": f"127.0.0.1:{closed}",
                                        "zookeeper.connection.timeout.ms": "1500"}, timeout=30)
    out = r.stdout + r.stderr
    print(f"exit {r.returncode} after {took:.1f}s")
    assert r.returncode == 1, out
    assert "Timed out waiting for connection while in state: CONNECTING" in out, out
    assert "listening on" not in out, out
    # The timeout bounds the wait: 1.5 s plus start-up, never the 18 s session timeout.
    assert 1.4 <= took < 10, out


def test_connection_timeout_defaults_to_the_session_timeout(tmp_root):
    closed = free_port()
    r, took = run_until_exit(tmp_root, {"zookeeper.connect": f"127.0.0.1:{closed}",
                                        "zookeeper.session.timeout.ms": "2000"}, timeout=30)
    out = r.stdout + r.stderr
    print(f"exit {r.returncode} after {took:.1f}s")
    assert r.returncode == 1, out
    assert "Timed out waiting for connection while in state: CONNECTING" in out, out
    assert 1.9 <= took < 10, out


# --- With a ZooKeeper: what a broker writes there and in meta.properties. ---

import pytest  # noqa: E402

from cluster_harness import ClusterBroker, ZooKeeper, wait_for  # noqa: E402


@pytest.fixture(scope="module")
def zookeeper(tmp_path_factory):
    zk = ZooKeeper(tmp_path_factory.mktemp("zk")).start()
    yield zk
    zk.stop()


def meta_properties(log_dir):
    lines = (pathlib.Path(log_dir) / "meta.properties").read_text().splitlines()
    return dict(l.split("=", 1) for l in lines if "=" in l and not l.startswith("#"))


def test_first_broker_creates_the_cluster_id_and_the_top_level_paths(zookeeper, tmp_root):
    chroot = "/startup-a"
    b = ClusterBroker(pathlib.Path(tmp_root) / "a", 1, zookeeper.connect + chroot).start()
    try:
        zk = zookeeper.client()
        cluster, _ = zookeeper.get_json(chroot + "/cluster/id")
        assert cluster["version"] == "1"
        assert len(cluster["id"]) == 22
        for p in ["/brokers/ids", "/brokers/topics", "/brokers/seqid", "/config/topics", "/config/brokers",
                  "/config/changes", "/admin/delete_topics", "/isr_change_notification",
                  "/latest_producer_id_block", "/log_dir_event_notification", "/consumers"]:
            assert zk.exists(chroot + p) is not None, p
        meta = meta_properties(b.log_dir)
        assert meta == {"version": "0", "broker.id": "1", "cluster.id": cluster["id"]}
    finally:
        b.stop()


def test_broker_id_minus_one_is_generated_from_the_sequence_znode(zookeeper, tmp_root):
    chroot = "/startup-b"
    ids = []
    for name in ["x", "y"]:
        b = ClusterBroker(pathlib.Path(tmp_root) / name, -1, zookeeper.connect + chroot).start()
        ids.append(meta_properties(b.log_dir)["broker.id"])
        b.stop()
    assert ids == ["1001", "1002"]
    # A restart keeps the id meta.properties holds instead of generating another.
    b = ClusterBroker(pathlib.Path(tmp_root) / "x", -1, zookeeper.connect + chroot).start()
    b.stop()
    assert meta_properties(b.log_dir)["broker.id"] == "1001"
    assert "generated broker id" not in b.output(tail=5)


def test_a_log_dir_of_another_cluster_is_refused(zookeeper, tmp_root):
    log_dir = pathlib.Path(tmp_root) / "other"
    log_dir.mkdir(parents=True)
    (log_dir / "meta.properties").write_text("version=0\nbroker.id=1\ncluster.id=AAAAAAAAAAAAAAAAAAAAAA\n")
    r, _ = run_until_exit(tmp_root, {"zookeeper.connect": zookeeper.connect + "/startup-c",
                                     "log.dirs": str(log_dir)}, timeout=30)
    out = r.stdout + r.stderr
    assert r.returncode == 1, out
    assert f"Invalid cluster.id in: {log_dir}/meta.properties. Expected " in out, out
    assert ", but read AAAAAAAAAAAAAAAAAAAAAA" in out, out
    assert "listening on" not in out
