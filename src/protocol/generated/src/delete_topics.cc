// generated from DeleteTopicsRequest.json, DeleteTopicsResponse.json; do not edit
#include "gannet/protocol/messages/delete_topics.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void delete_topics_request_delete_topic_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_nullable_string(true);
  this->topic_id = r.read_uuid();
  r.skip_tagged_fields();
}

void delete_topics_request_delete_topic_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_nullable_string(this->name, true);
  w.write_uuid(this->topic_id);
  w.write_uvarint(0);
}

std::size_t delete_topics_request_delete_topic_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(this->name, true);
  n += 16;
  n += 1;
  return n;
}

void delete_topics_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 6) {
    r.fail();
    return;
  }
  if (version >= 6) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->topics;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version <= 5) {
    {
      const std::int32_t n4 = r.read_array_length(version >= 4);
      if (n4 < 0) {
        r.fail();
      } else {
        auto& v5 = this->topic_names;
        v5.clear();
        for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
          v5.emplace_back() = r.read_string(version >= 4);
        }
      }
    }
  }
  this->timeout_ms = r.read_int32();
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void delete_topics_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 6) {
    w.fail();
    return;
  }
  if (!(version >= 6) && !(this->topics.empty())) w.fail();
  if (version >= 6) {
    w.write_array_length(this->topics.size(), true);
    for (const auto& e7 : this->topics) {
      e7.encode(w, version);
    }
  }
  if (version <= 5) {
    w.write_array_length(this->topic_names.size(), version >= 4);
    for (const auto& e8 : this->topic_names) {
      w.write_string(e8, version >= 4);
    }
  }
  w.write_int32(this->timeout_ms);
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t delete_topics_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 6) {
    n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
    for (const auto& e9 : this->topics) {
      n += e9.size(version);
    }
  }
  if (version <= 5) {
    n += ::gannet::protocol::wire::array_length_size(this->topic_names.size(), version >= 4);
    for (const auto& e10 : this->topic_names) {
      n += ::gannet::protocol::wire::string_size(e10, version >= 4);
    }
  }
  n += 4;
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void delete_topics_response_deletable_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_nullable_string(version >= 4);
  if (!this->name && !(version >= 6)) r.fail();
  if (version >= 6) {
    this->topic_id = r.read_uuid();
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 5) {
    this->error_message = r.read_nullable_string(true);
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void delete_topics_response_deletable_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (!this->name && !(version >= 6)) w.fail();
  w.write_nullable_string(this->name, version >= 4);
  if (version >= 6) {
    w.write_uuid(this->topic_id);
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 5) {
    w.write_nullable_string(this->error_message, true);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t delete_topics_response_deletable_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(this->name, version >= 4);
  if (version >= 6) {
    n += 16;
  }
  n += 2;
  if (version >= 5) {
    n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

void delete_topics_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 6) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 4);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->responses;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 4) {
    r.skip_tagged_fields();
  }
}

void delete_topics_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 6) {
    w.fail();
    return;
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_array_length(this->responses.size(), version >= 4);
  for (const auto& e4 : this->responses) {
    e4.encode(w, version);
  }
  if (version >= 4) {
    w.write_uvarint(0);
  }
}

std::size_t delete_topics_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->responses.size(), version >= 4);
  for (const auto& e5 : this->responses) {
    n += e5.size(version);
  }
  if (version >= 4) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
