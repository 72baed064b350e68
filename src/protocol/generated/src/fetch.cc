// generated from FetchRequest.json, FetchResponse.json; do not edit
#include "gannet/protocol/messages/fetch.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void fetch_request_replica_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->replica_id = r.read_int32();
  this->replica_epoch = r.read_int64();
  r.skip_tagged_fields();
}

void fetch_request_replica_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->replica_id);
  w.write_int64(this->replica_epoch);
  w.write_uvarint(0);
}

std::size_t fetch_request_replica_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void fetch_request_fetch_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition = r.read_int32();
  if (version >= 9) {
    this->current_leader_epoch = r.read_int32();
  }
  this->fetch_offset = r.read_int64();
  if (version >= 12) {
    this->last_fetched_epoch = r.read_int32();
  }
  if (version >= 5) {
    this->log_start_offset = r.read_int64();
  }
  this->partition_max_bytes = r.read_int32();
  if (version >= 12) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 17) {
            this->replica_directory_id = tr.read_uuid();
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

void fetch_request_fetch_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition);
  if (version >= 9) {
    w.write_int32(this->current_leader_epoch);
  }
  w.write_int64(this->fetch_offset);
  if (!(version >= 12) && !(this->last_fetched_epoch == -1)) w.fail();
  if (version >= 12) {
    w.write_int32(this->last_fetched_epoch);
  }
  if (version >= 5) {
    w.write_int64(this->log_start_offset);
  }
  w.write_int32(this->partition_max_bytes);
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 17) && !(this->replica_directory_id == ::gannet::protocol::uuid{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 17) && !(this->replica_directory_id == ::gannet::protocol::uuid{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += 16;
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_uuid(this->replica_directory_id);
    }
  }
}

std::size_t fetch_request_fetch_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 9) {
    n += 4;
  }
  n += 8;
  if (version >= 12) {
    n += 4;
  }
  if (version >= 5) {
    n += 8;
  }
  n += 4;
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 17) && !(this->replica_directory_id == ::gannet::protocol::uuid{})) {
      std::size_t fs = 0;
      fs += 16;
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void fetch_request_fetch_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 12) {
    this->topic = r.read_string(version >= 12);
  }
  if (version >= 13) {
    this->topic_id = r.read_uuid();
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 12);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 12) {
    r.skip_tagged_fields();
  }
}

void fetch_request_fetch_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 12) {
    w.write_string(this->topic, version >= 12);
  }
  if (version >= 13) {
    w.write_uuid(this->topic_id);
  }
  w.write_array_length(this->partitions.size(), version >= 12);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_request_fetch_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 12) {
    n += ::gannet::protocol::wire::string_size(this->topic, version >= 12);
  }
  if (version >= 13) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 12);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_request_forgotten_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 12) {
    this->topic = r.read_string(version >= 12);
  }
  if (version >= 13) {
    this->topic_id = r.read_uuid();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 12);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->partitions;
      v7.clear();
      v7.reserve(static_cast<std::size_t>(n6));
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 12) {
    r.skip_tagged_fields();
  }
}

void fetch_request_forgotten_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 12) {
    w.write_string(this->topic, version >= 12);
  }
  if (version >= 13) {
    w.write_uuid(this->topic_id);
  }
  w.write_array_length(this->partitions.size(), version >= 12);
  for (const auto& e9 : this->partitions) {
    w.write_int32(e9);
  }
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_request_forgotten_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 12) {
    n += ::gannet::protocol::wire::string_size(this->topic, version >= 12);
  }
  if (version >= 13) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 12);
  n += this->partitions.size() * 4;
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 17) {
    r.fail();
    return;
  }
  if (version <= 14) {
    this->replica_id = r.read_int32();
  }
  this->max_wait_ms = r.read_int32();
  this->min_bytes = r.read_int32();
  if (version >= 3) {
    this->max_bytes = r.read_int32();
  }
  if (version >= 4) {
    this->isolation_level = r.read_int8();
  }
  if (version >= 7) {
    this->session_id = r.read_int32();
  }
  if (version >= 7) {
    this->session_epoch = r.read_int32();
  }
  {
    const std::int32_t n10 = r.read_array_length(version >= 12);
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
  if (version >= 7) {
    {
      const std::int32_t n13 = r.read_array_length(version >= 12);
      if (n13 < 0) {
        r.fail();
      } else {
        auto& v14 = this->forgotten_topics_data;
        v14.clear();
        for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
          v14.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 11) {
    this->rack_id = r.read_string(version >= 12);
  }
  if (version >= 12) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 12) {
            this->cluster_id = tr.read_nullable_string(true);
          }
          break;
        }
        case 1: {
          if (version >= 15) {
            this->replica_state.decode(tr, version);
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

void fetch_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 17) {
    w.fail();
    return;
  }
  if (!(version <= 14) && !(this->replica_id == -1)) w.fail();
  if (version <= 14) {
    w.write_int32(this->replica_id);
  }
  if (!(version >= 15) && !(this->replica_state == ::gannet::protocol::fetch_request_replica_state{})) w.fail();
  w.write_int32(this->max_wait_ms);
  w.write_int32(this->min_bytes);
  if (version >= 3) {
    w.write_int32(this->max_bytes);
  }
  if (version >= 4) {
    w.write_int8(this->isolation_level);
  }
  if (version >= 7) {
    w.write_int32(this->session_id);
  }
  if (version >= 7) {
    w.write_int32(this->session_epoch);
  }
  w.write_array_length(this->topics.size(), version >= 12);
  for (const auto& e16 : this->topics) {
    e16.encode(w, version);
  }
  if (!(version >= 7) && !(this->forgotten_topics_data.empty())) w.fail();
  if (version >= 7) {
    w.write_array_length(this->forgotten_topics_data.size(), version >= 12);
    for (const auto& e17 : this->forgotten_topics_data) {
      e17.encode(w, version);
    }
  }
  if (version >= 11) {
    w.write_string(this->rack_id, version >= 12);
  }
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 12) && !!this->cluster_id.has_value()) ++tagged_count;
    if ((version >= 15) && !(this->replica_state == ::gannet::protocol::fetch_request_replica_state{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 12) && !!this->cluster_id.has_value()) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::nullable_string_size(this->cluster_id, true);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_nullable_string(this->cluster_id, true);
    }
    if ((version >= 15) && !(this->replica_state == ::gannet::protocol::fetch_request_replica_state{})) {
      w.write_uvarint(1);
      std::size_t fs = 0;
      fs += this->replica_state.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      this->replica_state.encode(w, version);
    }
  }
}

std::size_t fetch_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 14) {
    n += 4;
  }
  n += 4;
  n += 4;
  if (version >= 3) {
    n += 4;
  }
  if (version >= 4) {
    n += 1;
  }
  if (version >= 7) {
    n += 4;
  }
  if (version >= 7) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 12);
  for (const auto& e18 : this->topics) {
    n += e18.size(version);
  }
  if (version >= 7) {
    n += ::gannet::protocol::wire::array_length_size(this->forgotten_topics_data.size(), version >= 12);
    for (const auto& e19 : this->forgotten_topics_data) {
      n += e19.size(version);
    }
  }
  if (version >= 11) {
    n += ::gannet::protocol::wire::string_size(this->rack_id, version >= 12);
  }
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 12) && !!this->cluster_id.has_value()) {
      std::size_t fs = 0;
      fs += ::gannet::protocol::wire::nullable_string_size(this->cluster_id, true);
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 15) && !(this->replica_state == ::gannet::protocol::fetch_request_replica_state{})) {
      std::size_t fs = 0;
      fs += this->replica_state.size(version);
      n += ::gannet::protocol::wire::uvarint_size(1) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void fetch_response_epoch_end_offset::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->epoch = r.read_int32();
  this->end_offset = r.read_int64();
  r.skip_tagged_fields();
}

void fetch_response_epoch_end_offset::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->epoch);
  w.write_int64(this->end_offset);
  w.write_uvarint(0);
}

std::size_t fetch_response_epoch_end_offset::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void fetch_response_leader_id_and_epoch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void fetch_response_leader_id_and_epoch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_uvarint(0);
}

std::size_t fetch_response_leader_id_and_epoch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void fetch_response_snapshot_id::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->end_offset = r.read_int64();
  this->epoch = r.read_int32();
  r.skip_tagged_fields();
}

void fetch_response_snapshot_id::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(this->end_offset);
  w.write_int32(this->epoch);
  w.write_uvarint(0);
}

std::size_t fetch_response_snapshot_id::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 4;
  n += 1;
  return n;
}

void fetch_response_aborted_transaction::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->producer_id = r.read_int64();
  this->first_offset = r.read_int64();
  if (version >= 12) {
    r.skip_tagged_fields();
  }
}

void fetch_response_aborted_transaction::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(this->producer_id);
  w.write_int64(this->first_offset);
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_response_aborted_transaction::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 8;
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_response_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->high_watermark = r.read_int64();
  if (version >= 4) {
    this->last_stable_offset = r.read_int64();
  }
  if (version >= 5) {
    this->log_start_offset = r.read_int64();
  }
  if (version >= 4) {
    {
      const std::int32_t n1 = r.read_array_length(version >= 12);
      if (n1 < 0) {
        this->aborted_transactions.reset();
      } else {
        auto& v2 = this->aborted_transactions.emplace();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 11) {
    this->preferred_read_replica = r.read_int32();
  }
  this->records = r.read_records(version >= 12);
  if (version >= 12) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 12) {
            this->diverging_epoch.decode(tr, version);
          }
          break;
        }
        case 1: {
          if (version >= 12) {
            this->current_leader.decode(tr, version);
          }
          break;
        }
        case 2: {
          if (version >= 12) {
            this->snapshot_id.decode(tr, version);
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

void fetch_response_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_int64(this->high_watermark);
  if (version >= 4) {
    w.write_int64(this->last_stable_offset);
  }
  if (version >= 5) {
    w.write_int64(this->log_start_offset);
  }
  if (!(version >= 12) && !(this->diverging_epoch == ::gannet::protocol::fetch_response_epoch_end_offset{})) w.fail();
  if (!(version >= 12) && !(this->current_leader == ::gannet::protocol::fetch_response_leader_id_and_epoch{})) w.fail();
  if (!(version >= 12) && !(this->snapshot_id == ::gannet::protocol::fetch_response_snapshot_id{})) w.fail();
  if (version >= 4) {
    if (!this->aborted_transactions) {
      w.write_null_array_length(version >= 12);
    } else {
      w.write_array_length((*this->aborted_transactions).size(), version >= 12);
      for (const auto& e4 : (*this->aborted_transactions)) {
        e4.encode(w, version);
      }
    }
  }
  if (!(version >= 11) && !(this->preferred_read_replica == -1)) w.fail();
  if (version >= 11) {
    w.write_int32(this->preferred_read_replica);
  }
  w.write_records(this->records, version >= 12);
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 12) && !(this->diverging_epoch == ::gannet::protocol::fetch_response_epoch_end_offset{})) ++tagged_count;
    if ((version >= 12) && !(this->current_leader == ::gannet::protocol::fetch_response_leader_id_and_epoch{})) ++tagged_count;
    if ((version >= 12) && !(this->snapshot_id == ::gannet::protocol::fetch_response_snapshot_id{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 12) && !(this->diverging_epoch == ::gannet::protocol::fetch_response_epoch_end_offset{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += this->diverging_epoch.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      this->diverging_epoch.encode(w, version);
    }
    if ((version >= 12) && !(this->current_leader == ::gannet::protocol::fetch_response_leader_id_and_epoch{})) {
      w.write_uvarint(1);
      std::size_t fs = 0;
      fs += this->current_leader.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      this->current_leader.encode(w, version);
    }
    if ((version >= 12) && !(this->snapshot_id == ::gannet::protocol::fetch_response_snapshot_id{})) {
      w.write_uvarint(2);
      std::size_t fs = 0;
      fs += this->snapshot_id.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      this->snapshot_id.encode(w, version);
    }
  }
}

std::size_t fetch_response_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 8;
  if (version >= 4) {
    n += 8;
  }
  if (version >= 5) {
    n += 8;
  }
  if (version >= 4) {
    if (!this->aborted_transactions) {
      n += ::gannet::protocol::wire::null_array_length_size(version >= 12);
    } else {
      n += ::gannet::protocol::wire::array_length_size((*this->aborted_transactions).size(), version >= 12);
      for (const auto& e5 : (*this->aborted_transactions)) {
        n += e5.size(version);
      }
    }
  }
  if (version >= 11) {
    n += 4;
  }
  n += ::gannet::protocol::wire::records_size(this->records, version >= 12);
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 12) && !(this->diverging_epoch == ::gannet::protocol::fetch_response_epoch_end_offset{})) {
      std::size_t fs = 0;
      fs += this->diverging_epoch.size(version);
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 12) && !(this->current_leader == ::gannet::protocol::fetch_response_leader_id_and_epoch{})) {
      std::size_t fs = 0;
      fs += this->current_leader.size(version);
      n += ::gannet::protocol::wire::uvarint_size(1) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 12) && !(this->snapshot_id == ::gannet::protocol::fetch_response_snapshot_id{})) {
      std::size_t fs = 0;
      fs += this->snapshot_id.size(version);
      n += ::gannet::protocol::wire::uvarint_size(2) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void fetch_response_fetchable_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 12) {
    this->topic = r.read_string(version >= 12);
  }
  if (version >= 13) {
    this->topic_id = r.read_uuid();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 12);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->partitions;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 12) {
    r.skip_tagged_fields();
  }
}

void fetch_response_fetchable_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 12) {
    w.write_string(this->topic, version >= 12);
  }
  if (version >= 13) {
    w.write_uuid(this->topic_id);
  }
  w.write_array_length(this->partitions.size(), version >= 12);
  for (const auto& e9 : this->partitions) {
    e9.encode(w, version);
  }
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_response_fetchable_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 12) {
    n += ::gannet::protocol::wire::string_size(this->topic, version >= 12);
  }
  if (version >= 13) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 12);
  for (const auto& e10 : this->partitions) {
    n += e10.size(version);
  }
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_response_node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->node_id = r.read_int32();
  this->host = r.read_string(true);
  this->port = r.read_int32();
  this->rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void fetch_response_node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->node_id);
  w.write_string(this->host, true);
  w.write_int32(this->port);
  w.write_nullable_string(this->rack, true);
  w.write_uvarint(0);
}

std::size_t fetch_response_node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->rack, true);
  n += 1;
  return n;
}

void fetch_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 17) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->throttle_time_ms = r.read_int32();
  }
  if (version >= 7) {
    this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  }
  if (version >= 7) {
    this->session_id = r.read_int32();
  }
  {
    const std::int32_t n11 = r.read_array_length(version >= 12);
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
  if (version >= 12) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 16) {
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

void fetch_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 17) {
    w.fail();
    return;
  }
  if (version >= 1) {
    w.write_int32(this->throttle_time_ms);
  }
  if (version >= 7) {
    w.write_int16(static_cast<std::int16_t>(this->error_code));
  }
  if (!(version >= 7) && !(this->session_id == 0)) w.fail();
  if (version >= 7) {
    w.write_int32(this->session_id);
  }
  w.write_array_length(this->responses.size(), version >= 12);
  for (const auto& e17 : this->responses) {
    e17.encode(w, version);
  }
  if (!(version >= 16) && !(this->node_endpoints.empty())) w.fail();
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 16) && !(this->node_endpoints.empty())) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 16) && !(this->node_endpoints.empty())) {
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

std::size_t fetch_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 4;
  }
  if (version >= 7) {
    n += 2;
  }
  if (version >= 7) {
    n += 4;
  }
  n += ::gannet::protocol::wire::array_length_size(this->responses.size(), version >= 12);
  for (const auto& e20 : this->responses) {
    n += e20.size(version);
  }
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 16) && !(this->node_endpoints.empty())) {
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
