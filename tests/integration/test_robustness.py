"""Robustness with raw sockets: malformed, hostile and idle clients. After
each, the broker must still serve a normal request (and the module's broker
must exit 0 on SIGTERM at the end)."""
import os
import resource
import socket
import struct
import threading
import time

import pytest
from confluent_kafka import Consumer, KafkaError, Producer, TopicPartition, OFFSET_BEGINNING

import kafka_wire as kw

BROKER_OVERRIDES = {"socket.listen.backlog.size": "2048"}

IDLE_CONNECTIONS = 1000

# The broker inherits this process's descriptor limit: room for 1,000 idle
# connections on both sides.
_soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
if _soft != resource.RLIM_INFINITY and _soft < 4096:
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, _hard) if _hard != resource.RLIM_INFINITY else 4096, _hard))


def assert_closed(sock, what):
    assert kw.is_closed_by_peer(sock, timeout=10), f"broker kept the connection open after {what}"


def assert_open(sock, port):
    """The connection still serves requests: ApiVersions v0 on it answers."""
    sock.settimeout(10)
    sock.sendall(kw.api_versions_request(4242))
    corr, payload = kw.recv_frame(sock)
    assert corr == 4242
    assert kw.parse_api_versions_v0(corr, payload).error_code == 0


def round_trip(broker, topic, n=100):
    """A normal client produces n messages and reads them back exactly."""
    p = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all", "linger.ms": 5})
    errors = []
    for i in range(n):
        p.produce(topic, key=str(i).encode(), value=f"v{i}".encode(), partition=0,
                  on_delivery=lambda err, msg: errors.append(err) if err else None)
    assert p.flush(30) == 0
    assert errors == []
    c = Consumer({"bootstrap.servers": broker.bootstrap, "group.id": "unused",
                  "enable.auto.commit": False, "enable.partition.eof": True})
    try:
        c.assign([TopicPartition(topic, 0, OFFSET_BEGINNING)])
        got = []
        deadline = time.monotonic() + 30
        while True:
            assert time.monotonic() < deadline
            m = c.poll(0.5)
            if m is None:
                continue
            if m.error():
                assert m.error().code() == KafkaError._PARTITION_EOF
                break
            got.append((m.key(), m.value()))
        return got
    finally:
        c.close()


@pytest.fixture(autouse=True)
def still_serving(broker):
    yield
    broker.assert_serving()


def test_garbage_bytes_close_the_connection(broker):
    with kw.connect(broker.port) as s:
        s.sendall(b"GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")  # size prefix 0x47455420
        assert_closed(s, "an HTTP request")
    with kw.connect(broker.port) as s:
        junk = bytes((i * 37 + 11) % 256 for i in range(60))
        s.sendall(struct.pack(">i", len(junk)) + junk)
        assert_closed(s, "60 bytes of garbage in a frame")


def test_zero_size_frame_closes_the_connection(broker):
    with kw.connect(broker.port) as s:
        s.sendall(struct.pack(">i", 0))
        assert_closed(s, "a zero-length request")


def test_negative_size_prefix_closes_the_connection(broker):
    with kw.connect(broker.port) as s:
        s.sendall(struct.pack(">i", -1) + b"\x00" * 16)
        assert_closed(s, "a negative size prefix")


def test_huge_size_prefix_closes_the_connection(broker):
    with kw.connect(broker.port) as s:
        s.sendall(struct.pack(">i", 104857600 + 1))  # socket.request.max.bytes + 1
        assert_closed(s, "a size prefix above socket.request.max.bytes")
    with kw.connect(broker.port) as s:
        s.sendall(struct.pack(">i", 0x7FFFFFFF))
        assert_closed(s, "a size prefix of 2^31-1")


def test_truncated_request_then_eof(broker):
    with kw.connect(broker.port) as s:
        req = kw.metadata_request(1, ["t"])
        s.sendall(req[:len(req) - 3])
        s.shutdown(socket.SHUT_WR)
        assert_closed(s, "a truncated request and EOF")
    with kw.connect(broker.port) as s:
        s.sendall(struct.pack(">i", 100) + b"\x00\x12")  # promises 100 bytes, sends 2
        s.shutdown(socket.SHUT_WR)
        assert_closed(s, "a truncated request and EOF")


def test_malformed_body_closes_the_connection(broker):
    with kw.connect(broker.port) as s:
        # Metadata v1 whose topic array claims 1,000 entries but holds none.
        s.sendall(kw.request(kw.API_METADATA, 1, 5, struct.pack(">i", 1000)))
        assert_closed(s, "a Metadata request with a truncated body")


def test_unknown_api_key_closes_the_connection(broker):
    with kw.connect(broker.port) as s:
        s.sendall(kw.request(9999, 0, 3, b""))
        assert_closed(s, "an unknown API key")
    with kw.connect(broker.port) as s:
        s.sendall(kw.request(-1, 0, 3, b""))
        assert_closed(s, "API key -1")


def test_api_versions_v127_answers_unsupported_version_in_the_v0_layout(broker):
    with kw.connect(broker.port) as s:
        s.sendall(kw.request(kw.API_API_VERSIONS, 127, 0x5EED, b"\x00"))
        corr, payload = kw.recv_frame(s)
        assert corr == 0x5EED
        resp = kw.parse_api_versions_v0(corr, payload)
        assert resp.error_code == 35  # UNSUPPORTED_VERSION
        assert resp.ranges[kw.API_API_VERSIONS] == (0, 4)
        assert kw.API_PRODUCE in resp.ranges and kw.API_FETCH in resp.ranges
        # The socket stays open and serves the downgraded request.
        assert_open(s, broker.port)


def test_api_versions_v3_flexible(broker):
    with kw.connect(broker.port) as s:
        # Header v2 (tagged fields), body: compact client software name and version.
        body = b"\x08gannet1" + b"\x041.0" + b"\x00"
        header = struct.pack(">hhi", kw.API_API_VERSIONS, 3, 77) + kw.string("it") + b"\x00"
        s.sendall(struct.pack(">i", len(header) + len(body)) + header + body)
        corr, payload = kw.recv_frame(s)  # response header v0 even for v3
        assert corr == 77
        assert struct.unpack(">h", payload[:2])[0] == 0


def test_unsupported_produce_version_closes_the_connection(broker):
    with kw.connect(broker.port) as s:
        s.sendall(kw.produce_request(9, "robust-v2", 0, kw.record_batch([b"x"]), version=2))
        assert_closed(s, "Produce v2")


def test_raw_produce_and_fetch_on_one_connection(broker):
    """The hand-written codecs the other tests rely on, checked once."""
    topic = "robust-raw"
    with kw.connect(broker.port) as s:
        s.sendall(kw.metadata_request(1, [topic]))  # auto-creates
        kw.recv_frame(s)
        deadline = time.monotonic() + 10
        while True:
            s.sendall(kw.produce_request(2, topic, 0, kw.record_batch([b"a", b"bb", b"ccc"]), acks=-1))
            corr, payload = kw.recv_frame(s)
            assert corr == 2
            (_, (part,)), = kw.parse_produce_v3(payload)
            if part["error"] == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.1)  # LEADER_NOT_AVAILABLE right after creation
        assert part["error"] == 0 and part["base_offset"] == 0
        s.sendall(kw.fetch_request(3, topic, 0, 0))
        corr, payload = kw.recv_frame(s)
        assert corr == 3
        (_, (p,)), = kw.parse_fetch_v4(payload)["topics"]
        assert (p["error"], p["high_watermark"], p["last_stable_offset"]) == (0, 3, 3)
        assert kw.batch_codecs(p["records"]) == [0]


def test_pipelined_requests_are_answered_in_order(broker):
    with kw.connect(broker.port) as s:
        s.sendall(b"".join(kw.api_versions_request(i) if i % 2 else kw.metadata_request(i)
                           for i in range(200)))
        for i in range(200):
            corr, _ = kw.recv_frame(s)
            assert corr == i


def test_a_thousand_idle_connections_while_a_client_works(broker):
    idle = []
    try:
        for _ in range(IDLE_CONNECTIONS):
            idle.append(kw.connect(broker.port, timeout=30))
        # Some idle connections are half-way through a request.
        for s in idle[:100]:
            s.sendall(struct.pack(">i", 40) + b"\x00\x03")
        assert round_trip(broker, "robust-idle") == [(str(i).encode(), f"v{i}".encode()) for i in range(100)]
        # Every idle connection was accepted and still serves a request.
        for s in idle[100:]:
            s.sendall(kw.api_versions_request(11))
        for s in idle[100:]:
            s.settimeout(30)
            corr, payload = kw.recv_frame(s)
            assert corr == 11 and kw.parse_api_versions_v0(corr, payload).error_code == 0
    finally:
        for s in idle:
            s.close()


def test_a_client_that_never_reads_its_responses(broker):
    topic = "robust-noread"
    # Data for the fetches to return: about 1 MB.
    p = Producer({"bootstrap.servers": broker.bootstrap, "acks": "all", "linger.ms": 20})
    for i in range(1000):
        p.produce(topic, value=os.urandom(1000), partition=0)
    assert p.flush(30) == 0

    greedy = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    greedy.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    greedy.connect(("127.0.0.1", broker.port))
    fetch = kw.fetch_request(1, topic, 0, 0, max_bytes=1 << 20, partition_max_bytes=1 << 20)
    produce = kw.produce_request(2, topic, 0, kw.record_batch([b"greedy" * 100] * 10), acks=1)
    sent = {"bytes": 0}

    def flood():
        greedy.settimeout(5)
        try:
            for i in range(5000):
                greedy.sendall(fetch if i % 4 else produce)
                sent["bytes"] += len(fetch)
        except (socket.timeout, OSError):
            pass  # the broker stopped reading: expected

    t = threading.Thread(target=flood, daemon=True)
    t.start()
    try:
        time.sleep(1.0)
        # Others are served while the greedy client's responses pile up.
        assert round_trip(broker, "robust-others") == [(str(i).encode(), f"v{i}".encode()) for i in range(100)]
        broker.assert_serving()
    finally:
        t.join(30)
        greedy.close()
    assert sent["bytes"] > 0
    time.sleep(0.5)
    assert round_trip(broker, "robust-others2") == [(str(i).encode(), f"v{i}".encode()) for i in range(100)]


def test_many_connections_opened_and_dropped(broker):
    for i in range(300):
        s = kw.connect(broker.port)
        if i % 3 == 0:
            s.sendall(kw.metadata_request(i)[:7])
        elif i % 3 == 1:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST
        s.close()


def test_pipelining_beyond_queued_max_requests(broker):
    """2,000 requests sent at once (queued.max.requests is 500): reads pause
    and resume, and every response comes back, in order."""
    with kw.connect(broker.port, timeout=30) as s:
        reqs = b"".join(kw.api_versions_request(i) for i in range(2000))
        t = threading.Thread(target=s.sendall, args=(reqs,))
        t.start()
        for i in range(2000):
            corr, payload = kw.recv_frame(s)
            assert corr == i
        t.join(30)
