// generated from CreateTopicsRequest.json, CreateTopicsResponse.json; do not edit
#include "gannet/protocol/messages/create_topics.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void create_topics_request::creatable_replica_assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(version >= 5);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = broker_ids;
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

void create_topics_request::creatable_replica_assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_array_length(broker_ids.size(), version >= 5);
  for (const auto& e4 : broker_ids) {
    w.write_int32(e4);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_request::creatable_replica_assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(broker_ids.size(), version >= 5);
  n += broker_ids.size() * 4;
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void create_topics_request::creatable_topic_config::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 5);
  value = r.read_nullable_string(version >= 5);
  if (version >= 5) {
    r.skip_tagged_fields();
  }
}

void create_topics_request::creatable_topic_config::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 5);
  w.write_nullable_string(value, version >= 5);
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_request::creatable_topic_config::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 5);
  n += ::gannet::protocol::wire::nullable_string_size(value, version >= 5);
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void create_topics_request::creatable_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 5);
  num_partitions = r.read_int32();
  replication_factor = r.read_int16();
  {
    const std::int32_t n5 = r.read_array_length(version >= 5);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = assignments;
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
      auto& v9 = configs;
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

void create_topics_request::creatable_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 5);
  w.write_int32(num_partitions);
  w.write_int16(replication_factor);
  w.write_array_length(assignments.size(), version >= 5);
  for (const auto& e11 : assignments) {
    e11.encode(w, version);
  }
  w.write_array_length(configs.size(), version >= 5);
  for (const auto& e12 : configs) {
    e12.encode(w, version);
  }
  if (version >= 5) {
    w.write_uvarint(0);
  }
}

std::size_t create_topics_request::creatable_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 5);
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(assignments.size(), version >= 5);
  for (const auto& e13 : assignments) {
    n += e13.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(configs.size(), version >= 5);
  for (const auto& e14 : configs) {
    n += e14.size(version);
  }
  if (version >= 5) {
    n += 1;
  }
  return n;
}

void create_topics_response::creatable_topic_configs::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  value = r.read_nullable_string(true);
  read_only = r.read_bool();
  config_source = r.read_int8();
  is_sensitive = r.read_bool();
  r.skip_tagged_fields();
}

void create_topics_response::creatable_topic_configs::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_nullable_string(value, true);
  w.write_bool(read_only);
  w.write_int8(config_source);
  w.write_bool(is_sensitive);
  w.write_uvarint(0);
}

std::size_t create_topics_response::creatable_topic_configs::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::nullable_string_size(value, true);
  n += 1;
  n += 1;
  n += 1;
  n += 1;
  return n;
}

void create_topics_response::creatable_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 5);
  if (version >= 7) {
    topic_id = r.read_uuid();
  }
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 1) {
    error_message = r.read_nullable_string(version >= 5);
  }
  if (version >= 5) {
    num_partitions = r.read_int32();
  }
  if (version >= 5) {
    replication_factor = r.read_int16();
  }
  if (version >= 5) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        configs.reset();
      } else {
        auto& v2 = configs.emplace();
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
            topic_config_error_code = static_cast<::gannet::protocol::error_code>(tr.read_int16());
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

void create_topics_response::creatable_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 5);
  if (version >= 7) {
    w.write_uuid(topic_id);
  }
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 1) {
    w.write_nullable_string(error_message, version >= 5);
  }
  if (version >= 5) {
    w.write_int32(num_partitions);
  }
  if (version >= 5) {
    w.write_int16(replication_factor);
  }
  if (version >= 5) {
    if (!configs) {
      w.write_null_array_length(true);
    } else {
      w.write_array_length((*configs).size(), true);
      for (const auto& e4 : (*configs)) {
        e4.encode(w, version);
      }
    }
  }
  if (version >= 5) {
    std::uint32_t tagged_count = 0;
    if ((version >= 5) && !(topic_config_error_code == ::gannet::protocol::error_code{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 5) && !(topic_config_error_code == ::gannet::protocol::error_code{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += 2;
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_int16(static_cast<std::int16_t>(topic_config_error_code));
    }
  }
}

std::size_t create_topics_response::creatable_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 5);
  if (version >= 7) {
    n += 16;
  }
  n += 2;
  if (version >= 1) {
    n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 5);
  }
  if (version >= 5) {
    n += 4;
  }
  if (version >= 5) {
    n += 2;
  }
  if (version >= 5) {
    if (!configs) {
      n += ::gannet::protocol::wire::null_array_length_size(true);
    } else {
      n += ::gannet::protocol::wire::array_length_size((*configs).size(), true);
      for (const auto& e5 : (*configs)) {
        n += e5.size(version);
      }
    }
  }
  if (version >= 5) {
    std::uint32_t tagged_count = 0;
    if ((version >= 5) && !(topic_config_error_code == ::gannet::protocol::error_code{})) {
      std::size_t fs = 0;
      fs += 2;
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

}  // namespace gannet::protocol
