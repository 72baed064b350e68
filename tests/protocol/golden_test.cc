// Golden bytes: requests captured from real clients (tests/protocol/data/, recorded with a
// 20-line Python listener on 127.0.0.1 that saved each client's first frame without its size
// prefix) and hand-checked requests and responses.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "gannet/protocol/headers.h"
#include "gannet/protocol/messages/api_versions.h"
#include "gannet/protocol/messages/metadata.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/writer.h"

namespace gannet::protocol {
namespace {

using bytes = std::vector<std::uint8_t>;

bytes read_data(const std::string& name) {
  const auto path = std::filesystem::path("tests/protocol/data") / name;
  std::ifstream f(path, std::ios::binary);
  EXPECT_TRUE(f.good()) << path;
  return bytes(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
}

bytes str(std::string_view s) { return bytes(s.begin(), s.end()); }
bytes cat(std::initializer_list<bytes> parts) {
  bytes out;
  for (const auto& p : parts)
    out.insert(out.end(), p.begin(), p.end());
  return out;
}

// Decodes header and body, then re-encodes both and expects the same bytes.
template <class Request>
Request decode_and_reencode(const bytes& frame, std::int16_t expect_header_version, request_header& h) {
  reader r(frame);
  EXPECT_EQ(decode_request_header(r, h), expect_header_version);
  Request req;
  req.decode(r, h.request_api_version);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(r.remaining(), 0u);
  outbound_frame f;
  writer w(f);
  h.encode(w, expect_header_version);
  req.encode(w, h.request_api_version);
  EXPECT_TRUE(w.ok());
  EXPECT_EQ(f.bytes, frame);
  return req;
}

TEST(GoldenTest, ApiVersionsV3RequestFromLibrdkafka) {
  const bytes frame = read_data("api_versions_v3_librdkafka_2.0.2.bin");
  // Hand-checked: header v2 (api key 18, version 3, correlation id 1, int16-length client id,
  // empty tagged fields), then compact strings (length + 1) and empty tagged fields.
  const bytes expected = cat({{0x00, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x0e},
                              str("rdkafka-golden"),
                              {0x00, 0x17},
                              str("confluent-kafka-python"),
                              {0x14},
                              str("1.7.0-rdkafka-2.0.2"),
                              {0x00}});
  ASSERT_EQ(frame, expected);
  request_header h;
  const auto req = decode_and_reencode<api_versions_request>(frame, 2, h);
  EXPECT_EQ(h.request_api_key, 18);
  EXPECT_EQ(h.request_api_version, 3);
  EXPECT_EQ(h.correlation_id, 1);
  EXPECT_EQ(h.client_id, "rdkafka-golden");
  EXPECT_EQ(req.client_software_name, "confluent-kafka-python");
  EXPECT_EQ(req.client_software_version, "1.7.0-rdkafka-2.0.2");
}

TEST(GoldenTest, MetadataV1RequestFromKafkaPython) {
  const bytes frame = read_data("metadata_v1_kafka_python_2.0.2.bin");
  // header v1, then a null topic array (int32 -1): all topics.
  const bytes expected = cat({{0x00, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x13},
                              str("kafka-python-golden"),
                              {0xff, 0xff, 0xff, 0xff}});
  ASSERT_EQ(frame, expected);
  request_header h;
  const auto req = decode_and_reencode<metadata_request>(frame, 1, h);
  EXPECT_EQ(h.request_api_key, 3);
  EXPECT_FALSE(req.topics.has_value());
  EXPECT_TRUE(req.allow_auto_topic_creation);  // schema default, not on the wire before v4
}

TEST(GoldenTest, MetadataV12RequestHandChecked) {
  const bytes frame = cat({{0x00, 0x03, 0x00, 0x0c, 0x00, 0x00, 0x00, 0x07, 0x00, 0x03},
                           str("cli"),
                           {0x00},        // header tagged fields
                           {0x02},        // one topic (compact count + 1)
                           bytes(16, 0),  // topic id: zero uuid
                           {0x04},
                           str("foo"),
                           {0x00},  // topic tagged fields
                           {0x00},  // allow_auto_topic_creation = false
                           {0x01},  // include_topic_authorized_operations = true
                           {0x00}});
  request_header h;
  const auto req = decode_and_reencode<metadata_request>(frame, 2, h);
  ASSERT_TRUE(req.topics.has_value());
  ASSERT_EQ(req.topics->size(), 1u);
  EXPECT_EQ((*req.topics)[0].name, "foo");
  EXPECT_FALSE(req.allow_auto_topic_creation);
  EXPECT_TRUE(req.include_topic_authorized_operations);
}

TEST(GoldenTest, ApiVersionsV3ResponseUsesHeaderV0) {
  api_versions_response resp;
  resp.api_keys.push_back({.api_key = 18, .min_version = 0, .max_version = 4});
  resp.throttle_time_ms = 0;
  outbound_frame f;
  ASSERT_TRUE(encode_response(f, 1, 3, resp));
  const bytes expected = {0x00, 0x00, 0x00, 0x13,                    // size
                          0x00, 0x00, 0x00, 0x01,                    // correlation id; header v0: no tagged fields
                          0x00, 0x00,                                // error code
                          0x02,                                      // one api (compact)
                          0x00, 0x12, 0x00, 0x00, 0x00, 0x04, 0x00,  // key 18, 0-4, tags
                          0x00, 0x00, 0x00, 0x00,                    // throttle time
                          0x00};                                     // tags (defaults are not written)
  EXPECT_EQ(f.bytes, expected);
}

TEST(GoldenTest, UnsupportedVersionAnswerInV0Layout) {
  api_versions_response resp;
  resp.error_code = error_code::unsupported_version;
  resp.api_keys.push_back({.api_key = 18, .min_version = 0, .max_version = 4});
  outbound_frame f;
  ASSERT_TRUE(encode_response(f, 42, 0, resp));
  const bytes expected = {0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x2a, 0x00, 0x23,
                          0x00, 0x00, 0x00, 0x01, 0x00, 0x12, 0x00, 0x00, 0x00, 0x04};
  EXPECT_EQ(f.bytes, expected);
}

TEST(GoldenTest, TaggedFieldsAreWrittenInTagOrderWhenNotDefault) {
  api_versions_response resp;
  resp.zk_migration_ready = true;     // tag 3
  resp.finalized_features_epoch = 5;  // tag 1
  outbound_frame f;
  writer w(f);
  resp.encode(w, 3);
  ASSERT_TRUE(w.ok());
  const bytes expected = {0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,           // error, no apis, throttle
                          0x02,                                               // two tagged fields
                          0x01, 0x08, 0,    0,    0,    0,    0,    0, 0, 5,  // tag 1, 8 bytes
                          0x03, 0x01, 0x01};                                  // tag 3, 1 byte
  EXPECT_EQ(f.bytes, expected);
  api_versions_response back;
  reader r(f.bytes);
  back.decode(r, 3);
  EXPECT_TRUE(r.ok());
  EXPECT_EQ(back, resp);
}

TEST(GoldenTest, NonIgnorableFieldMissingFromVersionIsAnEncodeError) {
  metadata_request req;
  req.allow_auto_topic_creation = false;  // 4+, not ignorable
  outbound_frame f;
  writer w(f);
  req.encode(w, 3);
  EXPECT_FALSE(w.ok());
  outbound_frame f2;
  writer w2(f2);
  req.allow_auto_topic_creation = true;  // the default: fine
  req.encode(w2, 3);
  EXPECT_TRUE(w2.ok());
}

TEST(GoldenTest, NullInNonNullableVersionIsAnEncodeError) {
  metadata_request req;
  req.topics = std::nullopt;  // nullable only from v1
  outbound_frame f;
  writer w(f);
  req.encode(w, 0);
  EXPECT_FALSE(w.ok());
}

TEST(GoldenTest, HeaderVersionsFollowFlexibleVersions) {
  EXPECT_EQ(request_header_version(0, 8), 1);  // Produce v8
  EXPECT_EQ(request_header_version(0, 9), 2);  // Produce v9: flexible
  EXPECT_EQ(request_header_version(7, 0), 0);  // ControlledShutdown v0
  EXPECT_EQ(request_header_version(7, 1), 1);
  EXPECT_EQ(request_header_version(18, 127), 2);
  EXPECT_EQ(request_header_version(999, 0), -1);
  EXPECT_EQ(response_header_version(18, 3), 0);  // ApiVersions: always v0
  EXPECT_EQ(response_header_version(1, 12), 1);  // Fetch v12
  EXPECT_EQ(response_header_version(1, 11), 0);
  const api_info* fetch = find_api(1);
  ASSERT_NE(fetch, nullptr);
  EXPECT_EQ(fetch->name, "Fetch");
  EXPECT_EQ(fetch->max_version, 17);
  EXPECT_EQ(fetch->first_flexible_version, 12);
  EXPECT_TRUE(fetch->listeners & listener_zk_broker);
  EXPECT_EQ(find_api(-5), nullptr);
}

TEST(GoldenTest, UnknownApiKeyStillYieldsCorrelationId) {
  const bytes frame = cat({{0x03, 0xe7, 0x00, 0x00, 0x00, 0x00, 0x00, 0x09, 0xff, 0xff}});
  reader r(frame);
  request_header h;
  EXPECT_EQ(decode_request_header(r, h), 1);
  EXPECT_EQ(h.correlation_id, 9);
  EXPECT_FALSE(h.client_id.has_value());
}

}  // namespace
}  // namespace gannet::protocol
