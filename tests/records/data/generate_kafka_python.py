#!/usr/bin/python3
"""Writes record batches made by an independent implementation, kafka-python
(Debian's python3-kafka, with python3-snappy, python3-lz4, python3-zstandard),
for tests/records/compat_test.cc. Run once; the .bin outputs are committed and
the test needs no Python:

    /usr/bin/python3 tests/records/data/generate_kafka_python.py tests/records/data

Every batch holds the same records (small_records below; the test spells them
out again) or, for the *_large batches, LARGE_COUNT records whose contents
follow large_record(i).
"""
import os
import sys
import zlib

import zstandard
from kafka import codec
from kafka.record import default_records as dr
from kafka.record.default_records import DefaultRecordBatchBuilder

BASE_TS = 1700000000000
PRODUCER_ID = 4242
PRODUCER_EPOCH = 3
BASE_SEQUENCE = 17
LARGE_COUNT = 500

LOREM = (b"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
         b"tempor incididunt ut labore et dolore magna aliqua. ")


def small_records():
    # (timestamp, key, value, headers)
    return [
        (BASE_TS, b"key-0", b"value-0 " * 8, [("h1", b"v1"), ("null-header", None)]),
        (BASE_TS + 5, None, b"no key here, " * 4, []),
        (BASE_TS + 2, b"", None, [("empty", b"")]),
        (BASE_TS + 1000, b"k3", (LOREM * 3)[:300], [("trace-id", b"abc-123")]),
    ]


def large_record(i):
    key = b"user-%d" % (i % 37)
    value = (b"event %d: " % i) + LOREM[: 100 + (i * 7) % 90]
    return (BASE_TS + i * 3, key, value, [("seq", b"%d" % i)])


def build(codec_id, records):
    b = DefaultRecordBatchBuilder(magic=2, compression_type=codec_id, is_transactional=False,
                                  producer_id=PRODUCER_ID, producer_epoch=PRODUCER_EPOCH,
                                  base_sequence=BASE_SEQUENCE, batch_size=1 << 30)
    for offset, (ts, key, value, headers) in enumerate(records):
        assert b.append(offset, timestamp=ts, key=key, value=value, headers=headers) is not None
    data = bytes(b.build())
    attrs = int.from_bytes(data[21:23], "big")
    assert attrs & 7 == codec_id, "kafka-python fell back to no compression"
    return data


def main(out_dir):
    codecs = {"none": 0, "gzip": 1, "snappy": 2, "lz4": 3, "zstd": 4}
    outputs = {}
    for name, cid in codecs.items():
        outputs["kafka_python_%s.bin" % name] = build(cid, small_records())
        outputs["kafka_python_%s_large.bin" % name] = build(
            cid, [large_record(i) for i in range(LARGE_COUNT)])

    # Variants other producers write:
    # zstd streamed without a content size in the frame header (Java's zstd-jni stream).
    saved = dr.zstd_encode
    dr.zstd_encode = lambda p: zstandard.ZstdCompressor(write_content_size=False).compress(p)
    outputs["kafka_python_zstd_no_content_size.bin"] = build(4, small_records())
    dr.zstd_encode = saved
    # A bare snappy block, without xerial framing (librdkafka's default).
    saved = dr.snappy_encode
    dr.snappy_encode = lambda p: codec.snappy_encode(p, xerial_compatible=False)
    outputs["kafka_python_snappy_raw.bin"] = build(2, small_records())
    dr.snappy_encode = saved
    # gzip split into two members.
    saved = dr.gzip_encode
    dr.gzip_encode = lambda p: codec.gzip_encode(p[: len(p) // 2]) + codec.gzip_encode(p[len(p) // 2:])
    outputs["kafka_python_gzip_two_members.bin"] = build(1, small_records())
    dr.gzip_encode = saved

    for name, data in sorted(outputs.items()):
        with open(os.path.join(out_dir, name), "wb") as f:
            f.write(data)
        print("%-45s %6d bytes crc32(zlib)=%08x" % (name, len(data), zlib.crc32(data)))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__)))
