// Which partitions of __consumer_offsets this coordinator answers for, as
// Kafka 3.9's GroupCoordinator.onElection / onResignation and
// GroupMetadataManager.loadGroupsAndOffsets / removeGroupsForPartition decide
// it. Elections and resignations run on the ownership strand, one at a time;
// the groups they load or drop are touched on their shards' strands.

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <chrono>

#include "coordinator_impl.h"
#include "gannet/common/logging.h"
#include "strand_call.h"

namespace gannet::groups {

namespace asio = boost::asio;
using asio::awaitable;
using protocol::error_code;

namespace {

constexpr std::string_view offsets_topic = "__consumer_offsets";

// Waits for this call's turn on the ownership strand, runs the election or
// resignation, and hands the turn on.
awaitable<void> in_turn(coordinator::impl* self, bool elect, std::int32_t partition,
                        std::optional<std::int32_t> epoch) {
  const std::uint64_t ticket = self->next_ticket++;
  while (self->serving_ticket != ticket) {
    auto wait = self->ownership_turn.async_wait(asio::as_tuple(asio::use_awaitable));
    co_await std::move(wait);
  }
  if (elect) {
    auto op = self->do_elect(partition, epoch.value_or(0));
    co_await std::move(op);
  } else {
    auto op = self->do_resign(partition, epoch);
    co_await std::move(op);
  }
  ++self->serving_ticket;
  self->ownership_turn.cancel();
}

awaitable<void> on_ownership_strand(coordinator::impl* self, bool elect, std::int32_t partition,
                                    std::optional<std::int32_t> epoch) {
  awaitable<void> task = in_turn(self, elect, partition, epoch);
  auto op = asio::co_spawn(self->ownership_strand, std::move(task), asio::use_awaitable);
  co_await std::move(op);
}

std::string epoch_text(std::optional<std::int32_t> epoch) { return epoch ? std::to_string(*epoch) : "none"; }

}  // namespace

std::optional<error_code> coordinator::impl::group_status(std::string_view group_id) const {
  if (stopped.load()) return error_code::coordinator_not_available;
  const std::int32_t p = store.partition_for(group_id);
  std::lock_guard lock(ownership_mutex);
  // A partition being (re)loaded is both: loading answers first, as Kafka.
  if (loading_partitions.contains(p)) return error_code::coordinator_load_in_progress;
  if (!owned_partitions.contains(p)) return error_code::not_coordinator;
  return std::nullopt;
}

bool coordinator::impl::any_loading() const {
  std::lock_guard lock(ownership_mutex);
  return !loading_partitions.empty();
}

bool coordinator::impl::maybe_update_epoch(std::int32_t partition, std::optional<std::int32_t> epoch) {
  auto it = epoch_for_partition.find(partition);
  if (it == epoch_for_partition.end()) {
    if (epoch) epoch_for_partition.emplace(partition, *epoch);
    return true;
  }
  if (epoch && *epoch > it->second) it->second = *epoch;
  return !epoch || *epoch == it->second;
}

void coordinator::impl::install_loaded(shard& s, loaded_group lg, std::int64_t now_ms) {
  if (auto cached = find(s, lg.group_id)) {
    log::debug("group {}: already cached with generation {}; the loaded one is not used", lg.group_id,
               cached->generation);
    return;
  }
  auto g = create(s, lg.group_id);
  for (auto& [k, v] : lg.offsets)
    g->offsets[k] = v;
  if (lg.group) {
    const group_record& r = *lg.group;
    g->protocol_type = r.protocol_type.empty() ? std::nullopt : std::optional<std::string>(r.protocol_type);
    g->generation = r.generation;
    g->protocol_name = r.protocol;
    g->leader = r.leader;
    g->state_timestamp_ms = r.current_state_timestamp >= 0 ? r.current_state_timestamp : now_ms;
    for (const auto& mr : r.members) {
      member m;
      m.id = mr.member_id;
      m.instance_id = mr.group_instance_id;
      m.client_id = mr.client_id;
      m.client_host = mr.client_host;
      m.rebalance_timeout_ms = mr.rebalance_timeout_ms;
      m.session_timeout_ms = mr.session_timeout_ms;
      m.protocol_type = r.protocol_type;
      if (r.protocol) m.protocols.emplace_back(*r.protocol, mr.subscription);
      m.assignment = mr.assignment;
      // Kafka's onGroupLoaded: every member gets a full session from now.
      m.heartbeat_deadline = steady_clock::now() + std::chrono::milliseconds(std::max(0, m.session_timeout_ms));
      if (m.instance_id) g->static_members[*m.instance_id] = m.id;
      g->members.emplace(m.id, std::move(m));
    }
    g->state = g->members.empty() ? group_state::empty : group_state::stable;
    if (g->members.empty()) g->leader.reset();
    g->subscribed_topics = g->compute_subscribed_topics();
  }
  reschedule(g);
}

std::size_t coordinator::impl::unload(shard& s, std::int32_t partition) {
  std::vector<std::shared_ptr<group>> gone;
  for (const auto& [id, g] : s.groups) {
    if (store.partition_for(id) == partition) gone.push_back(g);
  }
  const std::int64_t now = wall_clock_ms();
  for (auto& g : gone) {
    log::info("Unloading group metadata for {} with generation {}", g->id, g->generation);
    g->transition(group_state::dead, now);
    // Whatever the member waits for (JoinGroup while PreparingRebalance,
    // SyncGroup while CompletingRebalance) is answered NOT_COORDINATOR: the
    // client looks the coordinator up again.
    for (auto& [mid, m] : g->members) {
      protocol::join_group_response jr;
      jr.error_code = error_code::not_coordinator;
      jr.member_id = mid;
      jr.generation_id = -1;
      jr.protocol_name = std::nullopt;
      deliver_join(m, jr);
      protocol::sync_group_response sr;
      sr.error_code = error_code::not_coordinator;
      deliver_sync(m, sr);
    }
    g->pending_sync.clear();
    g->sync_deadline = never;
    forget(s, g);
  }
  return gone.size();
}

awaitable<void> coordinator::impl::do_elect(std::int32_t partition, std::int32_t epoch) {
  {
    std::lock_guard lock(ownership_mutex);
    if (!maybe_update_epoch(partition, epoch)) {
      log::info("Not loading offsets and group metadata for {}-{} in epoch {} since current epoch is {}", offsets_topic,
                partition, epoch, epoch_for_partition.at(partition));
      co_return;
    }
    loading_partitions.insert(partition);
  }
  log::debug("Scheduling loading of offsets and group metadata from {}-{} for epoch {}", offsets_topic, partition,
             epoch);
  const auto start = steady_clock::now();
  awaitable<result<std::vector<loaded_group>>> load = store.load_partition(partition);
  // Back on the ownership strand whatever executor the store resumes on.
  auto op = asio::co_spawn(ownership_strand, std::move(load), asio::use_awaitable);
  auto loaded = co_await std::move(op);
  std::size_t groups = 0;
  std::size_t offsets = 0;
  if (!loaded) {
    log::error("Error loading offsets from {}-{}: {}", offsets_topic, partition, loaded.error().message());
  } else {
    // One hop per shard with its groups.
    std::vector<std::vector<loaded_group>> per_shard(shards.size());
    for (auto& lg : *loaded) {
      ++groups;
      offsets += lg.offsets.size();
      shard& s = shard_for(lg.group_id);
      std::size_t index = 0;
      while (shards[index].get() != &s)
        ++index;
      per_shard[index].push_back(std::move(lg));
    }
    const std::int64_t now = wall_clock_ms();
    for (std::size_t i = 0; i < shards.size(); ++i) {
      if (per_shard[i].empty()) continue;
      shard* s = shards[i].get();
      auto fn = [this, s, batch = std::move(per_shard[i]), now]() mutable {
        for (auto& lg : batch)
          install_loaded(*s, std::move(lg), now);
        return true;
      };
      auto installed = run_on_strand(s->strand, std::move(fn));
      co_await std::move(installed);
    }
  }
  {
    std::lock_guard lock(ownership_mutex);
    owned_partitions.insert(partition);
    loading_partitions.erase(partition);
  }
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(steady_clock::now() - start).count();
  if (groups > 0) {
    log::info(
        "Finished loading offsets and group metadata from {}-{} in {} milliseconds for epoch {}: {} groups, "
        "{} offsets",
        offsets_topic, partition, ms, epoch, groups, offsets);
  } else {
    log::debug("Finished loading offsets and group metadata from {}-{} in {} milliseconds for epoch {}", offsets_topic,
               partition, ms, epoch);
  }
}

awaitable<void> coordinator::impl::do_resign(std::int32_t partition, std::optional<std::int32_t> epoch) {
  {
    std::lock_guard lock(ownership_mutex);
    if (!maybe_update_epoch(partition, epoch)) {
      log::info("Not removing offsets and group metadata for {}-{} in epoch {} since current epoch is {}",
                offsets_topic, partition, epoch_text(epoch), epoch_for_partition.at(partition));
      co_return;
    }
    owned_partitions.erase(partition);
    loading_partitions.erase(partition);
  }
  std::size_t removed = 0;
  for (auto& sp : shards) {
    shard* s = sp.get();
    auto fn = [this, s, partition] { return unload(*s, partition); };
    auto op = run_on_strand(s->strand, std::move(fn));
    removed += co_await std::move(op);
  }
  log::info("Finished unloading {}-{} for coordinator epoch {}. Removed {} cached groups.", offsets_topic, partition,
            epoch_text(epoch), removed);
}

// ---------------------------------------------------------------- public API

awaitable<void> coordinator::elect_all_partitions() {
  const std::int32_t n = impl_->store.partition_count();
  for (std::int32_t p = 0; p < n; ++p) {
    auto op = on_election(p, 0);
    co_await std::move(op);
  }
  log::info("group coordinator: elected for all {} partitions of {}", n, offsets_topic);
}

awaitable<void> coordinator::on_election(std::int32_t offsets_partition, std::int32_t leader_epoch) {
  auto op = on_ownership_strand(impl_.get(), true, offsets_partition, leader_epoch);
  co_await std::move(op);
}

awaitable<void> coordinator::on_resignation(std::int32_t offsets_partition, std::optional<std::int32_t> leader_epoch) {
  auto op = on_ownership_strand(impl_.get(), false, offsets_partition, leader_epoch);
  co_await std::move(op);
}

partition_ownership coordinator::ownership(std::int32_t offsets_partition) const {
  std::lock_guard lock(impl_->ownership_mutex);
  if (impl_->loading_partitions.contains(offsets_partition)) return partition_ownership::loading;
  if (impl_->owned_partitions.contains(offsets_partition)) return partition_ownership::owned;
  return partition_ownership::not_owned;
}

}  // namespace gannet::groups
