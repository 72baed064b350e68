#include "gannet/protocol/writer.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "gannet/protocol/reader.h"
#include "gannet/protocol/wire.h"

namespace gannet::protocol {
namespace {

using bytes = std::vector<std::uint8_t>;

TEST(WriterTest, UnsignedVarintGoldenBytes) {
  outbound_frame f;
  writer w(f);
  w.write_uvarint(0);
  w.write_uvarint(127);
  w.write_uvarint(128);
  w.write_uvarint(300);
  w.write_uvarint(0xffffffffu);
  EXPECT_EQ(f.bytes, (bytes{0x00, 0x7f, 0x80, 0x01, 0xac, 0x02, 0xff, 0xff, 0xff, 0xff, 0x0f}));
  EXPECT_EQ(wire::uvarint_size(0xffffffffu), 5u);
  EXPECT_EQ(wire::uvarint_size(300), 2u);
}

TEST(WriterTest, ZigzagGoldenBytes) {
  outbound_frame f;
  writer w(f);
  w.write_varint(0);
  w.write_varint(-1);
  w.write_varint(1);
  w.write_varint(-2);
  w.write_varlong(150);
  w.write_varlong(INT64_MIN);
  EXPECT_EQ(f.bytes,
            (bytes{0x00, 0x01, 0x02, 0x03, 0xac, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}));
  EXPECT_EQ(wire::varlong_size(INT64_MIN), 10u);
  EXPECT_EQ(wire::varint_size(-1), 1u);
}

TEST(WriterTest, StringsAndNulls) {
  outbound_frame f;
  writer w(f);
  w.write_string("abc", false);
  w.write_string("xy", true);
  w.write_nullable_string(std::nullopt, false);
  w.write_nullable_string(std::nullopt, true);
  w.write_nullable_bytes(std::nullopt, false);
  w.write_null_array_length(false);
  EXPECT_EQ(f.bytes, (bytes{0x00, 0x03, 'a', 'b', 'c', 0x03, 'x', 'y', 0xff, 0xff, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff,
                            0xff, 0xff, 0xff}));
  EXPECT_TRUE(w.ok());
}

TEST(WriterTest, OverlongStringFails) {
  outbound_frame f;
  writer w(f);
  w.write_string(std::string(40000, 'a'), true);
  EXPECT_FALSE(w.ok());
}

TEST(WriterTest, FileSliceRecordsAreSplicedNotCopied) {
  outbound_frame f;
  writer w(f);
  w.write_int8(7);
  file_slice a{.fd = 5, .position = 100, .length = 1000, .keepalive = nullptr};
  file_slice b{.fd = 5, .position = 2000, .length = 24, .keepalive = nullptr};
  const records rec = records::from_slices({a, b});
  w.write_records(rec, false);
  w.write_int8(9);
  EXPECT_EQ(f.bytes, (bytes{7, 0x00, 0x00, 0x04, 0x00, 9}));
  ASSERT_EQ(f.splices.size(), 2u);
  EXPECT_EQ(f.splices[0].at, 5u);
  EXPECT_EQ(f.splices[1].at, 5u);
  EXPECT_EQ(f.splices[1].slice.position, 2000);
  EXPECT_EQ(f.wire_size(), 6u + 1024u);
  EXPECT_EQ(wire::records_size(rec, false), 4u + 1024u);
  EXPECT_EQ(wire::records_size(rec, true), 2u + 1024u);
}

TEST(WriterTest, RoundTripsPrimitivesThroughReader) {
  outbound_frame f;
  writer w(f);
  w.write_int8(-5);
  w.write_int16(-300);
  w.write_int32(-70000);
  w.write_int64(INT64_MAX);
  w.write_uint16(65000);
  w.write_uint32(4000000000u);
  w.write_float64(-2.25);
  w.write_bool(true);
  uuid u{};
  u[3] = 9;
  w.write_uuid(u);
  reader r(f.bytes);
  EXPECT_EQ(r.read_int8(), -5);
  EXPECT_EQ(r.read_int16(), -300);
  EXPECT_EQ(r.read_int32(), -70000);
  EXPECT_EQ(r.read_int64(), INT64_MAX);
  EXPECT_EQ(r.read_uint16(), 65000);
  EXPECT_EQ(r.read_uint32(), 4000000000u);
  EXPECT_EQ(r.read_float64(), -2.25);
  EXPECT_TRUE(r.read_bool());
  EXPECT_EQ(r.read_uuid(), u);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.remaining(), 0u);
}

}  // namespace
}  // namespace gannet::protocol
