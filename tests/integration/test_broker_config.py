"""Broker settings that change what clients see; each test runs its own broker."""
import subprocess

from confluent_kafka import KafkaError, Producer
from confluent_kafka.admin import AdminClient, NewTopic

import kafka_wire as kw
from conftest import Broker


def test_auto_create_disabled(tmp_root):
    broker = Broker(tmp_root / "logs", overrides={"auto.create.topics.enable": "false"}).start()
    try:
        with kw.Client(broker.port) as c:
            md = kw.parse_metadata_v1(c.request(kw.metadata_request, ["not-created"]))
            (t,) = md["topics"]
            assert (t["name"], t["error"], t["partitions"]) == ("not-created", 3, [])  # UNKNOWN_TOPIC_OR_PARTITION
        p = Producer({"bootstrap.servers": broker.bootstrap, "message.timeout.ms": 2000})
        errs = []
        p.produce("not-created", value=b"x", on_delivery=lambda e, m: errs.append(e))
        p.flush(10)
        assert len(errs) == 1 and errs[0] is not None
        assert errs[0].code() in (KafkaError.UNKNOWN_TOPIC_OR_PART, KafkaError._MSG_TIMED_OUT,
                                  KafkaError._UNKNOWN_TOPIC), errs[0]
        # Explicit creation still works.
        a = AdminClient({"bootstrap.servers": broker.bootstrap})
        a.create_topics([NewTopic("created", 1, 1)])["created"].result(timeout=20)
        with kw.Client(broker.port) as c:
            (t,) = kw.parse_metadata_v1(c.request(kw.metadata_request, ["created"]))["topics"]
            assert t["error"] == 0 and len(t["partitions"]) == 1
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def test_num_partitions_for_auto_created_topics(tmp_root):
    broker = Broker(tmp_root / "logs", overrides={"num.partitions": "4"}).start()
    try:
        proc = subprocess.run(["kcat", "-b", broker.bootstrap, "-P", "-t", "auto4"], input=b"a\nb\n",
                              capture_output=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        with kw.Client(broker.port) as c:
            (t,) = kw.parse_metadata_v1(c.request(kw.metadata_request, ["auto4"]))["topics"]
            assert sorted(p["partition"] for p in t["partitions"]) == [0, 1, 2, 3]
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def test_advertised_listener(tmp_root):
    broker = Broker(tmp_root / "logs")
    broker.overrides["advertised.listeners"] = f"PLAINTEXT://localhost:{broker.port}"
    broker.start()
    try:
        with kw.Client(broker.port) as c:
            md = kw.parse_metadata_v1(c.request(kw.metadata_request, []))
            assert md["brokers"] == [(0, "localhost", broker.port, None)]
        # A client bootstrapped on 127.0.0.1 then uses the advertised name.
        proc = subprocess.run(["kcat", "-b", broker.bootstrap, "-L", "-J"], capture_output=True, timeout=60)
        assert proc.returncode == 0
        assert f'"name":"localhost:{broker.port}"' in proc.stdout.decode()
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()


def test_idle_connections_are_closed_after_connections_max_idle_ms(tmp_root):
    import time
    broker = Broker(tmp_root / "logs", overrides={"connections.max.idle.ms": "1000"}).start()
    try:
        idle = kw.connect(broker.port)
        busy = kw.Client(broker.port)
        start = time.monotonic()
        while time.monotonic() - start < 2.5:
            busy.request(kw.api_versions_request)  # active: stays open
            time.sleep(0.2)
        assert kw.is_closed_by_peer(idle, timeout=5), "idle connection still open"
        busy.request(kw.api_versions_request)
        busy.close()
        idle.close()
    finally:
        if broker.alive():
            assert broker.stop() == 0, broker.output()
