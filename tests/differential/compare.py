"""Field-by-field comparison of two decoded responses, leaving out what must differ
between two brokers (cluster id, topic ids, throttle times, hosts and ports) and
free-text error messages (Gannet's wording is its own; the codes must match)."""
import pytest

# Field names that are never compared, wherever they appear.
IGNORED = {
    "ThrottleTimeMs",   # quota state of the broker
    "ClusterId",        # random per cluster
    "TopicId",          # random per topic
    "Host", "Port",     # where each broker listens
    "ErrorMessage",     # free text; the ErrorCode beside it is compared
    "SessionId",        # fetch session ids are random
    "LogDir",           # a path on each machine
    "_closed",
}


# Lists whose order carries no meaning: Kafka fills them from hash maps (a topic's configs,
# the partitions of a topic after CreatePartitions or in DeleteRecords and DescribeLogDirs).
UNORDERED = {"Configs": "Name", "Partitions": "PartitionIndex"}


def normalize(value, ignored=frozenset()):
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in IGNORED or k in ignored:
                continue
            v = normalize(v, ignored)
            if k in UNORDERED and isinstance(v, list) and all(isinstance(x, dict) and UNORDERED[k] in x for x in v):
                v = sorted(v, key=lambda x: x[UNORDERED[k]])
            out[k] = v
        return out
    if isinstance(value, list):
        return [normalize(v, ignored) for v in value]
    return value


def differences(kafka, gannet, path="", out=None):
    """The paths where two normalized values differ, each with both values."""
    out = [] if out is None else out
    if isinstance(kafka, dict) and isinstance(gannet, dict):
        for k in sorted(set(kafka) | set(gannet)):
            if k not in kafka or k not in gannet:
                out.append(f"{path}.{k}: kafka={kafka.get(k, '<absent>')!r} gannet={gannet.get(k, '<absent>')!r}")
            else:
                differences(kafka[k], gannet[k], f"{path}.{k}", out)
    elif isinstance(kafka, list) and isinstance(gannet, list) and len(kafka) == len(gannet):
        for i, (a, b) in enumerate(zip(kafka, gannet)):
            differences(a, b, f"{path}[{i}]", out)
    elif kafka != gannet:
        out.append(f"{path or '.'}: kafka={_short(kafka)} gannet={_short(gannet)}")
    return out


def _short(v):
    s = repr(v)
    return s if len(s) < 400 else s[:400] + "..."


def assert_same(kafka, gannet, ignored=()):
    """Fails with every differing path when the answers differ."""
    diffs = differences(normalize(kafka, frozenset(ignored)), normalize(gannet, frozenset(ignored)))
    assert not diffs, "Gannet answers differently from Kafka 3.9.1:\n  " + "\n  ".join(diffs)


def expect_difference(kafka, gannet, reason, ignored=()):
    """A difference known and listed (docs/compatibility.md or the report of a handler
    being changed elsewhere): xfails while it is there, passes once it is gone."""
    diffs = differences(normalize(kafka, frozenset(ignored)), normalize(gannet, frozenset(ignored)))
    if diffs:
        pytest.xfail(reason + ":\n  " + "\n  ".join(diffs))
