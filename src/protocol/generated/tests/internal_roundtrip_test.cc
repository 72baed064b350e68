// generated from GroupMetadataKey.json, GroupMetadataValue.json, OffsetCommitKey.json, OffsetCommitValue.json, TransactionLogKey.json, TransactionLogValue.json; do not edit
#include <gtest/gtest.h>

#include <cstdint>

#include "gannet/protocol/internal/group_metadata_key.h"
#include "gannet/protocol/internal/group_metadata_value.h"
#include "gannet/protocol/internal/offset_commit_key.h"
#include "gannet/protocol/internal/offset_commit_value.h"
#include "gannet/protocol/internal/transaction_log_key.h"
#include "gannet/protocol/internal/transaction_log_value.h"
#include "protocol/roundtrip_support.h"

namespace {

using ::gannet::protocol::testing::next_bytes;
using ::gannet::protocol::testing::next_double;
using ::gannet::protocol::testing::next_int;
using ::gannet::protocol::testing::next_records;
using ::gannet::protocol::testing::next_string;
using ::gannet::protocol::testing::next_uuid;

void fill_group_metadata_key(::gannet::protocol::group_metadata_key& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_group_metadata_key(::gannet::protocol::group_metadata_key& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, GroupMetadataKey) {
  for (std::int16_t version = 2; version <= 2; ++version) {
    ::gannet::protocol::group_metadata_key msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_group_metadata_key(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_group_metadata_value_member_metadata(::gannet::protocol::group_metadata_value_member_metadata& x, std::int16_t version, std::uint32_t& seed);
void fill_group_metadata_value(::gannet::protocol::group_metadata_value& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_group_metadata_value_member_metadata(::gannet::protocol::group_metadata_value_member_metadata& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.member_id = next_string(seed);
  }
  if (version >= 3) {
    x.group_instance_id.emplace() = next_string(seed);
  }
  {
    x.client_id = next_string(seed);
  }
  {
    x.client_host = next_string(seed);
  }
  if (version >= 1) {
    x.rebalance_timeout = next_int<std::int32_t>(-1, seed);
  }
  {
    x.session_timeout = next_int<std::int32_t>(0, seed);
  }
  {
    x.subscription = next_bytes(seed);
  }
  {
    x.assignment = next_bytes(seed);
  }
}
[[maybe_unused]] void fill_group_metadata_value(::gannet::protocol::group_metadata_value& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.protocol_type = next_string(seed);
  }
  {
    x.generation = next_int<std::int32_t>(0, seed);
  }
  {
    x.protocol.emplace() = next_string(seed);
  }
  {
    x.leader.emplace() = next_string(seed);
  }
  if (version >= 2) {
    x.current_state_timestamp = next_int<std::int64_t>(-1, seed);
  }
  {
    auto& v = x.members;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_group_metadata_value_member_metadata(v.emplace_back(), version, seed);
    }
  }
}
TEST(GeneratedRoundTripTest, GroupMetadataValue) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::group_metadata_value msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_group_metadata_value(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_offset_commit_key(::gannet::protocol::offset_commit_key& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_commit_key(::gannet::protocol::offset_commit_key& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.group = next_string(seed);
  }
  {
    x.topic = next_string(seed);
  }
  {
    x.partition = next_int<std::int32_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, OffsetCommitKey) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::offset_commit_key msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_commit_key(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_offset_commit_value(::gannet::protocol::offset_commit_value& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_offset_commit_value(::gannet::protocol::offset_commit_value& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.offset = next_int<std::int64_t>(0, seed);
  }
  if (version >= 3) {
    x.leader_epoch = next_int<std::int32_t>(-1, seed);
  }
  {
    x.metadata = next_string(seed);
  }
  {
    x.commit_timestamp = next_int<std::int64_t>(0, seed);
  }
  if (version >= 1 && version <= 1) {
    x.expire_timestamp = next_int<std::int64_t>(-1, seed);
  }
}
TEST(GeneratedRoundTripTest, OffsetCommitValue) {
  for (std::int16_t version = 0; version <= 4; ++version) {
    ::gannet::protocol::offset_commit_value msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_offset_commit_value(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 4);
  }
}

void fill_transaction_log_key(::gannet::protocol::transaction_log_key& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_transaction_log_key(::gannet::protocol::transaction_log_key& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.transactional_id = next_string(seed);
  }
}
TEST(GeneratedRoundTripTest, TransactionLogKey) {
  for (std::int16_t version = 0; version <= 0; ++version) {
    ::gannet::protocol::transaction_log_key msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_transaction_log_key(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, false);
  }
}

void fill_transaction_log_value_partitions_schema(::gannet::protocol::transaction_log_value_partitions_schema& x, std::int16_t version, std::uint32_t& seed);
void fill_transaction_log_value(::gannet::protocol::transaction_log_value& x, std::int16_t version, std::uint32_t& seed);
[[maybe_unused]] void fill_transaction_log_value_partitions_schema(::gannet::protocol::transaction_log_value_partitions_schema& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.topic = next_string(seed);
  }
  {
    auto& v = x.partition_ids;
    v.clear();
    for (int i = 0; i < 2; ++i) {
      v.emplace_back() = next_int<std::int32_t>(0, seed);
    }
  }
}
[[maybe_unused]] void fill_transaction_log_value(::gannet::protocol::transaction_log_value& x, std::int16_t version, std::uint32_t& seed) {
  (void)x;
  (void)version;
  (void)seed;
  {
    x.producer_id = next_int<std::int64_t>(0, seed);
  }
  {
    x.producer_epoch = next_int<std::int16_t>(0, seed);
  }
  {
    x.transaction_timeout_ms = next_int<std::int32_t>(0, seed);
  }
  {
    x.transaction_status = next_int<std::int8_t>(0, seed);
  }
  {
    auto& v = x.transaction_partitions.emplace();
    v.clear();
    for (int i = 0; i < 2; ++i) {
      fill_transaction_log_value_partitions_schema(v.emplace_back(), version, seed);
    }
  }
  {
    x.transaction_last_update_timestamp_ms = next_int<std::int64_t>(0, seed);
  }
  {
    x.transaction_start_timestamp_ms = next_int<std::int64_t>(0, seed);
  }
}
TEST(GeneratedRoundTripTest, TransactionLogValue) {
  for (std::int16_t version = 0; version <= 1; ++version) {
    ::gannet::protocol::transaction_log_value msg;
    std::uint32_t seed = static_cast<std::uint32_t>(version) * 7919u + 1;
    fill_transaction_log_value(msg, version, seed);
    ::gannet::protocol::testing::check_round_trip(msg, version, version >= 1);
  }
}

}  // namespace
