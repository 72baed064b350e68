"""Every API Gannet advertises, at every version it advertises, answers a
well-formed request: two requests per (api, version), built from Kafka's JSON
schemas alone (tests/differential/kafka_schema.py), one with every field at its
default and one with one element in every array and every field that the
version lets be null set to null (what KIP-516's Metadata v10 topic id without
a name looks like). A handler that builds a response its version cannot carry
(the generated encoder refuses it and the connection closes) fails here, for
whichever API it is. Needs Kafka's schemas beside the repo (as the differential
test); skipped without them."""
import pathlib
import sys

import pytest

import kafka_wire as kw

sys.path.append(str(pathlib.Path(__file__).resolve().parents[1] / "differential"))
import kafka_schema  # noqa: E402

if not kafka_schema.schema_dir().is_dir():
    pytest.skip(f"Kafka's message schemas not found at {kafka_schema.schema_dir()}", allow_module_level=True)

# Requests that would change what the next ones see, or wait on purpose: left at their
# defaults (empty arrays) only. JoinGroup waits up to its rebalance timeout for members.
DEFAULTS_ONLY = {"JoinGroup"}
# Fields whose default asks for no answer at all (Produce acks=0): set so that one comes.
ANSWERED = {"Produce": {"Acks": -1}}


def body_with_nulls(fields, v, schema):
    out = {}
    for f in fields:
        if not kafka_schema.in_range(f.get("versions"), v):
            continue
        t = f["type"]
        if kafka_schema.in_range(f.get("nullableVersions"), v) and not t.startswith("[]"):
            out[f["name"]] = None
        elif t.startswith("[]"):
            elem = t[2:]
            if elem in kafka_schema.FIXED or elem in ("string", "bytes", "uuid"):
                out[f["name"]] = [kafka_schema._default({"type": elem}, v, schema)]
            else:
                out[f["name"]] = [body_with_nulls(kafka_schema._struct_fields(f, schema), v, schema)]
        elif t in kafka_schema.FIXED or t in ("string", "bytes", "records", "uuid"):
            continue  # its default
        else:
            out[f["name"]] = body_with_nulls(kafka_schema._struct_fields(f, schema), v, schema)
    return out


def advertised(port):
    with kw.connect(port) as s:
        s.sendall(kw.api_versions_request(1))
        corr, payload = kw.recv_frame(s)
    ranges = kw.parse_api_versions_v0(corr, payload).ranges
    return [(k, lo, hi) for k, (lo, hi) in sorted(ranges.items())]


def test_every_advertised_version_answers(broker):
    failures = []
    sent = 0
    for key, low, high in advertised(broker.port):
        schema = kafka_schema.request_schema(key)
        api = schema.name.removesuffix("Request")
        for v in range(low, high + 1):
            bodies = [dict(ANSWERED.get(api, {}))]
            if api not in DEFAULTS_ONLY:
                bodies.append({**body_with_nulls(schema.fields, v, schema), **ANSWERED.get(api, {})})
            for i, body in enumerate(bodies):
                conn = kafka_schema.Connection(broker.port, timeout=20)
                try:
                    answer = conn.call(key, v, body)
                except TimeoutError:
                    answer = {"_timeout": True}
                finally:
                    conn.close()
                sent += 1
                if answer.get("_timeout"):
                    failures.append(f"{api} v{v} {'nulls' if i else 'defaults'}: no answer within 20 s")
                elif answer.get("_closed"):
                    failures.append(f"{api} v{v} {'nulls' if i else 'defaults'}: connection closed")
                elif "_trailing_bytes" in answer:
                    failures.append(f"{api} v{v}: {answer['_trailing_bytes']} bytes after the response")
    assert broker.alive()
    assert not failures, "\n".join(failures) + "\n" + broker.output(40)
    assert sent > 100
