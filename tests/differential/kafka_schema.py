"""A Kafka wire codec driven by Kafka's own JSON message schemas (standard library only).

Requests are plain dicts keyed by the schema's field names ({"Topics": [{"Name": "t"}]});
fields left out take the schema's default. Responses decode to the same kind of dict, so
two brokers' answers can be compared field by field. Independent of Gannet's generated C++
codecs: this reads the same schema files (../shared/kafka-protocol/messages beside the repo,
or $KAFKA_SCHEMAS) and implements the wire rules of docs/protocol.md a second time.
"""
import json
import os
import pathlib
import re
import socket
import struct
import uuid

REPO = pathlib.Path(__file__).resolve().parents[2]


def schema_dir():
    env = os.environ.get("KAFKA_SCHEMAS")
    if env:
        return pathlib.Path(env)
    return REPO.parent / "shared" / "kafka-protocol" / "messages"


# ---- versions ---------------------------------------------------------------------------

def in_range(spec, v):
    """Kafka's version spec: "none", "3", "3+", "1-4"."""
    if spec is None or spec == "none":
        return False
    if spec.endswith("+"):
        return v >= int(spec[:-1])
    if "-" in spec:
        lo, hi = spec.split("-")
        return int(lo) <= v <= int(hi)
    return v == int(spec)


# ---- schemas ----------------------------------------------------------------------------

def _strip_comments(text):
    return "\n".join(re.sub(r"^\s*//.*$|\s//[^\"]*$", "", line) for line in text.splitlines())


class Schema:
    def __init__(self, d):
        self.name = d["name"]
        self.api_key = d.get("apiKey")
        self.valid = d["validVersions"]
        self.flexible = d.get("flexibleVersions", "none")
        self.fields = d["fields"]
        self.common = {s["name"]: s["fields"] for s in d.get("commonStructs", [])}

    def is_flexible(self, v):
        return in_range(self.flexible, v)


_SCHEMAS = {}


def schemas():
    if not _SCHEMAS:
        for path in sorted(schema_dir().glob("*.json")):
            d = json.loads(_strip_comments(path.read_text()))
            if d.get("type") in ("request", "response"):
                _SCHEMAS[(d["apiKey"], d["type"])] = Schema(d)
    return _SCHEMAS


def request_schema(api_key):
    return schemas()[(api_key, "request")]


def response_schema(api_key):
    return schemas()[(api_key, "response")]


API_KEYS = {}  # request name without "Request" -> key, filled lazily


def api_key(name):
    if not API_KEYS:
        for (key, kind), s in schemas().items():
            if kind == "request":
                API_KEYS[s.name[: -len("Request")]] = key
    return API_KEYS[name]


# ---- primitives -------------------------------------------------------------------------

def uvarint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def varint(v):
    return uvarint((v << 1) ^ (v >> 63))


FIXED = {"bool": ">?", "int8": ">b", "int16": ">h", "uint16": ">H", "int32": ">i", "uint32": ">I",
         "int64": ">q", "float64": ">d"}


def _default(field, v, schema):
    t = field["type"]
    d = field.get("default")
    if t.startswith("[]"):
        return None if d == "null" else []
    if t in FIXED:
        if d is None or d == "":
            return False if t == "bool" else 0
        if t == "bool":
            return d in (True, "true")
        if t == "float64":
            return float(d)
        return int(d, 16) if isinstance(d, str) and d.lower().startswith(("0x", "-0x")) else int(d)
    if t == "string":
        return None if d == "null" else (d or "")
    if t in ("bytes", "records"):
        return None if d == "null" else b""
    if t == "uuid":
        return "AAAAAAAAAAAAAAAAAAAAAA" if not d else d
    return {}  # a struct: its own fields' defaults


def _struct_fields(field, schema):
    if "fields" in field:
        return field["fields"]
    t = field["type"][2:] if field["type"].startswith("[]") else field["type"]
    return schema.common[t]


class Writer:
    def __init__(self, schema, version):
        self.schema = schema
        self.v = version
        self.flex = schema.is_flexible(version)

    def struct(self, fields, value):
        out = bytearray()
        tagged = []
        # Keys match the schema's field names case-insensitively (CreateTopics says
        # "timeoutMs" where the other schemas say "TimeoutMs"); a key no field has is a typo.
        given = {k.lower(): v for k, v in (value or {}).items()}
        unknown = given.keys() - {f["name"].lower() for f in fields}
        if unknown:
            raise KeyError(f"{self.schema.name} has no field {sorted(unknown)}")
        for f in fields:
            if not in_range(f.get("versions"), self.v):
                continue
            if f["name"].lower() in given:
                val = given[f["name"].lower()]
            elif in_range(f.get("nullableVersions"), self.v) and "default" not in f:
                val = None  # left out: null where the field may be null (CreatePartitions' Assignments)
            else:
                val = _default(f, self.v, self.schema)
            if self.flex and in_range(f.get("taggedVersions"), self.v):
                if val != _default(f, self.v, self.schema):
                    tagged.append((f["tag"], self.field(f, val)))
                continue
            out += self.field(f, val)
        if self.flex:
            out += uvarint(len(tagged))
            for tag, data in sorted(tagged):
                out += uvarint(tag) + uvarint(len(data)) + data
        return bytes(out)

    def field(self, f, val):
        t = f["type"]
        if t.startswith("[]"):
            if val is None:
                return uvarint(0) if self.flex else struct.pack(">i", -1)
            elem = t[2:]
            head = uvarint(len(val) + 1) if self.flex else struct.pack(">i", len(val))
            if elem in FIXED or elem in ("string", "bytes", "uuid"):
                return head + b"".join(self.scalar(elem, x) for x in val)
            sub = _struct_fields(f, self.schema)
            return head + b"".join(self.struct(sub, x) for x in val)
        if t in FIXED or t in ("string", "bytes", "records", "uuid"):
            return self.scalar(t, val)
        return self.struct(_struct_fields(f, self.schema), val)

    def scalar(self, t, val):
        if t in FIXED:
            return struct.pack(FIXED[t], val)
        if t == "uuid":
            import base64
            return base64.urlsafe_b64decode(val + "==")
        if t == "string":
            if val is None:
                return uvarint(0) if self.flex else struct.pack(">h", -1)
            b = val.encode()
            return (uvarint(len(b) + 1) if self.flex else struct.pack(">h", len(b))) + b
        # bytes, records
        if val is None:
            return uvarint(0) if self.flex else struct.pack(">i", -1)
        return (uvarint(len(val) + 1) if self.flex else struct.pack(">i", len(val))) + val


class Reader:
    def __init__(self, data, schema, version):
        self.d = data
        self.i = 0
        self.schema = schema
        self.v = version
        self.flex = schema.is_flexible(version) if schema else False

    def take(self, n):
        if n < 0 or self.i + n > len(self.d):
            raise ValueError(f"truncated at {self.i} (+{n} of {len(self.d)})")
        b = self.d[self.i:self.i + n]
        self.i += n
        return b

    def unpack(self, fmt):
        (x,) = struct.unpack(fmt, self.take(struct.calcsize(fmt)))
        return x

    def uvarint(self):
        shift = n = 0
        while True:
            b = self.take(1)[0]
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                return n
            shift += 7

    def length(self, wide):
        if self.flex:
            return self.uvarint() - 1
        return self.unpack(">i" if wide else ">h")

    def struct(self, fields):
        out = {}
        by_tag = {}
        for f in fields:
            if not in_range(f.get("versions"), self.v):
                continue
            if self.flex and in_range(f.get("taggedVersions"), self.v):
                by_tag[f["tag"]] = f
                out[f["name"]] = _default(f, self.v, self.schema)
                continue
            out[f["name"]] = self.field(f)
        if self.flex:
            for _ in range(self.uvarint()):
                tag = self.uvarint()
                size = self.uvarint()
                if tag in by_tag:
                    sub = Reader(self.take(size), self.schema, self.v)
                    out[by_tag[tag]["name"]] = sub.field(by_tag[tag])
                else:
                    out[f"_tag{tag}"] = self.take(size).hex()
        return out

    def field(self, f):
        t = f["type"]
        if t.startswith("[]"):
            n = self.length(True)
            if n < 0:
                return None
            elem = t[2:]
            if elem in FIXED or elem in ("string", "bytes", "uuid"):
                return [self.scalar(elem) for _ in range(n)]
            sub = _struct_fields(f, self.schema)
            return [self.struct(sub) for _ in range(n)]
        if t in FIXED or t in ("string", "bytes", "records", "uuid"):
            return self.scalar(t)
        return self.struct(_struct_fields(f, self.schema))

    def scalar(self, t):
        if t in FIXED:
            return self.unpack(FIXED[t])
        if t == "uuid":
            return str(uuid.UUID(bytes=self.take(16)))
        if t == "string":
            n = self.length(False)
            return None if n < 0 else self.take(n).decode()
        n = self.length(True)
        return None if n < 0 else self.take(n)


# ---- requests and responses -------------------------------------------------------------

def encode_request(api, version, correlation_id, body, client_id="gannet-diff"):
    key = api if isinstance(api, int) else api_key(api)
    schema = request_schema(key)
    header = struct.pack(">hhi", key, version, correlation_id)
    cid = client_id.encode()
    header += struct.pack(">h", len(cid)) + cid
    # Request header v2 (flexible versions) adds an empty tagged-field section.
    if schema.is_flexible(version):
        header += uvarint(0)
    payload = header + Writer(schema, version).struct(schema.fields, body)
    return struct.pack(">i", len(payload)) + payload


def decode_response(api, version, payload):
    """payload: the response after its size prefix. Returns (correlation id, dict)."""
    key = api if isinstance(api, int) else api_key(api)
    schema = response_schema(key)
    r = Reader(payload, schema, version)
    corr = r.unpack(">i")
    # Response header v1 (flexible) has tagged fields, except ApiVersions' (always v0).
    if schema.is_flexible(version) and key != 18:
        r.flex = True
        r.struct([])
    body = r.struct(schema.fields)
    if r.i != len(payload):
        body["_trailing_bytes"] = len(payload) - r.i
    return corr, body


class Connection:
    """One TCP connection to a broker; call() sends a request and decodes its answer.
    A closed connection comes back as {"_closed": True}."""

    def __init__(self, port, host="127.0.0.1", timeout=30.0):
        self.addr = (host, port)
        self.timeout = timeout
        self.sock = None
        self.corr = 0

    def _connect(self):
        self.sock = socket.create_connection(self.addr, timeout=self.timeout)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _recv(self, n):
        buf = bytearray()
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError("closed")
            buf += chunk
        return bytes(buf)

    def send_raw(self, frame):
        """Sends a whole frame; returns the raw response payload, or None if the
        broker closed the connection (the next call reconnects)."""
        if self.sock is None:
            self._connect()
        try:
            self.sock.sendall(frame)
            (size,) = struct.unpack(">i", self._recv(4))
            return self._recv(size)
        except (ConnectionError, ConnectionResetError, BrokenPipeError):
            self.close()
            return None

    def call(self, api, version, body=None):
        self.corr += 1
        payload = self.send_raw(encode_request(api, version, self.corr, body or {}))
        if payload is None:
            return {"_closed": True}
        corr, resp = decode_response(api, version, payload)
        assert corr == self.corr, (corr, self.corr)
        return resp

    def close(self):
        if self.sock is not None:
            self.sock.close()
            self.sock = None
