#!/usr/bin/python3
"""Captures record batches written by librdkafka (Debian's librdkafka 2.0.2,
through python3-confluent-kafka) for tests/records/compat_test.cc. Run once;
the .bin outputs are committed and the test needs no Python:

    /usr/bin/python3 tests/records/data/generate_librdkafka.py tests/records/data

A tiny fake broker on 127.0.0.1 speaks just enough Kafka for a producer
(ApiVersions v3, Metadata v0, Produce v3-v7) and saves the `records` bytes of the
first Produce request of each run. The records are the same as
generate_kafka_python.py's small_records().
"""
import os
import socket
import socketserver
import struct
import sys
import threading

from confluent_kafka import Producer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_kafka_python import small_records  # noqa: E402

TOPIC = b"t"


class Reader:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def take(self, n):
        out = self.data[self.pos:self.pos + n]
        self.pos += n
        return out

    def i8(self): return struct.unpack(">b", self.take(1))[0]
    def i16(self): return struct.unpack(">h", self.take(2))[0]
    def i32(self): return struct.unpack(">i", self.take(4))[0]

    def string(self):
        n = self.i16()
        return None if n < 0 else self.take(n)

    def uvarint(self):
        shift = value = 0
        while True:
            b = self.take(1)[0]
            value |= (b & 0x7F) << shift
            shift += 7
            if not b & 0x80:
                return value

    def tagged_fields(self):
        for _ in range(self.uvarint()):
            self.uvarint()
            self.take(self.uvarint())


def api_versions_v3():
    # librdkafka derives features from these ranges (rdkafka_feature.c): MsgVer2
    # needs Produce v3 + Fetch v4, zstd Produce v7 + Fetch v10, lz4 FindCoordinator
    # v0, and every codec a Produce range reaching down to the codec's minimum
    # version (v0 for gzip, snappy, lz4). Only Produce (v7) is ever sent.
    apis = [(0, 0, 7), (1, 0, 10), (3, 0, 0), (10, 0, 0), (18, 0, 3)]
    body = struct.pack(">h", 0) + bytes([len(apis) + 1])
    for key, lo, hi in apis:
        body += struct.pack(">hhh", key, lo, hi) + b"\x00"
    return body + struct.pack(">i", 0) + b"\x00"


def metadata_v0(port):
    host = b"127.0.0.1"
    body = struct.pack(">i", 1) + struct.pack(">ih", 1, len(host)) + host + struct.pack(">i", port)
    body += struct.pack(">i", 1) + struct.pack(">hh", 0, len(TOPIC)) + TOPIC
    body += struct.pack(">i", 1) + struct.pack(">hii", 0, 0, 1) + struct.pack(">ii", 1, 1) + struct.pack(">ii", 1, 1)
    return body


def produce_response(version, topic, partition):
    body = struct.pack(">i", 1) + struct.pack(">h", len(topic)) + topic
    body += struct.pack(">i", 1) + struct.pack(">ihqq", partition, 0, 0, -1)
    if version >= 5:
        body += struct.pack(">q", 0)  # log start offset
    return body + struct.pack(">i", 0)


class Handler(socketserver.BaseRequestHandler):
    def recv_exact(self, n):
        out = b""
        while len(out) < n:
            chunk = self.request.recv(n - len(out))
            if not chunk:
                raise EOFError
            out += chunk
        return out

    def handle(self):
        try:
            while True:
                size = struct.unpack(">i", self.recv_exact(4))[0]
                r = Reader(self.recv_exact(size))
                api_key, api_version, correlation_id = r.i16(), r.i16(), r.i32()
                r.string()  # client id
                if api_key == 18:
                    if api_version >= 3:
                        r.tagged_fields()
                    body = api_versions_v3() if api_version >= 3 else None
                    if body is None:
                        raise RuntimeError("ApiVersions v%d" % api_version)
                elif api_key == 3:
                    body = metadata_v0(self.server.server_address[1])
                elif api_key == 0:
                    r.string()  # transactional id
                    r.i16(), r.i32()  # acks, timeout
                    assert r.i32() == 1
                    topic = r.string()
                    assert r.i32() == 1
                    partition = r.i32()
                    records = r.take(r.i32())
                    self.server.captured.append(records)
                    self.server.done.set()
                    body = produce_response(api_version, topic, partition)
                else:
                    raise RuntimeError("unexpected api key %d" % api_key)
                frame = struct.pack(">i", correlation_id) + body
                self.request.sendall(struct.pack(">i", len(frame)) + frame)
        except (EOFError, ConnectionResetError):
            pass


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def capture(codec):
    server = Server(("127.0.0.1", 0), Handler)
    server.captured, server.done = [], threading.Event()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    p = Producer({
        "bootstrap.servers": "127.0.0.1:%d" % server.server_address[1],
        "compression.type": codec,
        "linger.ms": 1000,
        "enable.idempotence": False,
        "acks": 1,
        "broker.address.family": "v4",
    })
    p.list_topics(timeout=10)  # connected, leader known: all records go in one batch
    for ts, key, value, headers in small_records():
        p.produce(TOPIC.decode(), value=value, key=key, partition=0, timestamp=ts, headers=headers)
    remaining = p.flush(10)
    server.done.wait(10)
    server.shutdown()
    counts = [int.from_bytes(c[57:61], "big") for c in server.captured]
    assert remaining == 0 and len(server.captured) == 1, (codec, remaining, counts)
    return server.captured[0]


def main(out_dir):
    for codec in ["none", "gzip", "snappy", "lz4", "zstd"]:
        data = capture(codec)
        name = "librdkafka_%s.bin" % codec
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        print("%-25s %5d bytes, attributes %#06x" % (name, len(data), int.from_bytes(data[21:23], "big")))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
