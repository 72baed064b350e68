// generated from FetchSnapshotRequest.json, FetchSnapshotResponse.json; do not edit
#include "gannet/protocol/messages/fetch_snapshot.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void fetch_snapshot_request::snapshot_id::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  end_offset = r.read_int64();
  epoch = r.read_int32();
  r.skip_tagged_fields();
}

void fetch_snapshot_request::snapshot_id::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(end_offset);
  w.write_int32(epoch);
  w.write_uvarint(0);
}

std::size_t fetch_snapshot_request::snapshot_id::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 4;
  n += 1;
  return n;
}

void fetch_snapshot_request::partition_snapshot::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition = r.read_int32();
  current_leader_epoch = r.read_int32();
  snapshot_id.decode(r, version);
  position = r.read_int64();
  const std::uint32_t tagged_count = r.read_uvarint();
  for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
    const std::uint32_t tag = r.read_uvarint();
    ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
    switch (tag) {
      case 0: {
        if (version >= 1) {
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

void fetch_snapshot_request::partition_snapshot::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition);
  w.write_int32(current_leader_epoch);
  snapshot_id.encode(w, version);
  w.write_int64(position);
  std::uint32_t tagged_count = 0;
  if ((version >= 1) && !(replica_directory_id == ::gannet::protocol::uuid{})) ++tagged_count;
  w.write_uvarint(tagged_count);
  if ((version >= 1) && !(replica_directory_id == ::gannet::protocol::uuid{})) {
    w.write_uvarint(0);
    std::size_t fs = 0;
    fs += 16;
    w.write_uvarint(static_cast<std::uint32_t>(fs));
    w.write_uuid(replica_directory_id);
  }
}

std::size_t fetch_snapshot_request::partition_snapshot::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += snapshot_id.size(version);
  n += 8;
  std::uint32_t tagged_count = 0;
  if ((version >= 1) && !(replica_directory_id == ::gannet::protocol::uuid{})) {
    std::size_t fs = 0;
    fs += 16;
    n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
    ++tagged_count;
  }
  n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  return n;
}

void fetch_snapshot_request::topic_snapshot::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void fetch_snapshot_request::topic_snapshot::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t fetch_snapshot_request::topic_snapshot::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void fetch_snapshot_response::snapshot_id::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  end_offset = r.read_int64();
  epoch = r.read_int32();
  r.skip_tagged_fields();
}

void fetch_snapshot_response::snapshot_id::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(end_offset);
  w.write_int32(epoch);
  w.write_uvarint(0);
}

std::size_t fetch_snapshot_response::snapshot_id::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 4;
  n += 1;
  return n;
}

void fetch_snapshot_response::leader_id_and_epoch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  leader_id = r.read_int32();
  leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void fetch_snapshot_response::leader_id_and_epoch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(leader_id);
  w.write_int32(leader_epoch);
  w.write_uvarint(0);
}

std::size_t fetch_snapshot_response::leader_id_and_epoch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void fetch_snapshot_response::partition_snapshot::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  snapshot_id.decode(r, version);
  size_ = r.read_int64();
  position = r.read_int64();
  unaligned_records = r.read_records(true);
  if (unaligned_records.is_null() && !(false)) r.fail();
  const std::uint32_t tagged_count = r.read_uvarint();
  for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
    const std::uint32_t tag = r.read_uvarint();
    ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
    switch (tag) {
      case 0: {
        current_leader.decode(tr, version);
        break;
      }
      default:
        break;
    }
    if (!tr.ok()) r.fail();
  }
}

void fetch_snapshot_response::partition_snapshot::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  snapshot_id.encode(w, version);
  w.write_int64(size_);
  w.write_int64(position);
  if (unaligned_records.is_null() && !(false)) w.fail();
  w.write_records(unaligned_records, true);
  std::uint32_t tagged_count = 0;
  if (!(current_leader == ::gannet::protocol::fetch_snapshot_response::leader_id_and_epoch{})) ++tagged_count;
  w.write_uvarint(tagged_count);
  if (!(current_leader == ::gannet::protocol::fetch_snapshot_response::leader_id_and_epoch{})) {
    w.write_uvarint(0);
    std::size_t fs = 0;
    fs += current_leader.size(version);
    w.write_uvarint(static_cast<std::uint32_t>(fs));
    current_leader.encode(w, version);
  }
}

std::size_t fetch_snapshot_response::partition_snapshot::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += snapshot_id.size(version);
  n += 8;
  n += 8;
  n += ::gannet::protocol::wire::records_size(unaligned_records, true);
  std::uint32_t tagged_count = 0;
  if (!(current_leader == ::gannet::protocol::fetch_snapshot_response::leader_id_and_epoch{})) {
    std::size_t fs = 0;
    fs += current_leader.size(version);
    n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
    ++tagged_count;
  }
  n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  return n;
}

void fetch_snapshot_response::topic_snapshot::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void fetch_snapshot_response::topic_snapshot::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t fetch_snapshot_response::topic_snapshot::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void fetch_snapshot_response::node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  node_id = r.read_int32();
  host = r.read_string(true);
  port = r.read_uint16();
  r.skip_tagged_fields();
}

void fetch_snapshot_response::node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(node_id);
  w.write_string(host, true);
  w.write_uint16(port);
  w.write_uvarint(0);
}

std::size_t fetch_snapshot_response::node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(host, true);
  n += 2;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
