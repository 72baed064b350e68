#!/usr/bin/env python3
"""Writes the seed corpus of the log_recovery fuzz target
(tests/fuzz/corpus/log_recovery/) in the layout log_recovery_fuzz.cc reads: a
flags byte, then u16-length-prefixed chunks for 0's .log, .index, .timeindex,
leader-epoch-checkpoint, partition.metadata, 100's .log, .index.
Run: python3 tests/fuzz/make_log_recovery_corpus.py"""
import pathlib
import struct
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.append(str(HERE.parents[0] / "integration"))
import kafka_wire as kw  # noqa: E402


def at_offset(batch, base):
    # The base offset is outside the CRC: a batch moves without being rebuilt.
    return struct.pack(">q", base) + batch[8:]


def chunks(*files):
    return b"".join(struct.pack("<H", len(f)) + f for f in files)


def main():
    out = HERE / "corpus" / "log_recovery"
    out.mkdir(parents=True, exist_ok=True)
    b1 = kw.record_batch([b"one", b"two", b"three"])
    b2 = at_offset(kw.record_batch([b"four"]), 3)
    log0 = b1 + b2
    index0 = struct.pack(">ii", 3, len(b1))  # relative offset 3 at the second batch's position
    epochs = b"0\n1\n0 0\n"
    meta = b"version: 0\ntopic_id: AAAAAAAAAAAAAAAAAAAAAQ\n"
    seeds = {
        "clean_two_batches": bytes([1]) + chunks(log0, index0, b"", epochs, meta),
        "unclean_torn_tail": bytes([0]) + chunks(log0[:-7], index0, b"", epochs, meta),
        "two_segments": bytes([4]) + chunks(log0, index0, b"", epochs, meta, at_offset(b1, 100), b""),
        "recovery_point_100": bytes([6]) + chunks(log0, b"", b"", b"0\n2\n0 0\n1 3\n", meta,
                                                  at_offset(b2, 100), b""),
    }
    for name, data in seeds.items():
        (out / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
