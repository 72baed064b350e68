#!/usr/bin/env python3
"""Raw Kafka-protocol probe, Python 3 stdlib only.

Sends an ApiVersions request (v3 by default: request header v2 with a classic
client-id string, compact strings, tagged fields) and prints the API ranges the
broker advertises, plus the feature tagged fields.  With --ready it also sends
a Metadata v1 request and succeeds only once the broker lists itself and a
controller; with --wait N it retries for up to N seconds (used by
start-kafka.sh).

    probe.py [--bootstrap 127.0.0.1:19092] [--version 3] [--ready] [--wait 60]
"""
import argparse
import socket
import struct
import sys
import time

API_NAMES = {
    0: "Produce", 1: "Fetch", 2: "ListOffsets", 3: "Metadata", 4: "LeaderAndIsr",
    5: "StopReplica", 6: "UpdateMetadata", 7: "ControlledShutdown", 8: "OffsetCommit",
    9: "OffsetFetch", 10: "FindCoordinator", 11: "JoinGroup", 12: "Heartbeat",
    13: "LeaveGroup", 14: "SyncGroup", 15: "DescribeGroups", 16: "ListGroups",
    17: "SaslHandshake", 18: "ApiVersions", 19: "CreateTopics", 20: "DeleteTopics",
    21: "DeleteRecords", 22: "InitProducerId", 23: "OffsetForLeaderEpoch",
    24: "AddPartitionsToTxn", 25: "AddOffsetsToTxn", 26: "EndTxn", 27: "WriteTxnMarkers",
    28: "TxnOffsetCommit", 29: "DescribeAcls", 30: "CreateAcls", 31: "DeleteAcls",
    32: "DescribeConfigs", 33: "AlterConfigs", 34: "AlterReplicaLogDirs",
    35: "DescribeLogDirs", 36: "SaslAuthenticate", 37: "CreatePartitions",
    38: "CreateDelegationToken", 39: "RenewDelegationToken", 40: "ExpireDelegationToken",
    41: "DescribeDelegationToken", 42: "DeleteGroups", 43: "ElectLeaders",
    44: "IncrementalAlterConfigs", 45: "AlterPartitionReassignments",
    46: "ListPartitionReassignments", 47: "OffsetDelete", 48: "DescribeClientQuotas",
    49: "AlterClientQuotas", 50: "DescribeUserScramCredentials",
    51: "AlterUserScramCredentials", 52: "Vote", 53: "BeginQuorumEpoch",
    54: "EndQuorumEpoch", 55: "DescribeQuorum", 56: "AlterPartition", 57: "UpdateFeatures",
    58: "Envelope", 59: "FetchSnapshot", 60: "DescribeCluster", 61: "DescribeProducers",
    62: "BrokerRegistration", 63: "BrokerHeartbeat", 64: "UnregisterBroker",
    65: "DescribeTransactions", 66: "ListTransactions", 67: "AllocateProducerIds",
    68: "ConsumerGroupHeartbeat", 69: "ConsumerGroupDescribe", 70: "ControllerRegistration",
    71: "GetTelemetrySubscriptions", 72: "PushTelemetry", 73: "AssignReplicasToDirs",
    74: "ListClientMetricsResources", 75: "DescribeTopicPartitions",
    76: "ShareGroupHeartbeat", 77: "ShareGroupDescribe", 78: "ShareFetch",
    79: "ShareAcknowledge", 80: "AddRaftVoter", 81: "RemoveRaftVoter",
    82: "UpdateRaftVoter", 83: "InitializeShareGroupState", 84: "ReadShareGroupState",
    85: "WriteShareGroupState", 86: "DeleteShareGroupState",
    87: "ReadShareGroupStateSummary",
}


# ---- encoding -------------------------------------------------------------

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


def compact_string(s):
    b = s.encode()
    return uvarint(len(b) + 1) + b


def string(s):
    if s is None:
        return struct.pack(">h", -1)
    b = s.encode()
    return struct.pack(">h", len(b)) + b


# ---- decoding -------------------------------------------------------------

class Reader:
    def __init__(self, data):
        self.d = data
        self.i = 0

    def take(self, n):
        if self.i + n > len(self.d):
            raise ValueError("truncated response at offset %d (+%d of %d)" % (self.i, n, len(self.d)))
        b = self.d[self.i:self.i + n]
        self.i += n
        return b

    def int8(self):
        return struct.unpack(">b", self.take(1))[0]

    def int16(self):
        return struct.unpack(">h", self.take(2))[0]

    def int32(self):
        return struct.unpack(">i", self.take(4))[0]

    def int64(self):
        return struct.unpack(">q", self.take(8))[0]

    def uvarint(self):
        shift = 0
        n = 0
        while True:
            b = self.take(1)[0]
            n |= (b & 0x7F) << shift
            if not b & 0x80:
                return n
            shift += 7

    def string(self):
        n = self.int16()
        return None if n < 0 else self.take(n).decode()

    def compact_string(self):
        n = self.uvarint()
        return None if n == 0 else self.take(n - 1).decode()

    def compact_array_len(self):
        n = self.uvarint()
        return -1 if n == 0 else n - 1

    def tagged_fields(self):
        """Returns {tag: raw bytes}."""
        out = {}
        for _ in range(self.uvarint()):
            tag = self.uvarint()
            out[tag] = self.take(self.uvarint())
        return out

    def done(self):
        return self.i == len(self.d)


# ---- transport ------------------------------------------------------------

def recv_exact(sock, n):
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise ConnectionError("connection closed after %d of %d bytes" % (len(buf), n))
        buf += chunk
    return bytes(buf)


def roundtrip(sock, payload, correlation_id):
    sock.sendall(struct.pack(">i", len(payload)) + payload)
    size = struct.unpack(">i", recv_exact(sock, 4))[0]
    r = Reader(recv_exact(sock, size))
    got = r.int32()  # ApiVersions and Metadata v1 responses use response header v0
    if got != correlation_id:
        raise ValueError("correlation id %d, expected %d" % (got, correlation_id))
    return r


# ---- ApiVersions ----------------------------------------------------------

def api_versions(sock, version, client_id, correlation_id=1):
    header = struct.pack(">hhi", 18, version, correlation_id) + string(client_id)
    if version >= 3:
        header += uvarint(0)  # request header v2: tagged fields
        body = compact_string("gannet-probe") + compact_string("1.0") + uvarint(0)
    else:
        body = b""
    r = roundtrip(sock, header + body, correlation_id)
    res = {"error_code": r.int16(), "apis": [], "tags": {}}
    if version >= 3:
        for _ in range(r.compact_array_len()):
            key, lo, hi = r.int16(), r.int16(), r.int16()
            r.tagged_fields()
            res["apis"].append((key, lo, hi))
        res["throttle_time_ms"] = r.int32()
        res["tags"] = decode_api_versions_tags(r.tagged_fields())
    else:
        for _ in range(r.int32()):
            res["apis"].append((r.int16(), r.int16(), r.int16()))
        if version >= 1:
            res["throttle_time_ms"] = r.int32()
    if not r.done():
        raise ValueError("%d trailing bytes in ApiVersions response" % (len(r.d) - r.i))
    return res


def decode_api_versions_tags(raw):
    tags = {}
    for tag, data in sorted(raw.items()):
        r = Reader(data)
        if tag == 0:
            feats = []
            for _ in range(r.compact_array_len()):
                name, lo, hi = r.compact_string(), r.int16(), r.int16()
                r.tagged_fields()
                feats.append((name, lo, hi))
            tags["SupportedFeatures"] = feats
        elif tag == 1:
            tags["FinalizedFeaturesEpoch"] = r.int64()
        elif tag == 2:
            feats = []
            for _ in range(r.compact_array_len()):
                name, hi, lo = r.compact_string(), r.int16(), r.int16()
                r.tagged_fields()
                feats.append((name, lo, hi))
            tags["FinalizedFeatures"] = feats
        elif tag == 3:
            tags["ZkMigrationReady"] = bool(r.int8())
        else:
            tags["unknown tag %d" % tag] = data.hex()
    return tags


def format_api_versions(res, version, bootstrap):
    lines = ["# ApiVersions v%d response from %s" % (version, bootstrap),
             "error_code: %d" % res["error_code"]]
    if "throttle_time_ms" in res:
        lines.append("throttle_time_ms: %d" % res["throttle_time_ms"])
    lines.append("api_keys: %d" % len(res["apis"]))
    lines.append("%-7s %-30s %s" % ("api_key", "name", "min-max"))
    for key, lo, hi in res["apis"]:
        lines.append("%-7d %-30s %d-%d" % (key, API_NAMES.get(key, "?"), lo, hi))
    tags = dict(res["tags"])
    if version >= 3:
        # Tagged fields are only on the wire when not at their default; say so.
        known = ("SupportedFeatures", "FinalizedFeaturesEpoch", "FinalizedFeatures",
                 "ZkMigrationReady")
        tags = dict({k: tags.pop(k, None) for k in known}, **tags)
    for name, val in tags.items():
        if val is None:
            lines.append("%s: (tag absent: default)" % name)
        elif isinstance(val, list):
            lines.append("%s: %d" % (name, len(val)))
            for fname, lo, hi in val:
                lines.append("  %-28s %d-%d" % (fname, lo, hi))
        else:
            lines.append("%s: %s" % (name, val))
    return "\n".join(lines)


# ---- Metadata v1 (readiness) ------------------------------------------------

def metadata_ready(sock, client_id, correlation_id=2):
    header = struct.pack(">hhi", 3, 1, correlation_id) + string(client_id)
    body = struct.pack(">i", 0)  # no topics
    r = roundtrip(sock, header + body, correlation_id)
    brokers = []
    for _ in range(r.int32()):
        node, host, port, _rack = r.int32(), r.string(), r.int32(), r.string()
        brokers.append((node, host, port))
    controller = r.int32()
    return brokers, controller


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bootstrap", default="127.0.0.1:19092")
    ap.add_argument("--version", type=int, default=3, help="ApiVersions version (0-4)")
    ap.add_argument("--client-id", default="gannet-probe")
    ap.add_argument("--ready", action="store_true",
                    help="also require Metadata v1 to list a broker and a controller")
    ap.add_argument("--wait", type=float, default=0,
                    help="retry for up to this many seconds")
    ap.add_argument("--quiet", action="store_true", help="print nothing on success")
    a = ap.parse_args()
    host, port = a.bootstrap.rsplit(":", 1)

    deadline = time.monotonic() + a.wait
    last = None
    while True:
        try:
            with socket.create_connection((host, int(port)), timeout=5) as s:
                res = api_versions(s, a.version, a.client_id)
                if res["error_code"] != 0:
                    raise RuntimeError("ApiVersions error_code %d" % res["error_code"])
                if a.ready:
                    brokers, controller = metadata_ready(s, a.client_id)
                    if not brokers or controller < 0:
                        raise RuntimeError("not ready: brokers=%s controller=%d" % (brokers, controller))
            break
        except (OSError, ValueError, RuntimeError) as e:
            last = e
            if time.monotonic() >= deadline:
                print("probe: %s: %s" % (a.bootstrap, last), file=sys.stderr)
                return 1
            time.sleep(0.25)
    if not a.quiet:
        print(format_api_versions(res, a.version, a.bootstrap))
    return 0


if __name__ == "__main__":
    sys.exit(main())
