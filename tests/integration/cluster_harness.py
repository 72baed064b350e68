"""ZooKeeper-mode test clusters: a real ZooKeeper 3.8 server
(tests/cluster/zookeeper/zk-server.sh, from tests/reference's jars) and Gannet
brokers started with zookeeper.connect, on loopback. The fault tests use
kill() (SIGKILL), pause()/resume() (SIGSTOP/SIGCONT) and the ZooKeeper's
restart(); each cluster is started once per test module."""

import json
import os
import pathlib
import subprocess
import time

from kazoo.client import KazooClient

from conftest import Broker, free_port

REPO = pathlib.Path(__file__).resolve().parents[2]
ZK_SERVER = REPO / "tests" / "cluster" / "zookeeper" / "zk-server.sh"


class ZooKeeper:
    """One ZooKeeper server in `dir`, stopped with the test process. `host` and
    `prefix` (an `ip netns exec NS` command) place it in a network namespace."""

    def __init__(self, dir, port=None, tick_time_ms=500, host="127.0.0.1", prefix=()):
        self.dir = pathlib.Path(dir)
        self.host = host
        self.prefix = list(prefix)
        self.port = port or free_port()
        self.env = dict(os.environ, ZK_DIR=str(self.dir), ZK_PORT=str(self.port), ZK_OWNER_PID=str(os.getpid()),
                        ZK_TICK_TIME=str(tick_time_ms), ZK_HOST=host)
        self._client = None

    @property
    def connect(self):
        return f"{self.host}:{self.port}"

    def _run(self, cmd):
        r = subprocess.run(self.prefix + [str(ZK_SERVER), cmd], env=self.env, capture_output=True, text=True,
                           timeout=90)
        if r.returncode != 0:
            raise RuntimeError(f"zk-server.sh {cmd} failed ({r.returncode}): {r.stderr}")
        return r.stdout.strip()

    def start(self):
        self._run("start")
        return self

    def stop(self):
        if self._client is not None:
            self._client.stop()
            self._client.close()
            self._client = None
        self._run("stop")

    def restart(self):
        self._run("restart")

    def client(self):
        """A kazoo client for reading what the brokers wrote."""
        if self._client is None:
            self._client = KazooClient(hosts=self.connect, timeout=10)
            self._client.start(timeout=15)
        return self._client

    def get_json(self, path):
        data, stat = self.client().get(path)
        return json.loads(data.decode()), stat


class ClusterBroker(Broker):
    """A Gannet broker in ZooKeeper mode; `host` and `prefix` (an `ip netns
    exec NS` command) place it in a network namespace."""

    def __init__(self, log_dir, broker_id, zk_connect, port=None, overrides=None, host="127.0.0.1", prefix=()):
        super().__init__(log_dir, port=port or (9092 if prefix else None), overrides=overrides)
        self.broker_id = broker_id
        self.zk_connect = zk_connect
        self.host = host
        self.prefix = list(prefix)

    @property
    def bootstrap(self):
        return f"{self.host}:{self.port}"

    def config_text(self):
        return (
            f"broker.id: {self.broker_id}\n"
            f"listeners: PLAINTEXT://{self.host}:{self.port}\n"
            f"log.dirs: {self.log_dir}\n"
            f"zookeeper.connect: {self.zk_connect}\n"
            "zookeeper.session.timeout.ms: 6000\n"
            "num.partitions: 1\n"
            "default.replication.factor: 1\n"
            "offsets.topic.replication.factor: 1\n"
            "transaction.state.log.replication.factor: 1\n"
            "transaction.state.log.min.isr: 1\n"
        )

    def pause(self):
        os.kill(self.proc.pid, 19)  # SIGSTOP

    def resume(self):
        os.kill(self.proc.pid, 18)  # SIGCONT


def wait_for(what, fn, timeout=20, interval=0.05):
    """Polls fn() until it returns a true value; fails with `what` after timeout."""
    deadline = time.monotonic() + timeout
    while True:
        v = fn()
        if v:
            return v
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)
