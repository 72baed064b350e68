// generated from AlterPartitionRequest.json, AlterPartitionResponse.json; do not edit
#include "gannet/protocol/messages/alter_partition.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_partition_request_broker_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->broker_id = r.read_int32();
  this->broker_epoch = r.read_int64();
  r.skip_tagged_fields();
}

void alter_partition_request_broker_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->broker_id);
  w.write_int64(this->broker_epoch);
  w.write_uvarint(0);
}

std::size_t alter_partition_request_broker_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void alter_partition_request_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->leader_epoch = r.read_int32();
  if (version <= 2) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = this->new_isr;
        v2.clear();
        v2.reserve(static_cast<std::size_t>(n1));
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back() = r.read_int32();
        }
      }
    }
  }
  if (version >= 3) {
    {
      const std::int32_t n4 = r.read_array_length(true);
      if (n4 < 0) {
        r.fail();
      } else {
        auto& v5 = this->new_isr_with_epochs;
        v5.clear();
        for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
          v5.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 1) {
    this->leader_recovery_state = r.read_int8();
  }
  this->partition_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void alter_partition_request_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int32(this->leader_epoch);
  if (!(version <= 2) && !(this->new_isr.empty())) w.fail();
  if (version <= 2) {
    w.write_array_length(this->new_isr.size(), true);
    for (const auto& e7 : this->new_isr) {
      w.write_int32(e7);
    }
  }
  if (!(version >= 3) && !(this->new_isr_with_epochs.empty())) w.fail();
  if (version >= 3) {
    w.write_array_length(this->new_isr_with_epochs.size(), true);
    for (const auto& e8 : this->new_isr_with_epochs) {
      e8.encode(w, version);
    }
  }
  if (!(version >= 1) && !(this->leader_recovery_state == 0)) w.fail();
  if (version >= 1) {
    w.write_int8(this->leader_recovery_state);
  }
  w.write_int32(this->partition_epoch);
  w.write_uvarint(0);
}

std::size_t alter_partition_request_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  if (version <= 2) {
    n += ::gannet::protocol::wire::array_length_size(this->new_isr.size(), true);
    n += this->new_isr.size() * 4;
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::array_length_size(this->new_isr_with_epochs.size(), true);
    for (const auto& e9 : this->new_isr_with_epochs) {
      n += e9.size(version);
    }
  }
  if (version >= 1) {
    n += 1;
  }
  n += 4;
  n += 1;
  return n;
}

void alter_partition_request_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 1) {
    this->topic_name = r.read_string(true);
  }
  if (version >= 2) {
    this->topic_id = r.read_uuid();
  }
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->partitions;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_request_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 1) {
    w.write_string(this->topic_name, true);
  }
  if (version >= 2) {
    w.write_uuid(this->topic_id);
  }
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e13 : this->partitions) {
    e13.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_request_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 1) {
    n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  }
  if (version >= 2) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e14 : this->partitions) {
    n += e14.size(version);
  }
  n += 1;
  return n;
}

void alter_partition_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->broker_id = r.read_int32();
  this->broker_epoch = r.read_int64();
  {
    const std::int32_t n15 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void alter_partition_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int32(this->broker_id);
  w.write_int64(this->broker_epoch);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e18 : this->topics) {
    e18.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e19 : this->topics) {
    n += e19.size(version);
  }
  n += 1;
  return n;
}

void alter_partition_response_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->isr;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 1) {
    this->leader_recovery_state = r.read_int8();
  }
  this->partition_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void alter_partition_response_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_array_length(this->isr.size(), true);
  for (const auto& e4 : this->isr) {
    w.write_int32(e4);
  }
  if (version >= 1) {
    w.write_int8(this->leader_recovery_state);
  }
  w.write_int32(this->partition_epoch);
  w.write_uvarint(0);
}

std::size_t alter_partition_response_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->isr.size(), true);
  n += this->isr.size() * 4;
  if (version >= 1) {
    n += 1;
  }
  n += 4;
  n += 1;
  return n;
}

void alter_partition_response_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 1) {
    this->topic_name = r.read_string(true);
  }
  if (version >= 2) {
    this->topic_id = r.read_uuid();
  }
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_response_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 1) {
    w.write_string(this->topic_name, true);
  }
  if (version >= 2) {
    w.write_uuid(this->topic_id);
  }
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e8 : this->partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_response_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 1) {
    n += ::gannet::protocol::wire::string_size(this->topic_name, true);
  }
  if (version >= 2) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e9 : this->partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void alter_partition_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 3) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->topics;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 3) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->topics.size(), true);
  for (const auto& e13 : this->topics) {
    e13.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e14 : this->topics) {
    n += e14.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
