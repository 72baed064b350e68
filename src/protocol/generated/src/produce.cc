// generated from ProduceRequest.json, ProduceResponse.json; do not edit
#include "gannet/protocol/messages/produce.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void produce_request::partition_produce_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  index = r.read_int32();
  records = r.read_records(version >= 9);
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void produce_request::partition_produce_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(index);
  w.write_records(records, version >= 9);
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_request::partition_produce_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::records_size(records, version >= 9);
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_request::topic_produce_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 9);
  {
    const std::int32_t n1 = r.read_array_length(version >= 9);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partition_data;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void produce_request::topic_produce_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 9);
  w.write_array_length(partition_data.size(), version >= 9);
  for (const auto& e4 : partition_data) {
    e4.encode(w, version);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_request::topic_produce_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 9);
  n += ::gannet::protocol::wire::array_length_size(partition_data.size(), version >= 9);
  for (const auto& e5 : partition_data) {
    n += e5.size(version);
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_response::batch_index_and_error_message::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  batch_index = r.read_int32();
  batch_index_error_message = r.read_nullable_string(version >= 9);
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void produce_response::batch_index_and_error_message::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(batch_index);
  w.write_nullable_string(batch_index_error_message, version >= 9);
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_response::batch_index_and_error_message::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(batch_index_error_message, version >= 9);
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_response::leader_id_and_epoch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void produce_response::leader_id_and_epoch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_uvarint(0);
}

std::size_t produce_response::leader_id_and_epoch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void produce_response::partition_produce_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  base_offset = r.read_int64();
  if (version >= 2) {
    log_append_time_ms = r.read_int64();
  }
  if (version >= 5) {
    log_start_offset = r.read_int64();
  }
  if (version >= 8) {
    {
      const std::int32_t n1 = r.read_array_length(version >= 9);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = record_errors;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 8) {
    error_message = r.read_nullable_string(version >= 9);
  }
  if (version >= 9) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 10) {
            current_leader.decode(tr, version);
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

void produce_response::partition_produce_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_int64(base_offset);
  if (version >= 2) {
    w.write_int64(log_append_time_ms);
  }
  if (version >= 5) {
    w.write_int64(log_start_offset);
  }
  if (version >= 8) {
    w.write_array_length(record_errors.size(), version >= 9);
    for (const auto& e4 : record_errors) {
      e4.encode(w, version);
    }
  }
  if (version >= 8) {
    w.write_nullable_string(error_message, version >= 9);
  }
  if (!(version >= 10) && !(current_leader == ::gannet::protocol::produce_response::leader_id_and_epoch{})) w.fail();
  if (version >= 9) {
    std::uint32_t tagged_count = 0;
    if ((version >= 10) && !(current_leader == ::gannet::protocol::produce_response::leader_id_and_epoch{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 10) && !(current_leader == ::gannet::protocol::produce_response::leader_id_and_epoch{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += current_leader.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      current_leader.encode(w, version);
    }
  }
}

std::size_t produce_response::partition_produce_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 8;
  if (version >= 2) {
    n += 8;
  }
  if (version >= 5) {
    n += 8;
  }
  if (version >= 8) {
    n += ::gannet::protocol::wire::array_length_size(record_errors.size(), version >= 9);
    for (const auto& e5 : record_errors) {
      n += e5.size(version);
    }
  }
  if (version >= 8) {
    n += ::gannet::protocol::wire::nullable_string_size(error_message, version >= 9);
  }
  if (version >= 9) {
    std::uint32_t tagged_count = 0;
    if ((version >= 10) && !(current_leader == ::gannet::protocol::produce_response::leader_id_and_epoch{})) {
      std::size_t fs = 0;
      fs += current_leader.size(version);
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void produce_response::topic_produce_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 9);
  {
    const std::int32_t n6 = r.read_array_length(version >= 9);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = partition_responses;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void produce_response::topic_produce_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 9);
  w.write_array_length(partition_responses.size(), version >= 9);
  for (const auto& e9 : partition_responses) {
    e9.encode(w, version);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_response::topic_produce_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 9);
  n += ::gannet::protocol::wire::array_length_size(partition_responses.size(), version >= 9);
  for (const auto& e10 : partition_responses) {
    n += e10.size(version);
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_response::node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_int32();
  rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void produce_response::node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_string(host, true);
  w.write_int32(port);
  w.write_nullable_string(rack, true);
  w.write_uvarint(0);
}

std::size_t produce_response::node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(rack, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
