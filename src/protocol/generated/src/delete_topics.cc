// generated from DeleteTopicsRequest.json, DeleteTopicsResponse.json; do not edit
#include "gannet/protocol/messages/delete_topics.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_topics_request::delete_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_nullable_string(true);
  topic_id = r.read_uuid();
  r.skip_tagged_fields();
}

void delete_topics_request::delete_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_nullable_string(name, true);
  w.write_uuid(topic_id);
  w.write_uvarint(0);
}

std::size_t delete_topics_request::delete_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(name, true);
  n += 16;
  n += 1;
  return n;
}

void delete_topics_response::deletable_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_nullable_string(version >= 4);
  if (!name && !(version >= 6)) r.fail();
  if (version >= 6) {
    topic_id = r.read_uuid();
  }
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 5) {
    error_message = r.read_nullable_string(true);
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void delete_topics_response::deletable_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (!name && !(version >= 6)) w.fail();
  w.write_nullable_string(name, version >= 4);
  if (version >= 6) {
    w.write_uuid(topic_id);
  }
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 5) {
    w.write_nullable_string(error_message, true);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t delete_topics_response::deletable_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(name, version >= 4);
  if (version >= 6) {
    n += 16;
  }
  n += 2;
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
