"""Fixtures of the differential test: Apache Kafka 3.9.1 (tests/reference/start-kafka.sh)
and Gannet, each started once for the whole run, fresh, with the same settings.

Environment:
  GANNET_BIN            the broker binary (default build/src/server/gannet)
  DIFF_KAFKA_BOOTSTRAP  host:port of a reference Kafka already running (then it is not
                        started or stopped here; its topics must not clash with ours)
  REF_KAFKA_PORT, REF_ZK_PORT, REF_RUN, REF_DIST   passed to start-kafka.sh (env.sh defaults)
"""
import ctypes
import os
import pathlib
import signal
import socket
import subprocess
import tempfile
import time

import pytest

import kafka_schema

REPO = pathlib.Path(__file__).resolve().parents[2]
REF = REPO / "tests" / "reference"

# The reference broker's server.properties (start-kafka.sh) in Gannet's terms: the same
# static broker settings, so that config values *and* their sources compare equal.
GANNET_CONFIG = """\
broker.id: 0
listeners: PLAINTEXT://127.0.0.1:{port}
advertised.listeners: PLAINTEXT://127.0.0.1:{port}
log.dirs: {log_dir}
num.network.threads: 3
num.io.threads: 8
socket.send.buffer.bytes: 102400
socket.receive.buffer.bytes: 102400
socket.request.max.bytes: 104857600
num.partitions: 1
num.recovery.threads.per.data.dir: 1
offsets.topic.replication.factor: 1
transaction.state.log.replication.factor: 1
transaction.state.log.min.isr: 1
log.retention.hours: 168
log.retention.check.interval.ms: 300000
group.initial.rebalance.delay.ms: 0
# Kafka's ZooKeeper settings. Gannet runs standalone here: with zookeeper.connect it would
# join a ZooKeeper (docs/cluster.md), so that one key is left out and not compared
# (test_differential.py, BROKER_KEYS_NOT_COMPARED).
zookeeper.connection.timeout.ms: 18000
"""


def _die_with_parent():
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(port):
    try:
        c = kafka_schema.Connection(port, timeout=2.0)
        ok = c.call("ApiVersions", 0).get("ErrorCode") == 0
        c.close()
        return ok
    except OSError:
        return False


@pytest.fixture(scope="session")
def kafka_port():
    given = os.environ.get("DIFF_KAFKA_BOOTSTRAP")
    if given:
        yield int(given.rsplit(":", 1)[1])
        return
    out = subprocess.run([str(REF / "start-kafka.sh")], stdout=subprocess.PIPE, text=True)
    if out.returncode != 0:
        pytest.fail("the reference Kafka did not start (tests/reference/start-kafka.sh)")
    try:
        yield int(out.stdout.strip().rsplit(":", 1)[1])
    finally:
        subprocess.run([str(REF / "stop-kafka.sh")], stdout=subprocess.DEVNULL)


@pytest.fixture(scope="session")
def gannet_port():
    binary = os.environ.get("GANNET_BIN") or str(REPO / "build" / "src" / "server" / "gannet")
    if not os.access(binary, os.X_OK):
        pytest.fail(f"gannet binary not found at {binary} (set GANNET_BIN)")
    with tempfile.TemporaryDirectory(prefix="gannet-diff-") as tmp:
        port = _free_port()
        config = pathlib.Path(tmp) / "gannet.yaml"
        config.write_text(GANNET_CONFIG.format(port=port, log_dir=pathlib.Path(tmp) / "logs"))
        log = open(pathlib.Path(tmp) / "gannet.log", "wb")
        env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_")}
        proc = subprocess.Popen([binary, "--config", str(config)], stdout=log, stderr=subprocess.STDOUT,
                                env=env, preexec_fn=_die_with_parent)
        deadline = time.monotonic() + 30
        while not _answers(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("gannet did not start:\n" + (pathlib.Path(tmp) / "gannet.log").read_text())
            time.sleep(0.05)
        try:
            yield port
        finally:
            proc.send_signal(signal.SIGTERM)
            code = proc.wait(30)
            log.close()
            assert code == 0, "gannet exited with %d:\n%s" % (code, (pathlib.Path(tmp) / "gannet.log").read_text()[-4000:])


class Pair:
    """One connection to each broker. call() sends the same request to both and returns
    (kafka's answer, gannet's answer) as dicts."""

    def __init__(self, kafka_port, gannet_port):
        self.kafka = kafka_schema.Connection(kafka_port)
        self.gannet = kafka_schema.Connection(gannet_port)

    def call(self, api, version, body=None):
        return self.kafka.call(api, version, body), self.gannet.call(api, version, body)

    def raw(self, frame):
        return self.kafka.send_raw(frame), self.gannet.send_raw(frame)

    def close(self):
        self.kafka.close()
        self.gannet.close()


@pytest.fixture
def pair(kafka_port, gannet_port):
    p = Pair(kafka_port, gannet_port)
    yield p
    p.close()
