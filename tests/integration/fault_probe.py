"""Raw requests to one broker, bypassing the clients' metadata: what a broker
that lost its leadership answers (a zombie after SIGCONT or a healed network
partition), and a replica's own log end offset (ListOffsets from the debug
replica id -2, which Kafka answers from followers too)."""

import kafka_wire
from kafka_wire import API_LIST_OFFSETS, Reader, array, i32, i64, string

NOT_LEADER_OR_FOLLOWER = 6


def produce(broker, topic, partition, values, acks=-1, timeout_ms=2000):
    """(error code, base offset) of one Produce v3 with an uncompressed batch."""
    batch = kafka_wire.record_batch([v.encode() for v in values])
    with kafka_wire.connect(broker.port, timeout=timeout_ms / 1000 + 5, host=broker.host) as s:
        s.sendall(kafka_wire.produce_request(1, topic, partition, batch, acks=acks, timeout_ms=timeout_ms))
        _, payload = kafka_wire.recv_frame(s)
    (_, (p,)), = kafka_wire.parse_produce_v3(payload)
    return p["error"], p["base_offset"]


def list_offsets_v1(broker, topic, partition, replica_id=-1, timestamp=-1):
    """(error code, offset) of ListOffsets v1 (latest by default)."""
    body = i32(replica_id) + array([string(topic) + array([i32(partition) + i64(timestamp)])])
    with kafka_wire.connect(broker.port, timeout=10, host=broker.host) as s:
        s.sendall(kafka_wire.request(API_LIST_OFFSETS, 1, 1, body))
        _, payload = kafka_wire.recv_frame(s)
    r = Reader(payload)
    (_, (p,)), = r.array(lambda r: (r.string(), r.array(
        lambda r: dict(partition=r.i32(), error=r.i16(), timestamp=r.i64(), offset=r.i64()))))
    return p["error"], p["offset"]


def try_(fn, *args, **kwargs):
    """fn's answer, or the name of the OSError (a broker not answering)."""
    try:
        return fn(*args, **kwargs)
    except (OSError, ConnectionError) as e:
        return (type(e).__name__, None)

