"""Record batches v2 built field by field, so a case can set any field to a value no client
would send (negative lengths, duplicate offset deltas, trailing bytes, garbage compressed
payloads) and the CRC still matches: what Kafka's LogValidator then decides is the answer
Gannet must give. Standard library only (gzip through zlib; zstd frames written by hand)."""
import struct
import zlib

from wire import BASE_TS  # noqa: I001 - first: it puts tests/integration (kafka_wire) on the path
import kafka_wire

i8, i16, i32, i64, varint = kafka_wire.i8, kafka_wire.i16, kafka_wire.i32, kafka_wire.i64, kafka_wire.varint

GZIP, ZSTD = 1, 4


def record(offset_delta, value=b"v", key=None, timestamp_delta=0, attributes=0, headers=(),
           value_length=None, length_adjust=0, tail=b""):
    """One record; value_length overrides the value's length varint (e.g. -2), length_adjust
    the record's length varint, tail adds bytes inside the record after its headers."""
    body = i8(attributes) + varint(timestamp_delta) + varint(offset_delta)
    body += varint(-1) if key is None else varint(len(key)) + key
    if value_length is not None:
        body += varint(value_length) + (value or b"")
    else:
        body += varint(-1) if value is None else varint(len(value)) + value
    body += varint(len(headers))
    for hk, hv in headers:
        body += varint(len(hk)) + hk + (varint(-1) if hv is None else varint(len(hv)) + hv)
    body += tail
    return varint(len(body) + length_adjust) + body


def batch(records_section, count, last_offset_delta=None, attributes=0, producer_id=-1, producer_epoch=-1,
          base_sequence=-1, base_offset=0, base_timestamp=BASE_TS, max_timestamp=None):
    """A batch around an already encoded (and, per attributes, compressed) records section."""
    lod = count - 1 if last_offset_delta is None else last_offset_delta
    mts = base_timestamp if max_timestamp is None else max_timestamp
    after_crc = (i16(attributes) + i32(lod) + i64(base_timestamp) + i64(mts) + i64(producer_id) + i16(producer_epoch)
                 + i32(base_sequence) + i32(count) + records_section)
    after_length = i32(0) + i8(2) + struct.pack(">I", kafka_wire.crc32c(after_crc)) + after_crc
    return i64(base_offset) + i32(len(after_length)) + after_length


def records(n, value=b"v"):
    return b"".join(record(i, value) for i in range(n))


def gzip(data):
    c = zlib.compressobj(6, zlib.DEFLATED, 31)
    return c.compress(data) + c.flush()


def gzip_zeros(size):
    """A gzip member of `size` zero bytes, compressed in chunks (never `size` bytes in memory)."""
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    out = []
    left = size
    while left > 0:
        n = min(left, len(chunk))
        out.append(c.compress(chunk[:n]))
        left -= n
    out.append(c.flush())
    return b"".join(out)


def zstd_raw(data):
    """A zstd frame of one raw (stored) block: valid zstd that any decoder reads."""
    assert len(data) < (1 << 17)
    header = struct.pack("<I", 0xFD2FB528) + bytes([0x20])  # single segment, 1-byte content size
    if len(data) < 256:
        header += bytes([len(data)])
    else:
        header = struct.pack("<I", 0xFD2FB528) + bytes([0x60]) + struct.pack("<H", len(data) - 256)
    block = (len(data) << 3) | 1  # last block, type raw
    return header + struct.pack("<I", block)[:3] + data


def zstd_rle(byte, size):
    """A zstd frame without content size whose RLE blocks (128 KiB each) expand to `size`
    bytes of `byte`: 4 bytes of input per 128 KiB of output, the shape of a bomb."""
    block_max = 1 << 17
    out = [struct.pack("<I", 0xFD2FB528), bytes([0x00, 0x38])]  # no content size; window 2^17
    left = size
    while left > 0:
        n = min(left, block_max)
        left -= n
        h = (n << 3) | (1 << 1) | (1 if left == 0 else 0)  # type RLE, last flag
        out.append(struct.pack("<I", h)[:3] + bytes([byte]))
    return b"".join(out)
