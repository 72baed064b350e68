"""The same request sequences sent to Apache Kafka 3.9.1 and to Gannet, answers compared
field by field (compare.py says what is left out and why). A difference either fails the
test or is listed below as an expected difference with its reason (docs/compatibility.md)."""
import base64
import struct
import uuid

import pytest

import batches as B
import kafka_schema
from compare import assert_same, expect_difference
from wire import BASE_TS, batch, corrupt, create, produce, topic, wait_gone, wait_ready

# The codec reads Kafka's JSON schemas (../shared/kafka-protocol beside the repo); a checkout
# without them cannot encode a single request, so it says so instead of failing on every test.
if not kafka_schema.schema_dir().is_dir():
    pytest.skip(f"Kafka's message schemas not found at {kafka_schema.schema_dir()} (set KAFKA_SCHEMAS)",
                allow_module_level=True)

# ---- ApiVersions and unsupported versions ------------------------------------------------


def test_api_versions_ranges_of_the_apis_gannet_serves(pair):
    k, g = pair.call("ApiVersions", 3, {"ClientSoftwareName": "diff", "ClientSoftwareVersion": "1"})
    assert k["ErrorCode"] == g["ErrorCode"] == 0
    kafka = {a["ApiKey"]: (a["MinVersion"], a["MaxVersion"]) for a in k["ApiKeys"]}
    gannet = {a["ApiKey"]: (a["MinVersion"], a["MaxVersion"]) for a in g["ApiKeys"]}
    # Every API Gannet advertises is one Kafka serves, at Kafka's exact range, except the
    # message-format v0/v1 versions of Produce and Fetch (docs/compatibility.md: Gannet stores
    # record batches v2 only, so it serves Produce from v3 and Fetch from v4).
    expected = {key: kafka.get(key) for key in gannet}
    expected[0] = (3, kafka[0][1])
    expected[1] = (4, kafka[1][1])
    assert gannet == expected


def test_api_versions_unsupported_version_answers_v0_with_its_own_range(pair):
    frame = kafka_schema.encode_request("ApiVersions", 3, 7, {"ClientSoftwareName": "diff",
                                                              "ClientSoftwareVersion": "1"})
    # The same frame with version 127 (as a client newer than the broker sends it): the broker
    # answers in v0 with UNSUPPORTED_VERSION and its own ApiVersions range.
    frame = frame[:6] + struct.pack(">h", 127) + frame[8:]
    k, g = pair.raw(frame)
    kc, kb = kafka_schema.decode_response("ApiVersions", 0, k)
    gc, gb = kafka_schema.decode_response("ApiVersions", 0, g)
    assert kc == gc == 7
    assert kb["ErrorCode"] == gb["ErrorCode"] == 35
    assert [a for a in gb["ApiKeys"] if a["ApiKey"] == 18] == [a for a in kb["ApiKeys"] if a["ApiKey"] == 18]


@pytest.mark.parametrize("api,version", [("Metadata", 13), ("Metadata", 99), ("Produce", 12), ("Fetch", 18),
                                         ("CreateTopics", 8), ("DescribeConfigs", 5)])
def test_unsupported_version_of_another_api_closes_the_connection(pair, api, version):
    # One past Kafka 3.9's newest version: neither broker can parse it; Kafka closes the connection.
    frame = kafka_schema.encode_request(api, 0, 1, {})
    frame = frame[:6] + struct.pack(">h", version) + frame[8:]
    k, g = pair.raw(frame)
    assert k is None and g is None


# ---- CreateTopics ----------------------------------------------------------------------

BAD_NAMES = ["", ".", "..", "bad name", "a/b", "x" * 250, "ünï"]


@pytest.mark.parametrize("version", [0, 4, 5, 7])
def test_create_topics_bad_names(pair, version):
    body = {"Topics": [{"Name": n, "NumPartitions": 1, "ReplicationFactor": 1} for n in BAD_NAMES],
            "TimeoutMs": 5000}
    assert_same(*pair.call("CreateTopics", version, body))


def test_create_topics_errors(pair):
    existing = topic("existing")
    create(pair, existing)
    body = {"Topics": [
        {"Name": existing, "NumPartitions": 1, "ReplicationFactor": 1},                 # TOPIC_ALREADY_EXISTS
        {"Name": topic("zero-parts"), "NumPartitions": 0, "ReplicationFactor": 1},      # INVALID_PARTITIONS
        {"Name": topic("neg-parts"), "NumPartitions": -5, "ReplicationFactor": 1},
        {"Name": topic("rf3"), "NumPartitions": 1, "ReplicationFactor": 3},             # INVALID_REPLICATION_FACTOR
        {"Name": topic("rf0"), "NumPartitions": 1, "ReplicationFactor": 0},
        {"Name": topic("bad-config"), "NumPartitions": 1, "ReplicationFactor": 1,
         "Configs": [{"Name": "retention.ms", "Value": "abc"}]},                        # INVALID_CONFIG
        {"Name": topic("unknown-config"), "NumPartitions": 1, "ReplicationFactor": 1,
         "Configs": [{"Name": "no.such.config", "Value": "1"}]},
        {"Name": topic("bad-policy"), "NumPartitions": 1, "ReplicationFactor": 1,
         "Configs": [{"Name": "cleanup.policy", "Value": "shred"}]},
        {"Name": topic("bad-assign"), "NumPartitions": 1, "ReplicationFactor": 1,
         "Assignments": [{"PartitionIndex": 0, "BrokerIds": [0]}]},                     # both counts and assignment
        {"Name": topic("unknown-broker"), "NumPartitions": -1, "ReplicationFactor": -1,
         "Assignments": [{"PartitionIndex": 0, "BrokerIds": [7]}]},
    ], "TimeoutMs": 5000, "ValidateOnly": True}
    for version in (1, 5, 7):
        assert_same(*pair.call("CreateTopics", version, body))


def test_create_topics_duplicate_name_in_one_request(pair):
    name = topic("dup")
    body = {"Topics": [{"Name": name, "NumPartitions": 1, "ReplicationFactor": 1}] * 2, "TimeoutMs": 5000,
            "ValidateOnly": True}
    assert_same(*pair.call("CreateTopics", 5, body))


@pytest.mark.parametrize("version", [5, 7])
def test_create_topics_validate_only_returns_the_topic_and_its_configs(pair, version):
    name = topic(f"validate-{version}")
    body = {"Topics": [{"Name": name, "NumPartitions": 3, "ReplicationFactor": 1,
                        "Configs": [{"Name": "retention.ms", "Value": "3600000"},
                                    {"Name": "cleanup.policy", "Value": "compact"}]}],
            "TimeoutMs": 5000, "ValidateOnly": True}
    k, g = pair.call("CreateTopics", version, body)
    assert k["Topics"][0]["ErrorCode"] == 0
    assert_same(_sorted_configs(k), _sorted_configs(g))
    # Validate-only created nothing.
    for conn in (pair.kafka, pair.gannet):
        md = conn.call("Metadata", 9, {"Topics": [{"Name": name}], "AllowAutoTopicCreation": False})
        assert md["Topics"][0]["ErrorCode"] == 3


def test_create_topics_returns_the_new_topics_configs(pair):
    name = topic("created")
    k, g = create(pair, name, 2, {"max.message.bytes": "2000", "segment.bytes": "1048576"})
    assert_same(_sorted_configs(k), _sorted_configs(g))


def _sorted_configs(resp):
    """Kafka lists a topic's configs in its hash map's order; the order carries no meaning."""
    for t in resp.get("Topics") or resp.get("Results") or []:
        if t.get("Configs"):
            t["Configs"] = sorted(t["Configs"], key=lambda c: c["Name"])
    return resp


def same_configs(kafka, gannet):
    assert_same(_sorted_configs(kafka), _sorted_configs(gannet))


# ---- DeleteTopics ------------------------------------------------------------------------


def test_delete_topics(pair):
    name = topic("to-delete")
    create(pair, name, 2)
    body = {"TopicNames": [name, topic("never-created"), "bad name"], "TimeoutMs": 30000}
    assert_same(*pair.call("DeleteTopics", 4, body))
    wait_gone(pair.kafka, name)
    wait_gone(pair.gannet, name)
    assert_same(*pair.call("DeleteTopics", 4, {"TopicNames": [name], "TimeoutMs": 30000}))
    # v6 names topics in a struct (name or id).
    assert_same(*pair.call("DeleteTopics", 6, {"Topics": [{"Name": topic("never-created")}], "TimeoutMs": 1000}))


# ---- CreatePartitions --------------------------------------------------------------------


def test_create_partitions_errors_and_validate_only(pair):
    name = topic("parts")
    create(pair, name, 2)
    body = {"Topics": [
        {"Name": name, "Count": 1},                               # a decrease: INVALID_PARTITIONS
        {"Name": topic("parts-unknown"), "Count": 4},             # UNKNOWN_TOPIC_OR_PARTITION
    ], "TimeoutMs": 5000, "ValidateOnly": False}
    for version in (0, 1, 2, 3):
        assert_same(*pair.call("CreatePartitions", version, body))
    same = {"Topics": [{"Name": name, "Count": 2}], "TimeoutMs": 5000, "ValidateOnly": False}
    assert_same(*pair.call("CreatePartitions", 3, same))
    wrong_assignment = {"Topics": [{"Name": name, "Count": 4, "Assignments": [{"BrokerIds": [0]}]}],
                        "TimeoutMs": 5000, "ValidateOnly": True}
    assert_same(*pair.call("CreatePartitions", 3, wrong_assignment))
    unknown_broker = {"Topics": [{"Name": name, "Count": 3, "Assignments": [{"BrokerIds": [9]}]}],
                      "TimeoutMs": 5000, "ValidateOnly": True}
    assert_same(*pair.call("CreatePartitions", 3, unknown_broker))
    validate = {"Topics": [{"Name": name, "Count": 5}], "TimeoutMs": 5000, "ValidateOnly": True}
    assert_same(*pair.call("CreatePartitions", 3, validate))
    grow = {"Topics": [{"Name": name, "Count": 3}], "TimeoutMs": 5000, "ValidateOnly": False}
    assert_same(*pair.call("CreatePartitions", 3, grow))
    wait_ready(pair.kafka, name, 3)
    wait_ready(pair.gannet, name, 3)
    assert_same(*pair.call("Metadata", 12, {"Topics": [{"Name": name}], "AllowAutoTopicCreation": False}))


# ---- Metadata ----------------------------------------------------------------------------


@pytest.mark.parametrize("version", [1, 4, 8, 9, 10, 12])
def test_metadata_shapes(pair, version):
    name = topic(f"md-{version}")
    create(pair, name, 3)
    body = {"Topics": [{"Name": name}, {"Name": topic("md-unknown")}, {"Name": "bad name"}],
            "AllowAutoTopicCreation": False,
            "IncludeClusterAuthorizedOperations": version in (8, 9, 10),
            "IncludeTopicAuthorizedOperations": True}
    if version < 4:
        body["Topics"] = [{"Name": name}]
    assert_same(*pair.call("Metadata", version, body))


def test_metadata_v0_empty_list_means_all_topics(pair):
    name = topic("md-all")
    create(pair, name, 1)
    k, g = pair.call("Metadata", 0, {"Topics": []})
    assert name in {t["Name"] for t in k["Topics"]}
    assert name in {t["Name"] for t in g["Topics"]}


# ---- Produce, Fetch, ListOffsets, DeleteRecords -----------------------------------------


# Produce answers compared whole: an errored partition carries BaseOffset -1 and, once the
# partition's log saw the batch, its log start offset (Kafka's LogAppendInfo of a failed append).
@pytest.mark.parametrize("version", [3, 7, 9])
def test_produce_errors(pair, version):
    name = topic(f"produce-{version}")
    create(pair, name, 1, {"max.message.bytes": "1000"})
    ok = batch(["a", "b", "c"])
    assert_same(*produce(pair, name, 0, ok, version=version))
    assert_same(*produce(pair, name, 5, ok, version=version))                             # unknown partition
    assert_same(*produce(pair, topic("produce-unknown"), 0, ok, version=version))         # unknown topic
    assert_same(*produce(pair, name, 0, corrupt(batch(["x"])), version=version))          # CORRUPT_MESSAGE
    assert_same(*produce(pair, name, 0, batch(["y" * 2000]), version=version))            # > max.message.bytes
    assert_same(*produce(pair, name, 0, batch(["d"]), version=version))                   # offset 3 on both
    assert_same(*produce(pair, name, 0, b"", version=version))                            # no batch at all
    magic1 = bytearray(batch(["m"]))
    magic1[16] = 1                                                                         # magic byte 1
    assert_same(*produce(pair, name, 0, bytes(magic1), version=version))
    idempotent = batch(["i"], producer_id=424242, producer_epoch=0, base_sequence=0)     # unknown producer id
    assert_same(*produce(pair, name, 0, idempotent, version=version))
    gap = batch(["i"], producer_id=424242, producer_epoch=0, base_sequence=5)
    assert_same(*produce(pair, name, 0, gap, version=version))
    # (Records null: Kafka 3.9 never answers; Gannet answers INVALID_RECORD. Not compared.)


def test_produce_transactional_id_without_transaction(pair):
    name = topic("produce-tx")
    create(pair, name, 1)
    body = {"TransactionalId": "diff-tx", "Acks": -1, "TimeoutMs": 1000,
            "TopicData": [{"Name": name, "PartitionData": [{"Index": 0, "Records": batch(["a"])}]}]}
    assert_same(*pair.call("Produce", 9, body))


def test_produce_truncated_batch_is_no_batch(pair):
    name = topic("produce-trunc")
    create(pair, name, 1)
    k, g = produce(pair, name, 0, batch(["abc"])[:-3])
    assert k["Responses"][0]["PartitionResponses"][0]["ErrorCode"] == 87   # INVALID_RECORD
    assert_same(k, g)


@pytest.mark.parametrize("acks", [2, -2, 5])
def test_produce_invalid_acks(pair, acks):
    name = topic(f"produce-acks{acks}")
    create(pair, name, 1)
    body = {"TransactionalId": None, "Acks": acks, "TimeoutMs": 30000,
            "TopicData": [{"Name": name, "PartitionData": [{"Index": 0, "Records": batch(["a"])},
                                                           {"Index": 3, "Records": batch(["a"])}]}]}
    k, g = pair.call("Produce", 9, body)
    assert [p["ErrorCode"] for p in k["Responses"][0]["PartitionResponses"]] == [21, 3]
    assert_same(k, g)


def test_fetch_and_list_offsets(pair):
    name = topic("fetch")
    create(pair, name, 2)
    produce(pair, name, 0, batch(["a", "b", "c"]))
    produce(pair, name, 0, batch(["d", "e"], base_timestamp=BASE_TS_LATER))

    def fetch(offset, partition=0):
        return {"ReplicaId": -1, "MaxWaitMs": 0, "MinBytes": 0, "MaxBytes": 1 << 20, "IsolationLevel": 0,
                "SessionId": 0, "SessionEpoch": -1,
                "Topics": [{"Topic": name, "Partitions": [
                    {"Partition": partition, "CurrentLeaderEpoch": -1, "FetchOffset": offset,
                     "LastFetchedEpoch": -1, "LogStartOffset": -1, "PartitionMaxBytes": 1 << 20}]}],
                "ForgottenTopicsData": [], "RackId": ""}

    for version in (4, 11, 12):
        assert_same(*pair.call("Fetch", version, fetch(0)))
        assert_same(*pair.call("Fetch", version, fetch(3)))
        assert_same(*pair.call("Fetch", version, fetch(5)))              # at the end: empty
        assert_same(*pair.call("Fetch", version, fetch(6)))              # OFFSET_OUT_OF_RANGE
        assert_same(*pair.call("Fetch", version, fetch(0, partition=7)))  # unknown partition

    def list_offsets(ts, partition=0):
        return {"ReplicaId": -1, "IsolationLevel": 0, "Topics": [
            {"Name": name, "Partitions": [{"PartitionIndex": partition, "CurrentLeaderEpoch": -1,
                                            "Timestamp": ts, "MaxNumOffsets": 1}]}]}

    # v0 by timestamp: test_list_offsets_v0_by_timestamp_knows_segments_not_records below.
    for version in (0, 1, 5, 7, 8):
        by_time = (BASE_TS, BASE_TS_LATER) if version > 0 else ()
        for ts in (-2, -1) + by_time:
            assert_same(*pair.call("ListOffsets", version, list_offsets(ts)))
        assert_same(*pair.call("ListOffsets", version, list_offsets(BASE_TS_LATER + 1)))
        assert_same(*pair.call("ListOffsets", version, list_offsets(-1, partition=1)))   # empty partition
        assert_same(*pair.call("ListOffsets", version, list_offsets(-1, partition=9)))   # unknown partition


BASE_TS_LATER = BASE_TS + 60_000


def _list_offsets_pair(pair, tag):
    name = topic(tag)
    create(pair, name, 1)
    produce(pair, name, 0, batch(["a", "b", "c"]))
    produce(pair, name, 0, batch(["d", "e"], base_timestamp=BASE_TS_LATER))

    def call(version, ts):
        return pair.call("ListOffsets", version, {"ReplicaId": -1, "Topics": [
            {"Name": name, "Partitions": [{"PartitionIndex": 0, "Timestamp": ts, "MaxNumOffsets": 1}]}]})
    return call


def test_list_offsets_v0_by_timestamp_knows_segments_not_records(pair):
    # Kafka's v0 (legacyFetchOffsetsBefore) compares with segment modification times: with
    # every record in the active segment, a timestamp before now finds nothing.
    call = _list_offsets_pair(pair, "lo-v0")
    k, g = call(0, BASE_TS)
    assert k["Topics"][0]["Partitions"][0]["OldStyleOffsets"] == []
    assert_same(k, g)
    for ts in (-1, -2, BASE_TS_LATER + 3_600_000 * 24 * 365):
        assert_same(*call(0, ts))


def _list_offsets_v0(pair, name, ts, max_num):
    return pair.call("ListOffsets", 0, {"ReplicaId": -1, "Topics": [
        {"Name": name, "Partitions": [{"PartitionIndex": 0, "Timestamp": ts, "MaxNumOffsets": max_num}]}]})


def test_list_offsets_v0_max_num_offsets(pair):
    name = topic("lo-v0-max")
    create(pair, name, 1)
    produce(pair, name, 0, batch(["a", "b", "c"]))
    for ts in (-1, -2):
        for max_num in (0, 1, 5):
            assert_same(*_list_offsets_v0(pair, name, ts, max_num))


def test_list_offsets_not_found_leader_epoch(pair):
    k, g = _list_offsets_pair(pair, "lo-nf")(8, BASE_TS_LATER + 1)
    assert k["Topics"][0]["Partitions"][0]["Offset"] == -1
    assert k["Topics"][0]["Partitions"][0]["LeaderEpoch"] == -1
    assert_same(k, g)


def test_list_offsets_max_timestamp_offset(pair):
    k, g = _list_offsets_pair(pair, "lo-max")(8, -3)
    # Records 3 and 4 share the largest timestamp: Kafka 3.9 answers the first of them.
    assert k["Topics"][0]["Partitions"][0]["Offset"] == 3
    assert_same(k, g)


@pytest.mark.parametrize("isolation", [0, 1])
def test_fetch_aborted_transactions(pair, isolation):
    name = topic(f"fetch-aborted-{isolation}")
    create(pair, name, 1)
    produce(pair, name, 0, batch(["a"]))
    body = {"ReplicaId": -1, "MaxWaitMs": 0, "MinBytes": 0, "MaxBytes": 1 << 20, "IsolationLevel": isolation,
            "Topics": [{"Topic": name, "Partitions": [{"Partition": 0, "FetchOffset": 0, "PartitionMaxBytes": 1024}]}]}
    k, g = pair.call("Fetch", 4, body)
    # null at READ_UNCOMMITTED, an empty list at READ_COMMITTED
    assert k["Responses"][0]["Partitions"][0]["AbortedTransactions"] == (None if isolation == 0 else [])
    assert_same(k, g)


def test_fetch_out_of_range_fields(pair):
    name = topic("fetch-oor")
    create(pair, name, 1)
    produce(pair, name, 0, batch(["a"]))
    body = {"ReplicaId": -1, "MaxWaitMs": 0, "MinBytes": 0, "MaxBytes": 1 << 20, "IsolationLevel": 0,
            "Topics": [{"Topic": name, "Partitions": [{"Partition": 0, "FetchOffset": 9, "PartitionMaxBytes": 1024}]}]}
    k, g = pair.call("Fetch", 11, body)
    assert k["Responses"][0]["Partitions"][0]["ErrorCode"] == 1
    assert_same(k, g)


def test_delete_records(pair):
    name = topic("delrec")
    create(pair, name, 2)
    produce(pair, name, 0, batch(["a", "b", "c", "d"]))

    def delete(offsets):
        return {"Topics": [{"Name": name, "Partitions": [{"PartitionIndex": p, "Offset": o} for p, o in offsets]}],
                "TimeoutMs": 30000}

    for version in (0, 2):
        assert_same(*pair.call("DeleteRecords", version, delete([(0, 9)])))       # past the high watermark
        assert_same(*pair.call("DeleteRecords", version, delete([(5, 0)])))       # unknown partition
    assert_same(*pair.call("DeleteRecords", 2, delete([(0, 2), (1, 0)])))
    assert_same(*pair.call("DeleteRecords", 2, delete([(0, 1)])))                 # below the start: stays 2
    assert_same(*pair.call("DeleteRecords", 2, delete([(0, -1)])))                # -1: up to the high watermark
    assert_same(*pair.call("DeleteRecords", 2, {"Topics": [{"Name": topic("delrec-unknown"),
                                                              "Partitions": [{"PartitionIndex": 0, "Offset": 0}]}],
                                                  "TimeoutMs": 1000}))


def test_delete_records_on_a_compacted_topic(pair):
    name = topic("delrec-compact")
    create(pair, name, 1, {"cleanup.policy": "compact"})
    produce(pair, name, 0, batch(["a"], keys=True))
    body = {"Topics": [{"Name": name, "Partitions": [{"PartitionIndex": 0, "Offset": 1}]}], "TimeoutMs": 30000}
    assert_same(*pair.call("DeleteRecords", 2, body))     # POLICY_VIOLATION


def test_produce_keyless_to_compacted_topic(pair):
    name = topic("produce-compact")
    create(pair, name, 1, {"cleanup.policy": "compact"})
    k, g = produce(pair, name, 0, batch(["a"]))
    assert k["Responses"][0]["PartitionResponses"][0]["ErrorCode"] == 87   # INVALID_RECORD
    assert_same(k, g)


# ---- Record batches as Kafka's LogValidator judges them ---------------------------------
# Each case: a batch no normal client sends, its CRC right; Kafka 3.9.1's answer (in the
# comment) is the one Gannet must give. Accepted cases take offsets on both brokers alike.

_OK2 = B.batch(B.records(2), 2)
VALIDATION_CASES = {
    "base-sequence-minus-5": (B.batch(B.records(1), 1, producer_id=4242, producer_epoch=0, base_sequence=-5), 87),
    "value-length-minus-2": (B.batch(B.record(0, value=b"", value_length=-2), 1), 0),   # read as null
    "key-length-minus-3": (B.batch(B.record(0, key=None, value=b"x").replace(b"\x01", b"\x05", 1), 1), 0),
    "duplicate-offset-deltas": (B.batch(B.record(0) + B.record(0), 2), 0),               # stored as sent
    "offset-deltas-0-5": (B.batch(B.record(0) + B.record(5), 2), 0),
    "duplicate-offset-deltas-gzip": (B.batch(B.gzip(B.record(0) + B.record(0)), 2, attributes=B.GZIP), -1),
    "duplicate-offset-deltas-zstd": (B.batch(B.zstd_raw(B.record(0) + B.record(0)), 2, attributes=B.ZSTD), -1),
    "valid-then-partial-header": (_OK2 + _OK2[:30], 0),                                   # the tail is dropped
    "valid-then-partial-batch": (_OK2 + _OK2[:65], 0),
    "valid-then-size-13": (B.batch(B.records(1), 1) + B.i64(0) + B.i32(13), 2),
    "size-13": (B.i64(0) + B.i32(13) + bytes(13), 2),
    "size-40": (B.i64(0) + B.i32(40) + b"\0\0\0\0\x02" + bytes(35), 2),
    "base-offset-minus-7": (B.batch(B.records(1), 1, base_offset=-7), 87),
    "base-offset-5": (B.batch(B.records(1), 1, base_offset=5), 87),
    "last-offset-delta-minus-1": (B.batch(B.records(1), 1, last_offset_delta=-1), 87),
    "count-0": (B.batch(b"", 0, last_offset_delta=-1), 87),
    "count-and-offsets-differ": (B.batch(B.records(2), 2, last_offset_delta=3), 87),
    "fewer-records-than-count": (B.batch(B.records(1), 2), 87),
    "fewer-records-than-count-gzip": (B.batch(B.gzip(B.records(1)), 2, attributes=B.GZIP), 87),
    "bytes-after-the-records": (B.batch(B.records(1) + b"\0\0", 1), 87),
    "bytes-after-the-records-gzip": (B.batch(B.gzip(B.records(1) + b"\0\0"), 1, attributes=B.GZIP), 87),
    "record-length-short-by-1": (B.batch(B.record(0, length_adjust=-1), 1), 87),
    "record-with-a-byte-past-its-fields": (B.batch(B.record(0, tail=b"\0"), 1), 87),
    "record-with-a-byte-past-its-fields-gzip": (B.batch(B.gzip(B.record(0, tail=b"\0")), 1, attributes=B.GZIP), 87),
    "header-key-length-minus-1": (B.batch(B.record(0, headers=[(b"", b"x")]).replace(b"\x02\x00\x02x", b"\x02\x01\x02x"), 1), 87),
    "header-count-minus-1": (B.batch(B.record(0).replace(b"\x02v\x00", b"\x02v\x01"), 1), 87),
    "header-value-null": (B.batch(B.record(0, headers=[(b"h", None)]), 1), 0),
    "garbage-gzip": (B.batch(b"\x1f\x8b garbage garbage garbage", 1, attributes=B.GZIP), -1),
    "garbage-zstd": (B.batch(b"\x28\xb5\x2f\xfd garbage garbage", 1, attributes=B.ZSTD), -1),
    "not-zstd-at-all": (B.batch(b"garbage garbage", 1, attributes=B.ZSTD), -1),
    "gzip-truncated": (B.batch(B.gzip(B.records(50))[:-20], 50, attributes=B.GZIP), -1),
    "gzip-then-garbage": (B.batch(B.gzip(B.records(1)) + b"garbage", 1, attributes=B.GZIP), 0),  # ignored, as GZIPInputStream
    "gzip-two-members": (B.batch(B.gzip(B.records(1)) + B.gzip(B.record(1)), 2, attributes=B.GZIP), 0),
    "zstd-then-garbage": (B.batch(B.zstd_raw(B.records(1)) + b"garbage", 1, attributes=B.ZSTD), -1),
    "zstd-two-frames": (B.batch(B.zstd_raw(B.records(1)) + B.zstd_raw(B.record(1)), 2, attributes=B.ZSTD), 0),
    "gzip-records-do-not-parse": (B.batch(B.gzip(b"\x05" * 100), 1, attributes=B.GZIP), 87),
    "zstd-records-do-not-parse": (B.batch(B.zstd_raw(b"\x05" * 100), 1, attributes=B.ZSTD), 87),
    "zstd-zero-fill-16-MiB": (B.batch(B.zstd_rle(0, 16 << 20), 1, attributes=B.ZSTD), 87),
    "gzip-zero-fill-16-MiB": (B.batch(B.gzip_zeros(16 << 20), 1, attributes=B.GZIP), 87),
    "compression-id-5": (B.batch(B.records(1), 1, attributes=5), -1),
    "compression-id-7": (B.batch(B.records(1), 1, attributes=7), -1),
    "compression-id-5-bad-crc": (B.batch(B.records(1), 1, attributes=5)[:-1] + b"\0", -1),
    "inner-record-attributes-set": (B.batch(B.record(0, attributes=0x7F), 1), 0),
    "log-append-time-from-a-client": (B.batch(B.records(1), 1, attributes=0x08), 0),
    "huge-negative-timestamp-delta": (B.batch(B.record(0, timestamp_delta=-(1 << 62)), 1), 0),
}


@pytest.mark.parametrize("case", sorted(VALIDATION_CASES))
def test_record_batch_validation(pair, case):
    records, expected = VALIDATION_CASES[case]
    name = topic("valid-" + case)
    create(pair, name, 1)
    k, g = produce(pair, name, 0, records)
    assert k["Responses"][0]["PartitionResponses"][0]["ErrorCode"] == expected
    assert_same(k, g)
    # What was accepted is readable: the next batch lands at the same offset on both.
    assert_same(*produce(pair, name, 0, batch(["after"])))


def test_produce_zstd_before_v7(pair):
    name = topic("zstd-v6")
    create(pair, name, 1)
    k, g = produce(pair, name, 0, B.batch(B.zstd_raw(B.records(1)), 1, attributes=B.ZSTD), version=6)
    assert k["Responses"][0]["PartitionResponses"][0]["ErrorCode"] == 76   # UNSUPPORTED_COMPRESSION_TYPE
    assert_same(k, g)


def test_known_difference_compressed_record_length_ignored_by_kafka(pair):
    # Kafka validates a compressed batch it keeps as sent with DefaultRecord.readPartiallyFrom,
    # which never compares a record's length with its fields: it stores a batch that its own
    # consumer then fails to read ("Invalid record size"). Gannet refuses it (INVALID_RECORD)
    # so that every stored batch decodes (docs/compatibility.md).
    name = topic("valid-reclen-gzip")
    create(pair, name, 1)
    records = B.batch(B.gzip(B.record(0, length_adjust=1) + B.record(1)), 2, attributes=B.GZIP)
    k, g = produce(pair, name, 0, records)
    assert k["Responses"][0]["PartitionResponses"][0]["ErrorCode"] == 0
    assert g["Responses"][0]["PartitionResponses"][0]["ErrorCode"] == 87
    expect_difference(k, g, "a compressed record whose length disagrees with its fields: Kafka stores it, "
                            "Gannet answers INVALID_RECORD")


# ---- Metadata by topic id before v12 ----------------------------------------------------

def _b64_uuid(text):
    return base64.urlsafe_b64encode(uuid.UUID(text).bytes).decode().rstrip("=")


@pytest.mark.parametrize("version", [10, 11, 12])
def test_metadata_by_topic_id(pair, version):
    name = topic(f"md-id-{version}")
    create(pair, name, 1)
    ids = [_b64_uuid(pair.kafka.call("Metadata", 12, {"Topics": [{"Name": name}]})["Topics"][0]["TopicId"]),
           _b64_uuid(pair.gannet.call("Metadata", 12, {"Topics": [{"Name": name}]})["Topics"][0]["TopicId"])]
    unknown = _b64_uuid(str(uuid.UUID(int=12345)))
    body = {"Topics": [{"TopicId": unknown, "Name": None}], "AllowAutoTopicCreation": False}
    k, g = pair.call("Metadata", version, body)
    assert k["Topics"][0]["ErrorCode"] == (42 if version < 12 else 100)
    assert_same(k, g)
    # A known id: each broker its own; v10 and v11 refuse ids (INVALID_REQUEST), v12 serves them.
    answers = [conn.call("Metadata", version, {"Topics": [{"TopicId": i, "Name": None}], "AllowAutoTopicCreation": False})
               for conn, i in ((pair.kafka, ids[0]), (pair.gannet, ids[1]))]
    assert answers[0]["Topics"][0]["ErrorCode"] == (42 if version < 12 else 0)
    assert_same(*answers)


# ---- DescribeConfigs, AlterConfigs, IncrementalAlterConfigs -------------------------------

TOPIC, BROKER = 2, 4


def _configs_by_name(resp):
    out = {}
    for r in resp["Results"]:
        out[(r["ResourceType"], r["ResourceName"])] = {
            "ErrorCode": r["ErrorCode"],
            "Configs": {c["Name"]: c for c in r["Configs"]}}
    return out


def _common_keys(k, g):
    """Both answers restricted to the keys both brokers list (docs/compatibility.md: Gannet
    lists a subset of Kafka's broker keys), plus the keys only one of them lists."""
    kk, gg = _configs_by_name(k), _configs_by_name(g)
    assert kk.keys() == gg.keys()
    only = {}
    for res in kk:
        assert kk[res]["ErrorCode"] == gg[res]["ErrorCode"], (res, kk[res]["ErrorCode"], gg[res]["ErrorCode"])
        kc, gc = kk[res]["Configs"], gg[res]["Configs"]
        only[res] = (sorted(kc.keys() - gc.keys()), sorted(gc.keys() - kc.keys()))
        for name in list(kc):
            if name not in gc:
                del kc[name]
        for name in list(gc):
            if name not in kc:
                del gc[name]
    return kk, gg, only


@pytest.mark.parametrize("version", [0, 1, 2, 3, 4])
def test_describe_topic_configs_defaults_and_sources(pair, version):
    name = topic(f"dc-{version}")
    create(pair, name, 1, {"retention.ms": "7200000", "compression.type": "lz4"})
    body = {"Resources": [{"ResourceType": TOPIC, "ResourceName": name, "ConfigurationKeys": None}],
            "IncludeSynonyms": version >= 1, "IncludeDocumentation": False}
    k, g = pair.call("DescribeConfigs", version, body)
    kk, gg, only = _common_keys(k, g)
    # A topic lists exactly Kafka's topic keys.
    assert only[(TOPIC, name)] == ([], [])
    assert_same(kk, gg)


# Broker keys whose values are where each broker runs, or Gannet's own design (docs/compatibility.md).
BROKER_VALUE_DIFFERS = {
    "log.dirs", "log.dir", "listeners", "advertised.listeners",
}
# Set on the reference Kafka (it runs in ZooKeeper mode) and not on the Gannet under test, which
# runs standalone (conftest.py): not compared.
BROKER_KEYS_NOT_COMPARED = {"zookeeper.connect"}


@pytest.mark.parametrize("version", [1, 4])
def test_describe_broker_configs_defaults_and_sources(pair, version):
    body = {"Resources": [{"ResourceType": BROKER, "ResourceName": "0", "ConfigurationKeys": None}],
            "IncludeSynonyms": True, "IncludeDocumentation": False}
    k, g = pair.call("DescribeConfigs", version, body)
    kk, gg, _ = _common_keys(k, g)
    for res in (kk, gg):
        for name in BROKER_KEYS_NOT_COMPARED:
            res[(BROKER, "0")]["Configs"].pop(name, None)
        for name in BROKER_VALUE_DIFFERS:
            c = res[(BROKER, "0")]["Configs"].get(name)
            if c:
                c["Value"] = "<differs>"
                for s in c.get("Synonyms") or []:
                    s["Value"] = "<differs>"
    assert_same(kk, gg)


def test_describe_configs_errors(pair):
    body = {"Resources": [
        {"ResourceType": TOPIC, "ResourceName": topic("dc-unknown"), "ConfigurationKeys": None},
        {"ResourceType": TOPIC, "ResourceName": "bad name", "ConfigurationKeys": None},
        {"ResourceType": BROKER, "ResourceName": "7", "ConfigurationKeys": None},
        {"ResourceType": BROKER, "ResourceName": "x", "ConfigurationKeys": None},
    ], "IncludeSynonyms": False}
    assert_same(*pair.call("DescribeConfigs", 4, body))


def test_describe_configs_selected_keys(pair):
    name = topic("dc-keys")
    create(pair, name, 1)
    body = {"Resources": [
        {"ResourceType": TOPIC, "ResourceName": name,
         "ConfigurationKeys": ["retention.ms", "no.such.key", "cleanup.policy"]},
        {"ResourceType": BROKER, "ResourceName": "0", "ConfigurationKeys": ["num.partitions", "log.retention.hours"]},
    ], "IncludeSynonyms": True}
    same_configs(*pair.call("DescribeConfigs", 4, body))


def test_alter_configs(pair):
    name = topic("alter")
    create(pair, name, 1)

    def alter(configs, validate, name=name):
        return {"Resources": [{"ResourceType": TOPIC, "ResourceName": name,
                               "Configs": [{"Name": c, "Value": v} for c, v in configs]}],
                "ValidateOnly": validate}

    for version in (0, 2):
        assert_same(*pair.call("AlterConfigs", version, alter([("retention.ms", "abc")], True)))
        assert_same(*pair.call("AlterConfigs", version, alter([("no.such.key", "1")], True)))
        assert_same(*pair.call("AlterConfigs", version, alter([("retention.ms", "1000")], True, topic("alter-unknown"))))
        assert_same(*pair.call("AlterConfigs", version, alter([("retention.ms", "60000")], True)))
    assert_same(*pair.call("AlterConfigs", 2, alter([("retention.ms", "60000"), ("segment.ms", "3600000")], False)))
    describe = {"Resources": [{"ResourceType": TOPIC, "ResourceName": name,
                               "ConfigurationKeys": ["retention.ms", "segment.ms", "cleanup.policy"]}],
                "IncludeSynonyms": True}
    same_configs(*pair.call("DescribeConfigs", 4, describe))


def test_incremental_alter_configs(pair):
    name = topic("incalter")
    create(pair, name, 1)
    SET, DELETE, APPEND, SUBTRACT = 0, 1, 2, 3

    def inc(ops, validate, resource=(TOPIC, None)):
        return {"Resources": [{"ResourceType": resource[0], "ResourceName": resource[1] or name,
                               "Configs": [{"Name": c, "ConfigOperation": op, "Value": v} for c, op, v in ops]}],
                "ValidateOnly": validate}

    for version in (0, 1):
        assert_same(*pair.call("IncrementalAlterConfigs", version, inc([("retention.ms", SET, "abc")], True)))
        assert_same(*pair.call("IncrementalAlterConfigs", version, inc([("no.such.key", SET, "1")], True)))
        assert_same(*pair.call("IncrementalAlterConfigs", version, inc([("retention.ms", APPEND, "1")], True)))
        assert_same(*pair.call("IncrementalAlterConfigs", version, inc([("retention.ms", 9, "1")], True)))
    assert_same(*pair.call("IncrementalAlterConfigs", 1,
                           inc([("cleanup.policy", APPEND, "compact"), ("retention.bytes", SET, "1048576")], False)))
    assert_same(*pair.call("IncrementalAlterConfigs", 1, inc([("cleanup.policy", SUBTRACT, "delete")], False)))
    assert_same(*pair.call("IncrementalAlterConfigs", 1, inc([("retention.bytes", DELETE, None)], False)))
    describe = {"Resources": [{"ResourceType": TOPIC, "ResourceName": name,
                               "ConfigurationKeys": ["cleanup.policy", "retention.bytes"]}],
                "IncludeSynonyms": True}
    same_configs(*pair.call("DescribeConfigs", 4, describe))
    # Broker resources: a bad value, a read-only key, another broker's id.
    for version in (0, 2):
        for configs, broker in (([("log.retention.ms", "x")], "0"), ([("broker.id", "3")], "0"),
                                ([("log.retention.ms", "1")], "5")):
            body = {"Resources": [{"ResourceType": BROKER, "ResourceName": broker,
                                   "Configs": [{"Name": c, "Value": v} for c, v in configs]}], "ValidateOnly": True}
            assert_same(*pair.call("AlterConfigs", version, body))
    # A broker resource: a per-broker value that cannot change at runtime, and a bad value.
    assert_same(*pair.call("IncrementalAlterConfigs", 1,
                           inc([("num.io.threads", SET, "-3")], True, (BROKER, "0"))))
    assert_same(*pair.call("IncrementalAlterConfigs", 1,
                           inc([("log.retention.ms", SET, "x")], True, (BROKER, ""))))


# ---- DescribeCluster, DescribeLogDirs ---------------------------------------------------


@pytest.mark.parametrize("version", [0, 1])
def test_describe_cluster(pair, version):
    assert_same(*pair.call("DescribeCluster", version, {"IncludeClusterAuthorizedOperations": True}))


def test_describe_log_dirs(pair):
    name = topic("logdirs")
    create(pair, name, 2)
    produce(pair, name, 0, batch(["a"]))
    body = {"Topics": [{"Topic": name, "Partitions": [0, 1, 5]}, {"Topic": topic("logdirs-unknown"), "Partitions": [0]}]}
    for version in range(0, 5):
        k, g = pair.call("DescribeLogDirs", version, body)
        for resp in (k, g):  # partitions come in each broker's map order
            for d in resp["Results"]:
                for t in d["Topics"]:
                    t["Partitions"].sort(key=lambda p: p["PartitionIndex"])
        # Sizes are the on-disk bytes of each broker's segments, and the volume sizes its disk's.
        assert_same(k, g, ignored={"PartitionSize", "TotalBytes", "UsableBytes"})


# ---- every version of the admin and metadata APIs ------------------------------------------


@pytest.fixture(scope="module")
def versions_topic(kafka_port, gannet_port):
    from conftest import Pair
    p = Pair(kafka_port, gannet_port)
    name = topic("versions")
    create(p, name, 2)
    produce(p, name, 0, batch(["a", "b"]))
    p.close()
    return name


def _every_version_cases(name):
    # (Before v4 a Metadata request for an unknown topic creates it, on both brokers.)
    yield from (("Metadata", v, {"Topics": [{"Name": name}, {"Name": topic("nope")}], "AllowAutoTopicCreation": False})
                for v in range(4, 13))
    yield from (("Metadata", v, {"Topics": [{"Name": name}]}) for v in range(0, 4))
    yield from (("CreateTopics", v, {"Topics": [{"Name": name, "NumPartitions": 1, "ReplicationFactor": 1}],
                                     "timeoutMs": 1000}) for v in range(0, 8))
    yield from (("DeleteTopics", v, {"TopicNames": [topic("nope")], "TimeoutMs": 1000}) for v in range(0, 6))
    yield "DeleteTopics", 6, {"Topics": [{"Name": topic("nope")}], "TimeoutMs": 1000}
    yield from (("ListOffsets", v, {"ReplicaId": -1, "Topics": [{"Name": name, "Partitions": [
        {"PartitionIndex": 0, "Timestamp": -1, "MaxNumOffsets": 1},
        {"PartitionIndex": 1, "Timestamp": -2, "MaxNumOffsets": 1}]}]}) for v in range(0, 10))
    yield from (("OffsetForLeaderEpoch", v, {"ReplicaId": -1, "Topics": [{"Topic": name, "Partitions": [
        {"Partition": 0, "LeaderEpoch": 0}, {"Partition": 9, "LeaderEpoch": 0}]}]}) for v in range(0, 5))
    yield from (("DescribeConfigs", v, {"Resources": [{"ResourceType": BROKER, "ResourceName": "",
                                                       "ConfigurationKeys": None}], "IncludeSynonyms": True})
                for v in range(0, 5))
    yield from (("CreatePartitions", v, {"Topics": [{"Name": name, "Count": 1}], "TimeoutMs": 1000}) for v in range(0, 4))
    yield from (("DeleteRecords", v, {"Topics": [{"Name": name, "Partitions": [{"PartitionIndex": 1, "Offset": 5}]}],
                                      "TimeoutMs": 1000}) for v in range(0, 3))
    yield from (("ApiVersions", v, {"ClientSoftwareName": "diff", "ClientSoftwareVersion": "1"}) for v in range(0, 4))


EVERY_VERSION = [(api, v) for api, v, _ in _every_version_cases("x")]


@pytest.mark.parametrize("case", range(len(EVERY_VERSION)), ids=[f"{a}-v{v}" for a, v in EVERY_VERSION])
def test_every_version(pair, versions_topic, case):
    api, version, body = list(_every_version_cases(versions_topic))[case]
    k, g = pair.call(api, version, body)
    # ApiVersions' list is compared by test_api_versions_ranges_of_the_apis_gannet_serves.
    assert_same(k, g, ignored={"ApiKeys"} if api == "ApiVersions" else ())


def test_describe_configs_documentation(pair):
    """Gannet's documentation strings are its own wording (docs/compatibility.md); every key
    Kafka documents has one, and everything else compares equal."""
    name = topic("docs")
    create(pair, name, 1)
    body = {"Resources": [{"ResourceType": TOPIC, "ResourceName": name, "ConfigurationKeys": None}],
            "IncludeSynonyms": True, "IncludeDocumentation": True}
    k, g = pair.call("DescribeConfigs", 4, body)
    assert_same(k, g, ignored={"Documentation"})
    documented = {c["Name"] for c in g["Results"][0]["Configs"] if c["Documentation"]}
    assert {c["Name"] for c in k["Results"][0]["Configs"] if c["Documentation"]} <= documented
