"""Reads a replica's partition directory as it is on disk (Kafka's layout, which
Gannet keeps): every record of every uncompressed record batch v2 of the
*.log segments, as {offset: value}. The fault suites compare replicas with it:
a follower's divergent tail must have been truncated, so after the faults every
replica holds, at every offset below the high watermark, what consumers read.

A torn batch at the end of the active segment (a SIGKILL mid-append) ends the
read of that segment, as log recovery would truncate it."""

import pathlib
import struct


def _varint(buf, pos):
    shift = result = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            break
        shift += 7
    return (result >> 1) ^ -(result & 1), pos


def read_batches(data):
    """(base_offset, leader_epoch, attributes, [(offset, value)]) per batch."""
    pos = 0
    while pos + 61 <= len(data):
        base_offset, length, leader_epoch, magic = struct.unpack_from(">qiib", data, pos)
        end = pos + 12 + length
        if length <= 0 or end > len(data) or magic != 2:
            return
        (attributes,) = struct.unpack_from(">h", data, pos + 21)
        (count,) = struct.unpack_from(">i", data, pos + 57)
        records = []
        if attributes & 0x07 == 0 and not attributes & 0x20:  # uncompressed, not a control batch
            p = pos + 61
            for _ in range(count):
                size, p = _varint(data, p)
                rec_end = p + size
                p += 1  # attributes
                _, p = _varint(data, p)  # timestamp delta
                offset_delta, p = _varint(data, p)
                key_len, p = _varint(data, p)
                p += max(key_len, 0)
                value_len, p = _varint(data, p)
                value = data[p:p + value_len] if value_len >= 0 else None
                records.append((base_offset + offset_delta, value))
                p = rec_end
        yield base_offset, leader_epoch, attributes, records
        pos = end


def read_partition_dir(path):
    """{offset: value} of every record in the partition directory `path`;
    the later segment wins where two overlap (never in a healthy log)."""
    out = {}
    for seg in sorted(pathlib.Path(path).glob("*.log")):
        data = seg.read_bytes()
        for _, _, _, records in read_batches(data):
            for offset, value in records:
                out[offset] = value
    return out
