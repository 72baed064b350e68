"""Just enough of the Kafka wire protocol, by hand, for the robustness tests:
request framing (header v1, and v2 for flexible versions), ApiVersions v0,
Metadata v1, Produce v3 with a record batch v2 (CRC-32C, per-record timestamp
deltas), Fetch v4, ListOffsets v7. Independent of the broker's own codecs."""
import socket
import struct
import time
from dataclasses import dataclass, field

API_PRODUCE = 0
API_FETCH = 1
API_METADATA = 3
API_LIST_OFFSETS = 2
API_API_VERSIONS = 18
API_INIT_PRODUCER_ID = 22


# ---- primitive encoders -------------------------------------------------------

def i8(v): return struct.pack(">b", v)
def i16(v): return struct.pack(">h", v)
def i32(v): return struct.pack(">i", v)
def i64(v): return struct.pack(">q", v)


def string(s):
    if s is None:
        return i16(-1)
    b = s.encode()
    return i16(len(b)) + b


def bytes_(b):
    if b is None:
        return i32(-1)
    return i32(len(b)) + b


def array(items):
    if items is None:
        return i32(-1)
    items = list(items)
    return i32(len(items)) + b"".join(items)


def varint(v):
    v = (v << 1) ^ (v >> 63)  # zigzag
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def uvarint(v):
    out = bytearray()
    while True:
        b = v & 0x7F
        v >>= 7
        if v:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


# Flexible versions (KIP-482): compact lengths are unsigned varints of n + 1.
def compact_string(s):
    if s is None:
        return uvarint(0)
    b = s.encode()
    return uvarint(len(b) + 1) + b


def compact_array(items):
    if items is None:
        return uvarint(0)
    items = list(items)
    return uvarint(len(items) + 1) + b"".join(items)


NO_TAGS = uvarint(0)


# ---- CRC-32C (Castagnoli), as record batches v2 use -------------------------

def _crc32c_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0x82F63B78 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc32c_table()


def crc32c(data):
    c = 0xFFFFFFFF
    for b in data:
        c = _CRC_TABLE[(c ^ b) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def record_batch(values, base_timestamp=None, producer_id=-1, producer_epoch=-1, base_sequence=-1,
                 timestamp_deltas=None):
    """An uncompressed record batch v2 with null keys, no headers. Record i's
    timestamp is base_timestamp + timestamp_deltas[i] (0 by default)."""
    ts = int(time.time() * 1000) if base_timestamp is None else base_timestamp
    deltas = timestamp_deltas or [0] * len(values)
    records = b""
    for i, v in enumerate(values):
        body = (i8(0) + varint(deltas[i]) + varint(i) + varint(-1)  # attributes, ts delta, offset delta, null key
                + varint(len(v)) + v + varint(0))                   # value, no headers
        records += varint(len(body)) + body
    n = len(values)
    after_crc = (i16(0) + i32(n - 1) + i64(ts) + i64(ts + max(deltas)) + i64(producer_id) + i16(producer_epoch)
                 + i32(base_sequence) + i32(n) + records)
    crc = struct.pack(">I", crc32c(after_crc))
    after_length = i32(0) + i8(2) + crc + after_crc  # partition leader epoch, magic
    return i64(0) + i32(len(after_length)) + after_length


# ---- framing -----------------------------------------------------------------

def request(api_key, version, correlation_id, body, client_id="gannet-it"):
    """A size-prefixed request with header v1 (non-flexible versions)."""
    payload = i16(api_key) + i16(version) + i32(correlation_id) + string(client_id) + body
    return i32(len(payload)) + payload


def flexible_request(api_key, version, correlation_id, body, client_id="gannet-it"):
    """A size-prefixed request with header v2 (flexible versions)."""
    payload = i16(api_key) + i16(version) + i32(correlation_id) + string(client_id) + NO_TAGS + body
    return i32(len(payload)) + payload


def connect(port, timeout=10.0, host="127.0.0.1"):
    s = socket.create_connection((host, port), timeout=timeout)
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return s


def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError(f"connection closed after {len(buf)} of {n} bytes")
        buf += chunk
    return bytes(buf)


def recv_frame(sock):
    """One response: (correlation id, rest of the payload after header v0)."""
    (size,) = struct.unpack(">i", recv_exact(sock, 4))
    payload = recv_exact(sock, size)
    (corr,) = struct.unpack(">i", payload[:4])
    return corr, payload[4:]


def is_closed_by_peer(sock, timeout=10.0):
    """True when the peer closes the connection (EOF or reset) within timeout,
    False when it is still open (nothing arrives)."""
    sock.settimeout(timeout)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            data = sock.recv(65536)
            if not data:
                return True
            # Bytes from the broker (a response) are not expected; keep reading
            # until it closes.
        return False
    except (ConnectionResetError, BrokenPipeError):
        return True
    except socket.timeout:
        return False


# ---- a tiny reader -------------------------------------------------------------

class Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, fmt):
        (v,) = struct.unpack_from(fmt, self.data, self.pos)
        self.pos += struct.calcsize(fmt)
        return v

    def i8(self): return self.take(">b")
    def i16(self): return self.take(">h")
    def i32(self): return self.take(">i")
    def i64(self): return self.take(">q")

    def string(self):
        n = self.i16()
        if n < 0:
            return None
        s = self.data[self.pos:self.pos + n].decode()
        self.pos += n
        return s

    def bytes_(self):
        n = self.i32()
        if n < 0:
            return None
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def array(self, fn):
        n = self.i32()
        if n < 0:
            return None
        return [fn(self) for _ in range(n)]

    def uvarint(self):
        v = shift = 0
        while True:
            b = self.data[self.pos]
            self.pos += 1
            v |= (b & 0x7F) << shift
            if not b & 0x80:
                return v
            shift += 7

    def compact_string(self):
        n = self.uvarint() - 1
        if n < 0:
            return None
        s = self.data[self.pos:self.pos + n].decode()
        self.pos += n
        return s

    def compact_bytes(self):
        n = self.uvarint() - 1
        if n < 0:
            return None
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def compact_array(self, fn):
        n = self.uvarint() - 1
        if n < 0:
            return None
        return [fn(self) for _ in range(n)]

    def uuid(self):
        b = self.data[self.pos:self.pos + 16]
        self.pos += 16
        return b

    def skip_tags(self):
        for _ in range(self.uvarint()):
            self.uvarint()
            self.pos += self.uvarint()


# ---- ApiVersions -----------------------------------------------------------------

@dataclass
class ApiVersionsResponse:
    correlation_id: int
    error_code: int
    ranges: dict = field(default_factory=dict)  # api key -> (min, max)


def parse_api_versions_v0(corr, payload):
    r = Reader(payload)
    err = r.i16()
    ranges = {}
    for key, lo, hi in r.array(lambda r: (r.i16(), r.i16(), r.i16())):
        ranges[key] = (lo, hi)
    return ApiVersionsResponse(corr, err, ranges)


def api_versions_request(correlation_id, version=0):
    return request(API_API_VERSIONS, version, correlation_id, b"")


def api_versions(port, timeout=10.0, correlation_id=1, host="127.0.0.1"):
    with connect(port, timeout, host) as s:
        s.sendall(api_versions_request(correlation_id))
        corr, payload = recv_frame(s)
    assert corr == correlation_id
    return parse_api_versions_v0(corr, payload)


# ---- Metadata v1 -------------------------------------------------------------------

def metadata_request(correlation_id, topics=None):
    body = array(None if topics is None else [string(t) for t in topics])
    return request(API_METADATA, 1, correlation_id, body)


def parse_metadata_v1(payload):
    r = Reader(payload)
    brokers = r.array(lambda r: (r.i32(), r.string(), r.i32(), r.string()))
    controller = r.i32()

    def partition(r):
        return dict(error=r.i16(), partition=r.i32(), leader=r.i32(),
                    replicas=r.array(lambda r: r.i32()), isr=r.array(lambda r: r.i32()))

    def topic(r):
        return dict(error=r.i16(), name=r.string(), internal=r.i8(), partitions=r.array(partition))

    return dict(brokers=brokers, controller=controller, topics=r.array(topic))


# ---- Produce v3 / Fetch v4 -----------------------------------------------------------

def produce_request(correlation_id, topic, partition, batch, acks=1, version=3, timeout_ms=10000):
    body = b""
    if version >= 3:
        body += string(None)  # transactional id
    body += i16(acks) + i32(timeout_ms)
    body += array([string(topic) + array([i32(partition) + bytes_(batch)])])
    return request(API_PRODUCE, version, correlation_id, body)


def parse_produce_v3(payload):
    r = Reader(payload)

    def partition(r):
        return dict(partition=r.i32(), error=r.i16(), base_offset=r.i64(), log_append_time=r.i64())

    topics = r.array(lambda r: (r.string(), r.array(partition)))
    return topics


def fetch_request(correlation_id, topic, partition, offset, max_wait_ms=0, min_bytes=0,
                  max_bytes=1 << 20, partition_max_bytes=1 << 20, replica_id=-1):
    body = (i32(replica_id) + i32(max_wait_ms) + i32(min_bytes) + i32(max_bytes) + i8(0)
            + array([string(topic) + array([i32(partition) + i64(offset) + i32(partition_max_bytes)])]))
    return request(API_FETCH, 4, correlation_id, body)


def parse_fetch_v4(payload):
    r = Reader(payload)
    throttle = r.i32()

    def partition(r):
        p = dict(partition=r.i32(), error=r.i16(), high_watermark=r.i64(), last_stable_offset=r.i64())
        p["aborted"] = r.array(lambda r: (r.i64(), r.i64()))
        p["records"] = r.bytes_()
        return p

    topics = r.array(lambda r: (r.string(), r.array(partition)))
    return dict(throttle=throttle, topics=topics)


def batch_codecs(records):
    """The compression codec (attributes & 7) of each record batch in a Fetch
    response's record set: 0 none, 1 gzip, 2 snappy, 3 lz4, 4 zstd."""
    codecs = []
    pos = 0
    while pos + 12 <= len(records):
        (length,) = struct.unpack_from(">i", records, pos + 8)
        if pos + 12 + length > len(records):
            break  # a partial batch at the end
        (attributes,) = struct.unpack_from(">h", records, pos + 21)
        codecs.append(attributes & 7)
        pos += 12 + length
    return codecs


def fetch_codecs(port, topic, partition=0, offset=0):
    with connect(port) as s:
        s.sendall(fetch_request(7, topic, partition, offset, max_bytes=64 << 20,
                                partition_max_bytes=64 << 20))
        corr, payload = recv_frame(s)
    assert corr == 7
    resp = parse_fetch_v4(payload)
    (_, parts), = resp["topics"]
    (p,) = parts
    assert p["error"] == 0, p
    return batch_codecs(p["records"] or b"")


# ---- ListOffsets v7 (flexible; MAX_TIMESTAMP) -----------------------------------------

def list_offsets_v7_request(correlation_id, topic, partition, timestamp):
    body = (i32(-1) + i8(0)  # replica id, isolation level
            + compact_array([compact_string(topic) + compact_array(
                [i32(partition) + i32(-1) + i64(timestamp) + NO_TAGS]) + NO_TAGS]) + NO_TAGS)
    return flexible_request(API_LIST_OFFSETS, 7, correlation_id, body)


def parse_list_offsets_v7(payload):
    """(partition, error, timestamp, offset, leader epoch) of the one partition."""
    r = Reader(payload)
    r.skip_tags()  # response header v1
    r.i32()  # throttle

    def partition(r):
        p = dict(partition=r.i32(), error=r.i16(), timestamp=r.i64(), offset=r.i64(), leader_epoch=r.i32())
        r.skip_tags()
        return p

    def topic(r):
        t = (r.compact_string(), r.compact_array(partition))
        r.skip_tags()
        return t

    (name, (p,)), = r.compact_array(topic)
    return p


# ---- InitProducerId v0 --------------------------------------------------------------

def init_producer_id_request(correlation_id, timeout_ms=60000):
    return request(API_INIT_PRODUCER_ID, 0, correlation_id, string(None) + i32(timeout_ms))


def parse_init_producer_id_v0(payload):
    r = Reader(payload)
    return dict(throttle=r.i32(), error=r.i16(), producer_id=r.i64(), producer_epoch=r.i16())


class Client:
    """One connection; request() sends and reads the matching response."""

    def __init__(self, port, timeout=15.0):
        self.sock = connect(port, timeout)
        self.corr = 0

    def request(self, build, *args, **kwargs):
        self.corr += 1
        self.sock.sendall(build(self.corr, *args, **kwargs))
        corr, payload = recv_frame(self.sock)
        assert corr == self.corr
        return payload

    def close(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
