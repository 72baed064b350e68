"""The fault suites' cluster: one ZooKeeper 3.8 and three brokers in ZooKeeper
mode, either Gannet or Apache Kafka 3.9.1 (the specification), chosen by

  GANNET_CLUSTER_IMPL=gannet   (default) build/src/server/gannet, as `make test` runs it
  GANNET_CLUSTER_IMPL=kafka    kafka.Kafka from the jars tests/reference/fetch.sh lays out

The same test code runs against both: what it reads of the cluster comes from
ZooKeeper (Kafka's znodes, which Gannet writes byte for byte) and from the Kafka
protocol, never from an implementation's own logs. Both get the same settings
(SETTINGS below, Kafka's property names): a 6 s ZooKeeper session, RF 3 for
the internal topics, no automatic leader rebalance (so that only the faults move
leaders), no unclean election.

Brokers may be placed in network namespaces (netns.py) with `host` and `prefix`,
as cluster_harness.ClusterBroker."""

import json
import os
import pathlib
import signal
import subprocess
import time

import pytest

import kafka_wire
from cluster_harness import ClusterBroker, ZooKeeper, wait_for
from conftest import Broker, _die_with_parent

REPO = pathlib.Path(__file__).resolve().parents[2]
REF_DIR = REPO / "tests" / "reference"
IMPL = os.environ.get("GANNET_CLUSTER_IMPL", "gannet")
SESSION_TIMEOUT_S = 6

SETTINGS = {
    "zookeeper.session.timeout.ms": "6000",
    "num.partitions": "1",
    "default.replication.factor": "3",
    "offsets.topic.replication.factor": "3",
    "offsets.topic.num.partitions": "3",
    "transaction.state.log.replication.factor": "3",
    "transaction.state.log.min.isr": "2",
    "group.initial.rebalance.delay.ms": "0",
    "auto.leader.rebalance.enable": "false",
    "unclean.leader.election.enable": "false",
    "auto.create.topics.enable": "false",
}


def ref_libs():
    r = subprocess.run([str(REF_DIR / "fetch.sh")], capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        pytest.fail(f"tests/reference/fetch.sh failed: {r.stderr}")
    return r.stdout.strip()


class GannetBroker(ClusterBroker):
    impl = "gannet"

    def config_text(self):
        lines = [
            f"broker.id: {self.broker_id}",
            f"listeners: PLAINTEXT://{self.host}:{self.port}",
            f"log.dirs: {self.log_dir}",
            f"zookeeper.connect: {self.zk_connect}",
        ]
        lines += [f"{k}: {v}" for k, v in SETTINGS.items()]
        return "\n".join(lines) + "\n"


class KafkaBroker(Broker):
    """Apache Kafka 3.9.1 (kafka.Kafka) with the same interface as
    GannetBroker: start() returns once it answers ApiVersions and is
    registered in ZooKeeper; kill(), pause(), resume(), stop()."""

    impl = "kafka"

    def __init__(self, log_dir, broker_id, zk_connect, zk, port=None, overrides=None, host="127.0.0.1", prefix=()):
        super().__init__(log_dir, port=port or (9092 if prefix else None), overrides=overrides)
        self.broker_id = broker_id
        self.zk_connect = zk_connect
        self.zk = zk
        self.host = host
        self.prefix = list(prefix)
        self.logs_dir = self.log_dir.parent / f"{self.log_dir.name}-kafka-logs"

    @property
    def bootstrap(self):
        return f"{self.host}:{self.port}"

    def properties(self):
        props = {
            "broker.id": str(self.broker_id),
            "listeners": f"PLAINTEXT://{self.host}:{self.port}",
            "advertised.listeners": f"PLAINTEXT://{self.host}:{self.port}",
            "log.dirs": str(self.log_dir),
            "zookeeper.connect": self.zk_connect,
            "num.network.threads": "2",
            "num.io.threads": "4",
            "num.recovery.threads.per.data.dir": "1",
        }
        props.update(SETTINGS)
        props.update({k: str(v) for k, v in self.overrides.items()})
        return props

    def start(self, timeout=90):
        assert self.proc is None
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        config = self.log_dir.parent / f"{self.log_dir.name}-server.properties"
        config.write_text("".join(f"{k}={v}\n" for k, v in self.properties().items()))
        args = list(self.prefix) + [
            "java", "-Xmx512M", "-Xms128M", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true",
            f"-Dkafka.logs.dir={self.logs_dir}",
            f"-Dlog4j.configuration=file:{REF_DIR / 'config' / 'log4j-server.properties'}",
            "-cp", f"{ref_libs()}/*", "kafka.Kafka", str(config)]
        self.starts += 1
        out = open(self.output_path, "ab")
        out.write(f"==== start {self.starts}: {' '.join(args)}\n".encode())
        out.flush()
        env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_")}
        self.proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env,
                                     preexec_fn=_die_with_parent)
        out.close()
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.proc = None
                raise RuntimeError(f"kafka exited with {code} at startup:\n{self.output()}")
            try:
                kafka_wire.api_versions(self.port, timeout=1.0, host=self.host)
                if self.zk.client().exists(f"/brokers/ids/{self.broker_id}"):
                    return self
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"kafka did not start within {timeout}s:\n{self.output()}")
            time.sleep(0.2)

    def output(self, tail=60):
        try:
            lines = (self.logs_dir / "server.log").read_text(errors="replace").splitlines()
        except OSError:
            return super().output(tail)
        return "\n".join(lines[-tail:])

    def pause(self):
        os.kill(self.proc.pid, signal.SIGSTOP)

    def resume(self):
        os.kill(self.proc.pid, signal.SIGCONT)


class Cluster:
    """ZooKeeper and brokers 1..n of IMPL under `root`. `topology` (a
    netns.Topology with hosts "zk", "b1".."bn") places each in its namespace."""

    def __init__(self, root, n=3, topology=None, overrides=None, impl=None):
        impl = impl or IMPL
        self.impl = impl
        self.root = pathlib.Path(root)
        self.topology = topology
        if topology is not None:
            self.zk = ZooKeeper(self.root / "zk", port=2181, host=topology.addr("zk"),
                                prefix=topology.exec_prefix("zk"))
        else:
            self.zk = ZooKeeper(self.root / "zk")
        self.zk.start()
        self.brokers = {}
        for i in range(1, n + 1):
            where = {}
            if topology is not None:
                where = dict(host=topology.addr(f"b{i}"), prefix=topology.exec_prefix(f"b{i}"))
            if impl == "kafka":
                b = KafkaBroker(self.root / f"broker-{i}", i, self.zk.connect, self.zk, overrides=overrides, **where)
            else:
                b = GannetBroker(self.root / f"broker-{i}", i, self.zk.connect, overrides=overrides, **where)
            self.brokers[i] = b
        for b in self.brokers.values():
            b.start()
        wait_for("every broker registered", lambda: self.registered() == sorted(self.brokers), timeout=60)
        wait_for("a controller", lambda: self.controller_id() in self.brokers, timeout=60)

    def close(self):
        for b in self.brokers.values():
            if b.alive():
                try:
                    b.resume()
                except Exception:
                    pass
                b.kill()
        self.zk.stop()

    @property
    def bootstrap(self):
        return ",".join(b.bootstrap for b in self.brokers.values())

    def logs(self, tail=40):
        """The tail of every broker's log, for failure messages."""
        return "\n".join(f"---- broker {i} ({b.impl})\n{b.output(tail)}" for i, b in self.brokers.items())

    # ---- what ZooKeeper says ----------------------------------------------------------

    def registered(self):
        try:
            return sorted(int(c) for c in self.zk.client().get_children("/brokers/ids"))
        except Exception:
            return []

    def controller_id(self):
        try:
            return json.loads(self.zk.client().get("/controller")[0])["brokerid"]
        except Exception:
            return None

    def controller_epoch(self):
        return int(self.zk.client().get("/controller_epoch")[0])

    def partition_state(self, topic, partition):
        """/brokers/topics/<t>/partitions/<p>/state: leader, leader_epoch, isr."""
        try:
            data, _ = self.zk.client().get(f"/brokers/topics/{topic}/partitions/{partition}/state")
            return json.loads(data)
        except Exception:
            return None

    def assignment(self, topic):
        data, _ = self.zk.client().get(f"/brokers/topics/{topic}")
        return {int(p): r for p, r in json.loads(data)["partitions"].items()}

    def leader(self, topic, partition):
        s = self.partition_state(topic, partition)
        return s["leader"] if s and s["leader"] >= 0 else None

    def wait_full_isr(self, topic, partitions, timeout=60):
        """Every partition has a leader and all its replicas in the ISR."""
        want = {p: sorted(r) for p, r in self.assignment(topic).items() if p in partitions}

        def full():
            for p in partitions:
                s = self.partition_state(topic, p)
                if not s or s["leader"] < 0 or sorted(s["isr"]) != want[p]:
                    return False
            return True

        try:
            wait_for(f"every replica of {topic} in the ISR", full, timeout=timeout, interval=0.2)
        except AssertionError:
            states = {p: self.partition_state(topic, p) for p in partitions}
            raise AssertionError(f"ISR of {topic} not full after {timeout}s: {states}\n{self.logs()}")

    def ensure_running(self):
        """Every broker running, resumed and registered; a controller."""
        for b in self.brokers.values():
            if b.alive():
                b.resume()
            else:
                b.start()
        wait_for("every broker registered", lambda: self.registered() == sorted(self.brokers), timeout=60)
        wait_for("a controller", lambda: self.controller_id() in self.brokers, timeout=60)


def make_cluster(root, **kwargs):
    if kwargs.get("impl", IMPL) == "kafka":
        ref_libs()
    return Cluster(root, **kwargs)


def gannet_xfail_until_replication():
    """pytest marks for the Gannet runs while its cluster mode is incomplete
    (docs/cluster.md, "What works today"); none for Kafka. Replication is
    wired; removed once Metadata and CreateTopics come from ZooKeeper.
    GANNET_FAULTS_STRICT=1 runs them as plain tests (with
    GANNET_FAULTS_CREATE_IN_ZK=1 to get past CreateTopics)."""
    if IMPL == "kafka" or os.environ.get("GANNET_FAULTS_STRICT") == "1":
        return []
    # Not strict while the pieces land one by one: a test that starts passing
    # shows as XPASS in the suite's summary line instead of failing the run.
    return [pytest.mark.xfail(strict=False, reason="Gannet's cluster mode is still being wired: Metadata and "
                                                   "CreateTopics from ZooKeeper, AlterPartition at the controller; "
                                                   "earlier failures: CreateTopics RF 3 "
                                                   "INVALID_REPLICATION_FACTOR, Metadata listing only the broker "
                                                   "asked")]
