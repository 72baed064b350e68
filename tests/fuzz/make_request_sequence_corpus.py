#!/usr/bin/env python3
"""Writes the seed corpus of the request_sequence fuzz target
(tests/fuzz/corpus/request_sequence/): short request sequences a client sends,
encoded from Kafka's schemas (tests/differential/kafka_schema.py), each frame
prefixed by its big-endian u32 length as request_sequence_fuzz.cc reads them.
Run it again after a schema change: python3 tests/fuzz/make_request_sequence_corpus.py"""
import pathlib
import struct
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[0] / "differential"))
sys.path.append(str(HERE.parents[0] / "integration"))
import kafka_schema as ks  # noqa: E402
import kafka_wire as kw  # noqa: E402

TOPIC = "fz"


def frame(api, version, body, corr):
    # encode_request adds the wire's i32 size prefix; the fuzz target wants a u32 one: the same bytes.
    return ks.encode_request(api, version, corr, body)


def batch(values):
    return kw.record_batch([v.encode() for v in values])


SEQUENCES = {
    "create_produce_fetch": [
        ("ApiVersions", 3, {"ClientSoftwareName": "fuzz", "ClientSoftwareVersion": "1"}),
        ("CreateTopics", 7, {"Topics": [{"Name": TOPIC, "NumPartitions": 2, "ReplicationFactor": 1}],
                             "timeoutMs": 1000}),
        ("Metadata", 12, {"Topics": [{"Name": TOPIC}]}),
        ("Produce", 9, {"Acks": -1, "TimeoutMs": 1000, "TopicData": [
            {"Name": TOPIC, "PartitionData": [{"Index": 0, "Records": batch(["a", "b", "c"])}]}]}),
        ("Fetch", 13, {"MaxWaitMs": 0, "MaxBytes": 1 << 20, "Topics": [
            {"TopicId": "AAAAAAAAAAAAAAAAAAAAAA", "Partitions": [{"Partition": 0, "FetchOffset": 0,
                                                              "PartitionMaxBytes": 1 << 20}]}]}),
        ("Fetch", 11, {"MaxWaitMs": 0, "MaxBytes": 1 << 20, "Topics": [
            {"Topic": TOPIC, "Partitions": [{"Partition": 0, "FetchOffset": 0, "PartitionMaxBytes": 1 << 20}]}]}),
        ("ListOffsets", 7, {"ReplicaId": -1, "Topics": [
            {"Name": TOPIC, "Partitions": [{"PartitionIndex": 0, "Timestamp": -1}]}]}),
    ],
    "group_commit": [
        ("FindCoordinator", 4, {"KeyType": 0, "CoordinatorKeys": ["g1"]}),
        ("JoinGroup", 9, {"GroupId": "g1", "SessionTimeoutMs": 10000, "RebalanceTimeoutMs": 10000,
                          "MemberId": "", "ProtocolType": "consumer",
                          "Protocols": [{"Name": "range", "Metadata": b"\x00\x01"}]}),
        ("OffsetCommit", 8, {"GroupId": "g1", "GenerationIdOrMemberEpoch": -1, "MemberId": "", "Topics": [
            {"Name": TOPIC, "Partitions": [{"PartitionIndex": 0, "CommittedOffset": 2}]}]}),
        ("OffsetFetch", 8, {"Groups": [{"GroupId": "g1", "Topics": None}]}),
        ("DescribeGroups", 5, {"Groups": ["g1"]}),
        ("ListGroups", 4, {}),
        ("DeleteGroups", 2, {"GroupsNames": ["g1"]}),
    ],
    "idempotent_produce": [
        ("InitProducerId", 4, {"TransactionalId": None, "TransactionTimeoutMs": 60000,
                               "ProducerId": -1, "ProducerEpoch": -1}),
        ("Produce", 9, {"Acks": 1, "TimeoutMs": 1000, "TopicData": [
            {"Name": TOPIC, "PartitionData": [{"Index": 1, "Records": kw.record_batch(
                [b"x", b"y"], producer_id=0, producer_epoch=0, base_sequence=0)}]}]}),
        ("Produce", 9, {"Acks": 1, "TimeoutMs": 1000, "TopicData": [
            {"Name": TOPIC, "PartitionData": [{"Index": 1, "Records": kw.record_batch(
                [b"x", b"y"], producer_id=0, producer_epoch=0, base_sequence=0)}]}]}),
    ],
    "admin": [
        ("DescribeConfigs", 4, {"Resources": [{"ResourceType": 2, "ResourceName": TOPIC, "ConfigurationKeys": None}]}),
        ("IncrementalAlterConfigs", 1, {"Resources": [{"ResourceType": 2, "ResourceName": TOPIC, "Configs": [
            {"Name": "retention.ms", "ConfigOperation": 0, "Value": "1000"}]}]}),
        ("CreatePartitions", 3, {"Topics": [{"Name": TOPIC, "Count": 4, "Assignments": None}], "TimeoutMs": 1000}),
        ("DeleteRecords", 2, {"Topics": [{"Name": TOPIC, "Partitions": [{"PartitionIndex": 0, "Offset": 1}]}],
                              "TimeoutMs": 1000}),
        ("DescribeLogDirs", 4, {"Topics": None}),
        ("DescribeCluster", 1, {}),
        ("OffsetForLeaderEpoch", 4, {"ReplicaId": -1, "Topics": [
            {"Topic": TOPIC, "Partitions": [{"Partition": 0, "LeaderEpoch": 0}]}]}),
        ("DeleteTopics", 6, {"Topics": [{"Name": TOPIC}], "TimeoutMs": 1000}),
    ],
}


def main():
    out = HERE / "corpus" / "request_sequence"
    out.mkdir(parents=True, exist_ok=True)
    for name, steps in SEQUENCES.items():
        data = b"".join(frame(api, v, body, corr) for corr, (api, v, body) in enumerate(steps, 1))
        (out / name).write_bytes(data)
        print(f"{name}: {len(steps)} requests, {len(data)} bytes")


if __name__ == "__main__":
    main()
