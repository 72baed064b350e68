// generated from FetchRequest.json, FetchResponse.json; do not edit
#include "gannet/protocol/messages/fetch.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void fetch_request::replica_state_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  replica_id = r.read_int32();
  replica_epoch = r.read_int64();
  r.skip_tagged_fields();
}

void fetch_request::replica_state_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(replica_id);
  w.write_int64(replica_epoch);
  w.write_uvarint(0);
}

std::size_t fetch_request::replica_state_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void fetch_request::fetch_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition = r.read_int32();
  if (version >= 9) {
    current_leader_epoch = r.read_int32();
  }
  fetch_offset = r.read_int64();
  if (version >= 12) {
    last_fetched_epoch = r.read_int32();
  }
  if (version >= 5) {
    log_start_offset = r.read_int64();
  }
  partition_max_bytes = r.read_int32();
  if (version >= 12) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 17) {
            replica_directory_id = tr.read_uuid();
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

void fetch_request::fetch_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition);
  if (version >= 9) {
    w.write_int32(current_leader_epoch);
  }
  w.write_int64(fetch_offset);
  if (!(version >= 12) && !(last_fetched_epoch == -1)) w.fail();
  if (version >= 12) {
    w.write_int32(last_fetched_epoch);
  }
  if (version >= 5) {
    w.write_int64(log_start_offset);
  }
  w.write_int32(partition_max_bytes);
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 17) && !(replica_directory_id == ::gannet::protocol::uuid{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 17) && !(replica_directory_id == ::gannet::protocol::uuid{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += 16;
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      w.write_uuid(replica_directory_id);
    }
  }
}

std::size_t fetch_request::fetch_partition::size([[maybe_unused]] std::int16_t version) const {
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
    if ((version >= 17) && !(replica_directory_id == ::gannet::protocol::uuid{})) {
      std::size_t fs = 0;
      fs += 16;
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void fetch_request::fetch_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 12) {
    topic = r.read_string(version >= 12);
  }
  if (version >= 13) {
    topic_id = r.read_uuid();
  }
  {
    const std::int32_t n1 = r.read_array_length(version >= 12);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
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

void fetch_request::fetch_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 12) {
    w.write_string(topic, version >= 12);
  }
  if (version >= 13) {
    w.write_uuid(topic_id);
  }
  w.write_array_length(partitions.size(), version >= 12);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_request::fetch_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 12) {
    n += ::gannet::protocol::wire::string_size(topic, version >= 12);
  }
  if (version >= 13) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 12);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_request::forgotten_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 12) {
    topic = r.read_string(version >= 12);
  }
  if (version >= 13) {
    topic_id = r.read_uuid();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 12);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = partitions;
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

void fetch_request::forgotten_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 12) {
    w.write_string(topic, version >= 12);
  }
  if (version >= 13) {
    w.write_uuid(topic_id);
  }
  w.write_array_length(partitions.size(), version >= 12);
  for (const auto& e9 : partitions) {
    w.write_int32(e9);
  }
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_request::forgotten_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 12) {
    n += ::gannet::protocol::wire::string_size(topic, version >= 12);
  }
  if (version >= 13) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 12);
  n += partitions.size() * 4;
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_response::epoch_end_offset::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  epoch = r.read_int32();
  end_offset = r.read_int64();
  r.skip_tagged_fields();
}

void fetch_response::epoch_end_offset::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(epoch);
  w.write_int64(end_offset);
  w.write_uvarint(0);
}

std::size_t fetch_response::epoch_end_offset::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 1;
  return n;
}

void fetch_response::leader_id_and_epoch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void fetch_response::leader_id_and_epoch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_uvarint(0);
}

std::size_t fetch_response::leader_id_and_epoch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void fetch_response::snapshot_id::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  end_offset = r.read_int64();
  epoch = r.read_int32();
  r.skip_tagged_fields();
}

void fetch_response::snapshot_id::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(end_offset);
  w.write_int32(epoch);
  w.write_uvarint(0);
}

std::size_t fetch_response::snapshot_id::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 4;
  n += 1;
  return n;
}

void fetch_response::aborted_transaction::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  producer_id = r.read_int64();
  first_offset = r.read_int64();
  if (version >= 12) {
    r.skip_tagged_fields();
  }
}

void fetch_response::aborted_transaction::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(producer_id);
  w.write_int64(first_offset);
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_response::aborted_transaction::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 8;
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_response::partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  high_watermark = r.read_int64();
  if (version >= 4) {
    last_stable_offset = r.read_int64();
  }
  if (version >= 5) {
    log_start_offset = r.read_int64();
  }
  if (version >= 4) {
    {
      const std::int32_t n1 = r.read_array_length(version >= 12);
      if (n1 < 0) {
        aborted_transactions.reset();
      } else {
        auto& v2 = aborted_transactions.emplace();
        for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
          v2.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 11) {
    preferred_read_replica = r.read_int32();
  }
  records = r.read_records(version >= 12);
  if (version >= 12) {
    const std::uint32_t tagged_count = r.read_uvarint();
    for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
      const std::uint32_t tag = r.read_uvarint();
      ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
      switch (tag) {
        case 0: {
          if (version >= 12) {
            diverging_epoch.decode(tr, version);
          }
          break;
        }
        case 1: {
          if (version >= 12) {
            current_leader.decode(tr, version);
          }
          break;
        }
        case 2: {
          if (version >= 12) {
            snapshot_id.decode(tr, version);
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

void fetch_response::partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_int64(high_watermark);
  if (version >= 4) {
    w.write_int64(last_stable_offset);
  }
  if (version >= 5) {
    w.write_int64(log_start_offset);
  }
  if (!(version >= 12) && !(diverging_epoch == ::gannet::protocol::fetch_response::epoch_end_offset{})) w.fail();
  if (!(version >= 12) && !(current_leader == ::gannet::protocol::fetch_response::leader_id_and_epoch{})) w.fail();
  if (!(version >= 12) && !(snapshot_id == ::gannet::protocol::fetch_response::snapshot_id{})) w.fail();
  if (version >= 4) {
    if (!aborted_transactions) {
      w.write_null_array_length(version >= 12);
    } else {
      w.write_array_length((*aborted_transactions).size(), version >= 12);
      for (const auto& e4 : (*aborted_transactions)) {
        e4.encode(w, version);
      }
    }
  }
  if (!(version >= 11) && !(preferred_read_replica == -1)) w.fail();
  if (version >= 11) {
    w.write_int32(preferred_read_replica);
  }
  w.write_records(records, version >= 12);
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 12) && !(diverging_epoch == ::gannet::protocol::fetch_response::epoch_end_offset{})) ++tagged_count;
    if ((version >= 12) && !(current_leader == ::gannet::protocol::fetch_response::leader_id_and_epoch{})) ++tagged_count;
    if ((version >= 12) && !(snapshot_id == ::gannet::protocol::fetch_response::snapshot_id{})) ++tagged_count;
    w.write_uvarint(tagged_count);
    if ((version >= 12) && !(diverging_epoch == ::gannet::protocol::fetch_response::epoch_end_offset{})) {
      w.write_uvarint(0);
      std::size_t fs = 0;
      fs += diverging_epoch.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      diverging_epoch.encode(w, version);
    }
    if ((version >= 12) && !(current_leader == ::gannet::protocol::fetch_response::leader_id_and_epoch{})) {
      w.write_uvarint(1);
      std::size_t fs = 0;
      fs += current_leader.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      current_leader.encode(w, version);
    }
    if ((version >= 12) && !(snapshot_id == ::gannet::protocol::fetch_response::snapshot_id{})) {
      w.write_uvarint(2);
      std::size_t fs = 0;
      fs += snapshot_id.size(version);
      w.write_uvarint(static_cast<std::uint32_t>(fs));
      snapshot_id.encode(w, version);
    }
  }
}

std::size_t fetch_response::partition_data::size([[maybe_unused]] std::int16_t version) const {
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
    if (!aborted_transactions) {
      n += ::gannet::protocol::wire::null_array_length_size(version >= 12);
    } else {
      n += ::gannet::protocol::wire::array_length_size((*aborted_transactions).size(), version >= 12);
      for (const auto& e5 : (*aborted_transactions)) {
        n += e5.size(version);
      }
    }
  }
  if (version >= 11) {
    n += 4;
  }
  n += ::gannet::protocol::wire::records_size(records, version >= 12);
  if (version >= 12) {
    std::uint32_t tagged_count = 0;
    if ((version >= 12) && !(diverging_epoch == ::gannet::protocol::fetch_response::epoch_end_offset{})) {
      std::size_t fs = 0;
      fs += diverging_epoch.size(version);
      n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 12) && !(current_leader == ::gannet::protocol::fetch_response::leader_id_and_epoch{})) {
      std::size_t fs = 0;
      fs += current_leader.size(version);
      n += ::gannet::protocol::wire::uvarint_size(1) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    if ((version >= 12) && !(snapshot_id == ::gannet::protocol::fetch_response::snapshot_id{})) {
      std::size_t fs = 0;
      fs += snapshot_id.size(version);
      n += ::gannet::protocol::wire::uvarint_size(2) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
      ++tagged_count;
    }
    n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  }
  return n;
}

void fetch_response::fetchable_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version <= 12) {
    topic = r.read_string(version >= 12);
  }
  if (version >= 13) {
    topic_id = r.read_uuid();
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 12);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = partitions;
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

void fetch_response::fetchable_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version <= 12) {
    w.write_string(topic, version >= 12);
  }
  if (version >= 13) {
    w.write_uuid(topic_id);
  }
  w.write_array_length(partitions.size(), version >= 12);
  for (const auto& e9 : partitions) {
    e9.encode(w, version);
  }
  if (version >= 12) {
    w.write_uvarint(0);
  }
}

std::size_t fetch_response::fetchable_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version <= 12) {
    n += ::gannet::protocol::wire::string_size(topic, version >= 12);
  }
  if (version >= 13) {
    n += 16;
  }
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 12);
  for (const auto& e10 : partitions) {
    n += e10.size(version);
  }
  if (version >= 12) {
    n += 1;
  }
  return n;
}

void fetch_response::node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_int32();
  rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void fetch_response::node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_string(host, true);
  w.write_int32(port);
  w.write_nullable_string(rack, true);
  w.write_uvarint(0);
}

std::size_t fetch_response::node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(rack, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
