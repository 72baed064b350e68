// generated from CreateTopicsRequest.json, CreateTopicsResponse.json; do not edit
#include "gannet/protocol/messages/create_topics.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_topics_request_creatable_replica_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 5);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->broker_ids;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void create_topics_request_creatable_replica_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_array_length(this->broker_ids.size(), version >= 5);
  for (const auto& e4 : this->broker_ids) {
    w.write_int32(e4);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_request_creatable_replica_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->broker_ids.size(), version >= 5);
  n += this->broker_ids.size() * 4;
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void create_topics_request_creatable_topic_config::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 5);
  this->value = r.read_nullable_string(version >= 5);
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void create_topics_request_creatable_topic_config::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 5);
  w.write_nullable_string(this->value, version >= 5);
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_request_creatable_topic_config::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 5);
  n += ::gannet::protocol::wire::nullable_string_size(this->value, version >= 5);
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void create_topics_request_creatable_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 5);
  this->num_partitions = r.read_int32();
  this->replication_factor = r.read_int16();
  {
    const std::int32_t n5 = r.read_array_length(version >= 5);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->assignments;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n8 = r.read_array_length(version >= 5);
    if (n8 < 0) {
      r.fail();
    } else {
      auto& v9 = this->configs;
      v9.clear();
      for (std::int32_t i10 = 0; i10 < n8 && r.ok(); ++i10) {
        v9.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void create_topics_request_creatable_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 5);
  w.write_int32(this->num_partitions);
  w.write_int16(this->replication_factor);
  w.write_array_length(this->assignments.size(), version >= 5);
  for (const auto& e11 : this->assignments) {
    e11.encode(w, version);
  }
  w.write_array_length(this->configs.size(), version >= 5);
  for (const auto& e12 : this->configs) {
    e12.encode(w, version);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_request_creatable_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 5);
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->assignments.size(), version >= 5);
  for (const auto& e13 : this->assignments) {
    n += e13.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->configs.size(), version >= 5);
  for (const auto& e14 : this->configs) {
    n += e14.size(version);
  }
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void create_topics_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 7) {
    r.fail();
    return;
  }
  {
    const std::int32_t n15 = r.read_array_length(version >= 5);
    if (n15 < 0) {
      r.fail();
    } else {
      auto& v16 = this->topics;
      v16.clear();
      for (std::int32_t i17 = 0; i17 < n15 && r.ok(); ++i17) {
        v16.emplace_back().decode(r, version);
      }
    }
  }
  this->timeout_ms = r.read_int32();
  if (version >= 1) {
    this->validate_only = r.read_bool();
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void create_topics_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 7) {
    w.fail();
    return;
  }
  w.write_array_length(this->topics.size(), version >= 5);
  for (const auto& e18 : this->topics) {
    e18.encode(w, version);
  }
  w.write_int32(this->timeout_ms);
  if (!(version >= 1) && !(this->validate_only == false)) w.fail();
  if (version >= 1) {
    w.write_bool(this->validate_only);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 5);
  for (const auto& e19 : this->topics) {
    n += e19.size(version);
  }
  n += 4;
  if (version >= 1) {
    n += 1;
  }
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void create_topics_response_creatable_topic_configs::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(true);
  this->value = r.read_nullable_string(true);
  this->read_only = r.read_bool();
  this->config_source = r.read_int8();
  this->is_sensitive = r.read_bool();
  r.skip_tagged_fields();
}

void create_topics_response_creatable_topic_configs::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, true);
  w.write_nullable_string(this->value, true);
  w.write_bool(this->read_only);
  w.write_int8(this->config_source);
  w.write_bool(this->is_sensitive);
  w.write_uvarint(0);
}

std::size_t create_topics_response_creatable_topic_configs::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, true);
  n += ::gannet::protocol::wire::nullable_string_size(this->value, true);
  n += 1;
  n += 1;
  n += 1;
  n += 1;
  return n;
}

void create_topics_response_creatable_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 5);
  if (version >= 7) {
    this->topic_id = r.read_uuid();
  }
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 1) {
    this->error_message = r.read_nullable_string(version >= 5);
  }
  if (version >= 5) {
    this->num_partitions = r.read_int32();
  }
  if (version >= 5) {
    this->replication_factor = r.read_int16();
  }
  if (version >= 5) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        this->configs.reset();
      } else {
        auto& v2 = this->configs.emplace();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 5) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 5) {
            this->topic_config_error_code = static_cast<::gannet::protocol::error_code>(tr.read_int16());
          }
          break;
        }
        default:
          break;
      }
      if (!tr.ok()) r.fail();
    }
  }
}

void create_topics_response_creatable_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 5);
  if (version >= 7) {
    w.write_uuid(this->topic_id);
  }
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 1) {
    w.write_nullable_string(this->error_message, version >= 5);
  }
  if (version >= 5) {
    w.write_int32(this->num_partitions);
  }
  if (version >= 5) {
    w.write_int16(this->replication_factor);
  }
  if (version >= 5) {
    if (!this->configs) {
      w.write_null_array_length(true);
    } else {
      w.write_array_length((*this->configs).size(), true);
      for (const auto& e4 : (*this->configs)) {
        e4.encode(w, version);
      }
    }
  }
  if (version >= 5) {
    std::uint32_t tagged_count = 0;
    if ((version >= 5) && !(this->topic_config_error_code == ::gannet::protocol::error_code{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 5) && !(this->topic_config_error_code == ::gannet::protocol::error_code{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += 2;
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_int16(static_cast<std::int16_t>(this->topic_config_error_code));
    }
  }
}

std::size_t create_topics_response_creatable_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 5);
  if (version >= 7) {
    n += 16;
  }
  n += 2;
  if (version >= 1) {
    n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 5);
  }
  if (version >= 5) {
    n += 4;
  }
  if (version >= 5) {
    n += 2;
  }
  if (version >= 5) {
    if (!this->configs) {
      n += ::gannet::protocol::wire::null_array_length_size(true);
    } else {
      n += ::gannet::protocol::wire::array_length_size((*this->configs).size(), true);
      for (const auto& e5 : (*this->configs)) {
        n += e5.size(version);
      }
    }
  }
  if (version >= 5) {
    std::uint32_t tagged_count = 0;
    if ((version >= 5) && !(this->topic_config_error_code == ::gannet::protocol::error_code{})) {
      std::size_t fs = 0;
      fs += 2;
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void create_topics_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 7) {
    r.fail();
    return;
  }
  if (version >= 2) {
    this->throttle_time_ms = r.read_int32();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 5);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void create_topics_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 7) {
    w.fail();
    return;
  }
  if (version >= 2) {
    w.write_int32(this->throttle_time_ms);
  }
  w.write_array_length(this->topics.size(), version >= 5);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 2) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 5);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 5) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
