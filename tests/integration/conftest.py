"""Fixtures for the integration tests: a real gannet broker on a free loopback
port with a temporary log directory, driven by unmodified Kafka clients.

GANNET_BIN names the broker binary (ctest passes $<TARGET_FILE:gannet>);
without it, build/src/server/gannet under the repository root is used.
GANNET_EXTERNAL_BOOTSTRAP=host:port points the `broker` fixture at a broker
already running (the reference Kafka 3.9 of tests/reference/, to check a test
against Kafka itself); tests that start or restart their own broker skip then.
"""
import ctypes
import os
import pathlib
import signal
import socket
import subprocess
import tempfile
import time
import uuid

import pytest

import kafka_wire

REPO = pathlib.Path(__file__).resolve().parents[2]


def gannet_bin():
    path = os.environ.get("GANNET_BIN") or str(REPO / "build" / "src" / "server" / "gannet")
    if not os.access(path, os.X_OK):
        pytest.fail(f"gannet binary not found at {path} (set GANNET_BIN)")
    return path


def _die_with_parent():
    """In the child: SIGKILL when the test process dies (a ctest timeout
    kills pytest), so no broker outlives its tests."""
    PR_SET_PDEATHSIG = 1
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Broker:
    """One gannet process. start() waits until it answers ApiVersions."""

    # Where it listens, and the command it runs under (cluster_harness puts
    # brokers in network namespaces with `ip netns exec NS`).
    host = "127.0.0.1"
    prefix = ()

    def __init__(self, log_dir, port=None, overrides=None):
        self.log_dir = pathlib.Path(log_dir)
        self.port = port or free_port()
        self.overrides = dict(overrides or {})
        self.proc = None
        self.starts = 0
        self.output_path = self.log_dir.parent / f"{self.log_dir.name}-broker.log"

    @property
    def bootstrap(self):
        return f"127.0.0.1:{self.port}"

    def config_text(self):
        return (
            "broker.id: 0\n"
            f"listeners: PLAINTEXT://127.0.0.1:{self.port}\n"
            f"log.dirs: {self.log_dir}\n"
            "num.partitions: 1\n"
            "default.replication.factor: 1\n"
            "auto.create.topics.enable: true\n"
            "offsets.topic.replication.factor: 1\n"
            "transaction.state.log.replication.factor: 1\n"
            "transaction.state.log.min.isr: 1\n"
        )

    def start(self, timeout=30):
        assert self.proc is None
        self.log_dir.mkdir(parents=True, exist_ok=True)
        config = self.log_dir.parent / f"{self.log_dir.name}-gannet.yaml"
        config.write_text(self.config_text())
        args = list(self.prefix) + [gannet_bin(), "--config", str(config)]
        for k, v in self.overrides.items():
            args += ["--override", f"{k}={v}"]
        env = {k: v for k, v in os.environ.items() if not k.startswith("KAFKA_")}
        self.starts += 1
        out = open(self.output_path, "ab")
        out.write(f"==== start {self.starts}: {' '.join(args)}\n".encode())
        out.flush()
        self.proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env,
                                     preexec_fn=_die_with_parent)
        out.close()
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None:
                code = self.proc.returncode
                self.proc = None
                raise RuntimeError(f"gannet exited with {code} at startup:\n{self.output()}")
            try:
                kafka_wire.api_versions(self.port, timeout=1.0, host=self.host)
                return self
            except OSError:
                if time.monotonic() > deadline:
                    self.kill()
                    raise RuntimeError(f"gannet did not answer within {timeout}s:\n{self.output()}")
                time.sleep(0.05)

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def stop(self, timeout=30):
        """SIGTERM (a graceful stop); returns the exit code."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGTERM)
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            self.proc = None
            raise AssertionError(f"gannet did not stop within {timeout}s of SIGTERM:\n{self.output()}")
        self.proc = None
        return code

    def kill(self):
        """SIGKILL: a crash."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def output(self, tail=60):
        try:
            lines = self.output_path.read_text(errors="replace").splitlines()
        except OSError:
            return ""
        return "\n".join(lines[-tail:])

    def assert_serving(self):
        """The broker is up and answers a normal request on a new connection."""
        assert self.alive(), f"gannet died:\n{self.output()}"
        resp = kafka_wire.api_versions(self.port, timeout=10.0, host=self.host)
        assert resp.error_code == 0


def start_broker(tmp_root, name="broker", overrides=None):
    return Broker(pathlib.Path(tmp_root) / name, overrides=overrides).start()


def stop_and_check(broker):
    alive = broker.alive()
    code = broker.stop() if alive else None
    assert alive, f"gannet died during the tests:\n{broker.output()}"
    assert code == 0, f"gannet exited with {code} after SIGTERM:\n{broker.output()}"


class ExternalBroker:
    """A broker this test run did not start (GANNET_EXTERNAL_BOOTSTRAP)."""

    def __init__(self, bootstrap):
        self.bootstrap = bootstrap
        self.port = int(bootstrap.rsplit(":", 1)[1])
        self.proc = None

    def alive(self):
        return True

    def output(self, tail=60):
        return "(external broker: no output)"

    def assert_serving(self):
        assert kafka_wire.api_versions(self.port, timeout=10.0).error_code == 0


def external_bootstrap():
    return os.environ.get("GANNET_EXTERNAL_BOOTSTRAP")


def skip_if_external(why="starts its own gannet"):
    if external_bootstrap():
        pytest.skip(f"GANNET_EXTERNAL_BOOTSTRAP is set and this test {why}")


@pytest.fixture(scope="module")
def broker(request):
    """A broker shared by every test of a module; stopped with SIGTERM at the
    end, which must exit 0. BROKER_OVERRIDES are not applied to an external
    broker: start it with the same settings."""
    if external_bootstrap():
        yield ExternalBroker(external_bootstrap())
        return
    overrides = getattr(request.module, "BROKER_OVERRIDES", None)
    with tempfile.TemporaryDirectory(prefix="gannet-it-") as tmp:
        b = start_broker(tmp, overrides=overrides)
        try:
            yield b
        finally:
            if b.proc is not None:
                stop_and_check(b)


@pytest.fixture
def tmp_root():
    with tempfile.TemporaryDirectory(prefix="gannet-it-") as tmp:
        yield pathlib.Path(tmp)


@pytest.fixture
def topic_name(request):
    """A fresh topic name per test."""
    base = "".join(c if c.isalnum() else "-" for c in request.node.name)[:80]
    return f"{base}-{uuid.uuid4().hex[:8]}"
