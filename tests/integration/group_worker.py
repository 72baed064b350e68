"""One group consumer in its own process, driven by test_groups_*.py through
JSON lines: so a test can kill -9 it, SIGSTOP it, or run many side by side.

    group_worker.py '{"client": "confluent" | "kafka-python", "bootstrap": ...,
                      "group": ..., "topics": [...], "name": ..., "config": {...}}'

stdout, one JSON object a line:
  {"event": "assignment", "partitions": [[topic, p], ...], "generation": g}
      whenever the set of assigned partitions changes (the full set, sorted);
      generation is the group generation the client reports (null if unknown)
  {"event": "rebalance", "kind": "assign" | "revoke" | "lost", "partitions": [...]}
      every rebalance callback, also when the set does not change
  {"event": "message", "topic", "partition", "offset", "key", "value"}
  {"event": "committed", "offsets": [[topic, p, offset], ...]}
  {"event": "closed"}
stdin commands:
  {"cmd": "commit"}   commit the position after the last message consumed from
                      each partition assigned now (sync)
  {"cmd": "close"}    close the consumer (LeaveGroup unless static) and exit
Auto commit is off unless the config turns it on.
"""
import json
import queue
import struct
import sys
import threading
import time


def emit(obj):
    sys.stdout.write(json.dumps(obj) + "\n")
    sys.stdout.flush()


def stdin_commands():
    q = queue.Queue()

    def read():
        for line in sys.stdin:
            line = line.strip()
            if line:
                q.put(json.loads(line))
        q.put({"cmd": "close"})  # the test went away

    threading.Thread(target=read, daemon=True).start()
    return q


def text(b):
    return None if b is None else b.decode("utf-8", "replace")


def sorted_pairs(pairs):
    return sorted([list(p) for p in pairs])


def librdkafka_generation(consumer):
    """The generation librdkafka holds, read from its serialized consumer group
    metadata ("CGMDv2:" magic, then the generation id as a native int32), or
    None if the format is not that one."""
    try:
        raw = consumer.consumer_group_metadata()
    except Exception:
        return None
    if isinstance(raw, (bytes, bytearray)) and raw[:7] == b"CGMDv2:":
        return struct.unpack_from("=i", raw, 7)[0]
    return None


def run_confluent(spec, commands):
    from confluent_kafka import Consumer, KafkaError

    conf = {"bootstrap.servers": spec["bootstrap"], "group.id": spec["group"],
            "client.id": spec["name"], "enable.auto.commit": False,
            "auto.offset.reset": "earliest"}
    conf.update(spec.get("config", {}))

    def cb(kind):
        def f(consumer, partitions):
            emit({"event": "rebalance", "kind": kind,
                  "partitions": sorted_pairs((p.topic, p.partition) for p in partitions)})
        return f

    c = Consumer(conf)
    c.subscribe(spec["topics"], on_assign=cb("assign"), on_revoke=cb("revoke"), on_lost=cb("lost"))
    positions = {}
    last = None
    try:
        while True:
            try:
                cmd = commands.get_nowait()
            except queue.Empty:
                cmd = None
            if cmd and cmd["cmd"] == "close":
                break
            if cmd and cmd["cmd"] == "commit":
                from confluent_kafka import TopicPartition
                owned = {(tp.topic, tp.partition) for tp in c.assignment()}
                offsets = [TopicPartition(t, p, o) for (t, p), o in sorted(positions.items())
                           if (t, p) in owned]
                done = c.commit(offsets=offsets, asynchronous=False) if offsets else []
                emit({"event": "committed",
                      "offsets": sorted([[tp.topic, tp.partition, tp.offset] for tp in done])})
            for m in c.consume(100, 0.1):
                if m.error():
                    if m.error().code() != KafkaError._PARTITION_EOF:
                        emit({"event": "error", "error": str(m.error())})
                    continue
                positions[(m.topic(), m.partition())] = m.offset() + 1
                emit({"event": "message", "topic": m.topic(), "partition": m.partition(),
                      "offset": m.offset(), "key": text(m.key()), "value": text(m.value())})
            now = sorted_pairs((p.topic, p.partition) for p in c.assignment())
            if now != last:
                last = now
                emit({"event": "assignment", "partitions": now,
                      "generation": librdkafka_generation(c)})
    finally:
        c.close()
        emit({"event": "closed"})


def run_kafka_python(spec, commands):
    from kafka import KafkaConsumer, OffsetAndMetadata, TopicPartition
    from kafka.consumer.subscription_state import ConsumerRebalanceListener

    conf = dict(bootstrap_servers=spec["bootstrap"], group_id=spec["group"],
                client_id=spec["name"], enable_auto_commit=False,
                auto_offset_reset="earliest")
    conf.update(spec.get("config", {}))
    c = KafkaConsumer(**conf)

    class Listener(ConsumerRebalanceListener):
        def on_partitions_revoked(self, revoked):
            emit({"event": "rebalance", "kind": "revoke",
                  "partitions": sorted_pairs((p.topic, p.partition) for p in revoked)})

        def on_partitions_assigned(self, assigned):
            emit({"event": "rebalance", "kind": "assign",
                  "partitions": sorted_pairs((p.topic, p.partition) for p in assigned)})

    c.subscribe(spec["topics"], listener=Listener())
    positions = {}
    last = None
    try:
        while True:
            try:
                cmd = commands.get_nowait()
            except queue.Empty:
                cmd = None
            if cmd and cmd["cmd"] == "close":
                break
            if cmd and cmd["cmd"] == "commit":
                owned = {(tp.topic, tp.partition) for tp in c.assignment()}
                mine = {tp: o for tp, o in positions.items() if tp in owned}
                offsets = {TopicPartition(t, p): OffsetAndMetadata(o, "")
                           for (t, p), o in mine.items()}
                if offsets:
                    c.commit(offsets)
                emit({"event": "committed",
                      "offsets": sorted([[t, p, o] for (t, p), o in mine.items()])})
            for records in c.poll(timeout_ms=100).values():
                for m in records:
                    positions[(m.topic, m.partition)] = m.offset + 1
                    emit({"event": "message", "topic": m.topic, "partition": m.partition,
                          "offset": m.offset, "key": text(m.key), "value": text(m.value)})
            now = sorted_pairs((p.topic, p.partition) for p in c.assignment())
            if now != last:
                last = now
                gen = c._coordinator._generation  # kafka-python 2.0.2 keeps it here
                emit({"event": "assignment", "partitions": now,
                      "generation": gen.generation_id if gen else None})
    finally:
        c.close()
        emit({"event": "closed"})


def main():
    spec = json.loads(sys.argv[1])
    commands = stdin_commands()
    if spec["client"] == "confluent":
        run_confluent(spec, commands)
    elif spec["client"] == "kafka-python":
        run_kafka_python(spec, commands)
    else:
        raise SystemExit(f"unknown client {spec['client']}")


if __name__ == "__main__":
    main()
