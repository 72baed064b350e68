// generated from AlterPartitionRequest.json, AlterPartitionResponse.json; do not edit
#include "gannet/protocol/messages/alter_partition.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void alter_partition_request::broker_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  broker_id = r.read_int32();
  broker_epoch = r.read_int64();
  r.skip_tagged_fields();
}

void alter_partition_request::broker_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(broker_id);
  w.write_int64(broker_epoch);
  w.write_uvarint(0);
}

std::size_t alter_partition_request::broker_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void alter_partition_request::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  leader_epoch = r.read_int32();
  if (version <= 2) {
    {
      const std::int32_t n1 = r.read_array_length(true);
      if (n1 < 0) {
        r.fail();
      } else {
        auto& v2 = new_isr;
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
        auto& v5 = new_isr_with_epochs;
        v5.clear();
        for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
          v5.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 1) {
    leader_recovery_state = r.read_int8();
  }
  partition_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void alter_partition_request::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int32(leader_epoch);
  if (!(version <= 2) && !(new_isr.empty())) w.fail();
  if (version <= 2) {
    w.write_array_length(new_isr.size(), true);
    for (const auto& e7 : new_isr) {
      w.write_int32(e7);
    }
  }
  if (!(version >= 3) && !(new_isr_with_epochs.empty())) w.fail();
  if (version >= 3) {
    w.write_array_length(new_isr_with_epochs.size(), true);
    for (const auto& e8 : new_isr_with_epochs) {
      e8.encode(w, version);
    }
  }
  if (!(version >= 1) && !(leader_recovery_state == 0)) w.fail();
  if (version >= 1) {
    w.write_int8(leader_recovery_state);
  }
  w.write_int32(partition_epoch);
  w.write_uvarint(0);
}

std::size_t alter_partition_request::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  if (version <= 2) {
    n += ::gannet::protocol::wire::array_length_size(new_isr.size(), true);
    n += new_isr.size() * 4;
  }
  if (version >= 3) {
    n += ::gannet::protocol::wire::array_length_size(new_isr_with_epochs.size(), true);
    for (const auto& e9 : new_isr_with_epochs) {
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

void alter_partition_request::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 1) {
    topic_name = r.read_string(true);
  }
  if (version >= 2) {
    topic_id = r.read_uuid();
  }
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = partitions;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_request::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 1) {
    w.write_string(topic_name, true);
  }
  if (version >= 2) {
    w.write_uuid(topic_id);
  }
  w.write_array_length(partitions.size(), true);
  for (const auto& e13 : partitions) {
    e13.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_request::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 1) {
    n += ::gannet::protocol::wire::string_size(topic_name, true);
  }
  if (version >= 2) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e14 : partitions) {
    n += e14.size(version);
  }
  n += 1;
  return n;
}

void alter_partition_response::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = isr;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 1) {
    leader_recovery_state = r.read_int8();
  }
  partition_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void alter_partition_response::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_array_length(isr.size(), true);
  for (const auto& e4 : isr) {
    w.write_int32(e4);
  }
  if (version >= 1) {
    w.write_int8(leader_recovery_state);
  }
  w.write_int32(partition_epoch);
  w.write_uvarint(0);
}

std::size_t alter_partition_response::partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(isr.size(), true);
  n += isr.size() * 4;
  if (version >= 1) {
    n += 1;
  }
  n += 4;
  n += 1;
  return n;
}

void alter_partition_response::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 1) {
    topic_name = r.read_string(true);
  }
  if (version >= 2) {
    topic_id = r.read_uuid();
  }
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void alter_partition_response::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 1) {
    w.write_string(topic_name, true);
  }
  if (version >= 2) {
    w.write_uuid(topic_id);
  }
  w.write_array_length(partitions.size(), true);
  for (const auto& e8 : partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t alter_partition_response::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 1) {
    n += ::gannet::protocol::wire::string_size(topic_name, true);
  }
  if (version >= 2) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e9 : partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
