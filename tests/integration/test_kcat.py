"""kcat (librdkafka's command line client) against gannet."""
import json
import subprocess

import pytest

import kafka_wire

CODECS = {"none": 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}


def kcat(broker, *args, input=None, timeout=60):
    proc = subprocess.run(["kcat", "-b", broker.bootstrap, *args], input=input,
                          capture_output=True, timeout=timeout)
    assert proc.returncode == 0, f"kcat {args} failed: {proc.stderr.decode(errors='replace')}"
    return proc.stdout


def produce(broker, topic, lines, *extra):
    kcat(broker, "-P", "-t", topic, "-p", "0", "-K:", "-X", "acks=all", *extra,
         input="".join(line + "\n" for line in lines).encode())


def consume(broker, topic, fmt, *extra):
    return kcat(broker, "-C", "-t", topic, "-o", "beginning", "-e", "-q", "-f", fmt, *extra).decode()


def test_metadata_lists_the_broker_and_a_topic(broker, topic_name):
    produce(broker, topic_name, ["k:v"])
    meta = json.loads(kcat(broker, "-L", "-J"))
    assert meta["brokers"] == [{"id": 0, "name": f"127.0.0.1:{broker.port}"}]
    assert meta["controllerid"] == 0
    topics = {t["topic"]: t for t in meta["topics"]}
    t = topics[topic_name]
    assert "error" not in t
    assert t["partitions"] == [{"partition": 0, "leader": 0, "replicas": [{"id": 0}],
                                "isrs": [{"id": 0}]}]


def test_metadata_for_one_topic(broker, topic_name):
    produce(broker, topic_name, ["k:v"])
    meta = json.loads(kcat(broker, "-L", "-J", "-t", topic_name))
    assert [t["topic"] for t in meta["topics"]] == [topic_name]


def test_keyed_messages_with_headers_come_back_exactly(broker, topic_name):
    lines = [f"key-{i}:value {i} with spaces, {'x' * (i % 7)}" for i in range(200)]
    produce(broker, topic_name, lines, "-H", "trace=abc", "-H", "empty=", "-H", "n=42")
    out = consume(broker, topic_name, "%p|%o|%k|%s|%h\n")
    expected = "".join(f"0|{i}|key-{i}:value {i} with spaces, {'x' * (i % 7)}|trace=abc,empty=,n=42\n"
                       .replace(f"key-{i}:", f"key-{i}|", 1) for i in range(200))
    assert out == expected


def test_key_lengths_and_partition_end_offset(broker, topic_name):
    produce(broker, topic_name, ["a:1", "bb:22", "ccc:333"])
    out = consume(broker, topic_name, "%o %K %S %k=%s\n")
    assert out == "0 1 1 a=1\n1 2 2 bb=22\n2 3 3 ccc=333\n"
    # Offsets continue after a second produce.
    produce(broker, topic_name, ["d:4"])
    assert consume(broker, topic_name, "%o:%k=%s\n", "-o", "3") == "3:d=4\n"


def test_consume_from_an_offset_and_a_count(broker, topic_name):
    produce(broker, topic_name, [f"k{i}:v{i}" for i in range(10)])
    assert consume(broker, topic_name, "%o=%s ", "-o", "4", "-c", "3") == "4=v4 5=v5 6=v6 "


# librdkafka up to 2.11.0 (Debian 12 ships 2.0.2) compresses gzip, snappy and
# lz4 only when the broker advertises Produce v0 (it asks whether Produce
# [0, 0] is supported), and lz4 also needs FindCoordinator v0 advertised.
# Gannet advertises Produce v3+ (record batch v2 only), so librdkafka sends
# these batches uncompressed: they round-trip, but not compressed.
LIBRDKAFKA_NO_COMPRESSION = pytest.mark.xfail(
    strict=True, raises=AssertionError,
    reason="librdkafka <= 2.11.0 sends gzip/snappy/lz4 uncompressed unless the broker "
           "advertises Produce v0 (and FindCoordinator v0 for lz4); gannet advertises Produce v3+")


def codec_params():
    return [pytest.param(c, marks=LIBRDKAFKA_NO_COMPRESSION) if c in ("gzip", "snappy", "lz4") else c
            for c in CODECS]


@pytest.mark.parametrize("codec", list(CODECS))
def test_each_compression_codec_round_trips(broker, topic_name, codec):
    lines = [f"k{i}:{codec} payload {i} " + "abcdefgh" * 20 for i in range(500)]
    produce(broker, topic_name, lines, "-z", codec, "-X", "linger.ms=50")
    out = consume(broker, topic_name, "%o %k %s\n")
    assert out == "".join(f"{i} k{i} {codec} payload {i} " + "abcdefgh" * 20 + "\n" for i in range(500))


@pytest.mark.parametrize("codec", codec_params())
def test_each_compression_codec_is_stored_compressed(broker, topic_name, codec):
    produce(broker, topic_name, [f"k{i}:{codec} {i} " + "abcdefgh" * 20 for i in range(100)],
            "-z", codec, "-X", "linger.ms=50")
    # The broker keeps the batches as the producer sent them.
    codecs = kafka_wire.fetch_codecs(broker.port, topic_name)
    assert codecs and set(codecs) == {CODECS[codec]}


def test_acks_zero(broker, topic_name):
    kcat(broker, "-P", "-t", topic_name, "-p", "0", "-X", "acks=0", input=b"one\ntwo\nthree\n")
    assert consume(broker, topic_name, "%o=%s ") == "0=one 1=two 2=three "


def test_consume_from_a_timestamp(broker, topic_name):
    # kcat stamps each message on -P with the time it reads it; separate runs
    # give the two halves distinct times.
    import time
    produce(broker, topic_name, [f"k{i}:early{i}" for i in range(3)])
    time.sleep(0.05)
    t = int(time.time() * 1000)
    time.sleep(0.05)
    produce(broker, topic_name, [f"k{i}:late{i}" for i in range(3)])
    assert consume(broker, topic_name, "%o=%s ", "-o", f"s@{t}") == "3=late0 4=late1 5=late2 "


def test_tail_offsets_relative_to_the_end(broker, topic_name):
    produce(broker, topic_name, [f"k{i}:v{i}" for i in range(10)])
    assert consume(broker, topic_name, "%o ", "-o", "-3") == "7 8 9 "
