// generated from ProduceRequest.json, ProduceResponse.json; do not edit
#include "gannet/protocol/messages/produce.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void produce_request_partition_produce_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->index = r.read_int32();
  this->records = r.read_records(version >= 9);
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void produce_request_partition_produce_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->index);
  w.write_records(this->records, version >= 9);
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_request_partition_produce_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::records_size(this->records, version >= 9);
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_request_topic_produce_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 9);
  {
    const std::int32_t n1 = r.read_array_length(version >= 9);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partition_data;
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

void produce_request_topic_produce_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 9);
  w.write_array_length(this->partition_data.size(), version >= 9);
  for (const auto& e4 : this->partition_data) {
    e4.encode(w, version);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_request_topic_produce_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 9);
  n += ::gannet::protocol::wire::array_length_size(this->partition_data.size(), version >= 9);
  for (const auto& e5 : this->partition_data) {
    n += e5.size(version);
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 11) {
    r.fail();
    return;
  }
  if (version >= 3) {
    this->transactional_id = r.read_nullable_string(version >= 9);
  }
  this->acks = r.read_int16();
  this->timeout_ms = r.read_int32();
  {
    const std::int32_t n6 = r.read_array_length(version >= 9);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topic_data;
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

void produce_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 11) {
    w.fail();
    return;
  }
  if (!(version >= 3) && !!this->transactional_id.has_value()) w.fail();
  if (version >= 3) {
    w.write_nullable_string(this->transactional_id, version >= 9);
  }
  w.write_int16(this->acks);
  w.write_int32(this->timeout_ms);
  w.write_array_length(this->topic_data.size(), version >= 9);
  for (const auto& e9 : this->topic_data) {
    e9.encode(w, version);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 3) {
    n += ::gannet::protocol::wire::nullable_string_size(this->transactional_id, version >= 9);
  }
  n += 2;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topic_data.size(), version >= 9);
  for (const auto& e10 : this->topic_data) {
    n += e10.size(version);
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_response_batch_index_and_error_message::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->batch_index = r.read_int32();
  this->batch_index_error_message = r.read_nullable_string(version >= 9);
  if (version >= 9) {
    r.skip_tagged_fields();
  }
}

void produce_response_batch_index_and_error_message::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->batch_index);
  w.write_nullable_string(this->batch_index_error_message, version >= 9);
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_response_batch_index_and_error_message::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->batch_index_error_message, version >= 9);
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_response_leader_id_and_epoch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void produce_response_leader_id_and_epoch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_uvarint(0);
}

std::size_t produce_response_leader_id_and_epoch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void produce_response_partition_produce_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->base_offset = r.read_int64();
  if (version >= 2) {
    this->log_append_time_ms = r.read_int64();
  }
  if (version >= 5) {
    this->log_start_offset = r.read_int64();
  }
  if (version >= 8) {
    {
      const std::int32_t n1 = r.read_array_length(version >= 9);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->record_errors;
        v2.clear();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 8) {
    this->error_message = r.read_nullable_string(version >= 9);
  }
  if (version >= 9) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 10) {
            this->current_leader.decode(tr, version);
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

void produce_response_partition_produce_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int64(this->base_offset);
  if (version >= 2) {
    w.write_int64(this->log_append_time_ms);
  }
  if (version >= 5) {
    w.write_int64(this->log_start_offset);
  }
  if (version >= 8) {
    w.write_array_length(this->record_errors.size(), version >= 9);
    for (const auto& e4 : this->record_errors) {
      e4.encode(w, version);
    }
  }
  if (version >= 8) {
    w.write_nullable_string(this->error_message, version >= 9);
  }
  if (!(version >= 10) && !(this->current_leader == ::gannet::protocol::produce_response_leader_id_and_epoch{})) w.fail();
  if (version >= 9) {
    std::uint32_t tagged_count = 0;
    if ((version >= 10) && !(this->current_leader == ::gannet::protocol::produce_response_leader_id_and_epoch{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 10) && !(this->current_leader == ::gannet::protocol::produce_response_leader_id_and_epoch{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += this->current_leader.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      this->current_leader.encode(w, version);
    }
  }
}

std::size_t produce_response_partition_produce_response::size([[maybe_unused]] std::int16_t version) const {
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
    n += ::gannet::protocol::wire::array_length_size(this->record_errors.size(), version >= 9);
    for (const auto& e5 : this->record_errors) {
      n += e5.size(version);
    }
  }
  if (version >= 8) {
    n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 9);
  }
  if (version >= 9) {
    std::uint32_t tagged_count = 0;
    if ((version >= 10) && !(this->current_leader == ::gannet::protocol::produce_response_leader_id_and_epoch{})) {
      std::size_t fs = 0;
      fs += this->current_leader.size(version);
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void produce_response_topic_produce_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 9);
  {
    const std::int32_t n6 = r.read_array_length(version >= 9);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->partition_responses;
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

void produce_response_topic_produce_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 9);
  w.write_array_length(this->partition_responses.size(), version >= 9);
  for (const auto& e9 : this->partition_responses) {
    e9.encode(w, version);
  }
  if (version >= 9) {
    w.write_uvarint(0);
  }
}

std::size_t produce_response_topic_produce_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 9);
  n += ::gannet::protocol::wire::array_length_size(this->partition_responses.size(), version >= 9);
  for (const auto& e10 : this->partition_responses) {
    n += e10.size(version);
  }
  if (version >= 9) {
    n += 1;
  }
  return n;
}

void produce_response_node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->node_id = r.read_int32();
  this->host = r.read_string(true);
  this->port = r.read_int32();
  this->rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void produce_response_node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->node_id);
  w.write_string(this->host, true);
  w.write_int32(this->port);
  w.write_nullable_string(this->rack, true);
  w.write_uvarint(0);
}

std::size_t produce_response_node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->rack, true);
  n += 1;
  return n;
}

void produce_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 11) {
    r.fail();
    return;
  }
  {
    const std::int32_t n11 = r.read_array_length(version >= 9);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->responses;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  if (version >= 9) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 10) {
            {
              const std::int32_t n14 = tr.read_array_length(true);
              if (n14 < 0) {
                tr.fail();
              } else {
                auto& v15 = this->node_endpoints;
                v15.clear();
                for (std::int32_t i16 = 0; i16 < n14 && tr.ok(); ++i16) {
                  v15.emplace_back().decode(tr, version);
                }
              }
            }
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

void produce_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 11) {
    w.fail();
    return;
  }
  w.write_array_length(this->responses.size(), version >= 9);
  for (const auto& e17 : this->responses) {
    e17.encode(w, version);
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  if (!(version >= 10) && !(this->node_endpoints.empty())) w.fail();
  if (version >= 9) {
    std::uint32_t tagged_count = 0;
    if ((version >= 10) && !(this->node_endpoints.empty())) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 10) && !(this->node_endpoints.empty())) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::array_length_size(this->node_endpoints.size(), true);
      for (const auto& e18 : this->node_endpoints) {
        fs += e18.size(version);
      }
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_array_length(this->node_endpoints.size(), true);
      for (const auto& e19 : this->node_endpoints) {
        e19.encode(w, version);
      }
    }
  }
}

std::size_t produce_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->responses.size(), version >= 9);
  for (const auto& e20 : this->responses) {
    n += e20.size(version);
  }
  if (version >= 1) {
    n += 4;
  }
  if (version >= 9) {
    std::uint32_t tagged_count = 0;
    if ((version >= 10) && !(this->node_endpoints.empty())) {
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::array_length_size(this->node_endpoints.size(), true);
      for (const auto& e21 : this->node_endpoints) {
        fs += e21.size(version);
      }
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

}  // namespace gannet::protocol
