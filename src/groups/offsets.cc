// OffsetCommit, OffsetFetch, DeleteGroups, OffsetDelete and offset expiry, as
// Kafka 3.9's GroupCoordinator and GroupMetadataManager decide them. Runs on
// the group's shard strand.

#include <algorithm>

#include "coordinator_impl.h"
#include "gannet/common/logging.h"

namespace gannet::groups {

using boost::asio::awaitable;
using protocol::error_code;

namespace {

std::vector<std::pair<offset_key, error_code>> all_with(const std::vector<offset_entry>& offsets, error_code e) {
  std::vector<std::pair<offset_key, error_code>> out;
  out.reserve(offsets.size());
  for (const auto& [k, _] : offsets)
    out.emplace_back(k, e);
  return out;
}

}  // namespace

awaitable<std::vector<std::pair<offset_key, error_code>>> coordinator::impl::do_commit(
    std::string group_id, std::string member_id, std::optional<std::string> instance_id, std::int32_t generation,
    std::vector<offset_entry> offsets) {
  if (auto e = group_status(group_id)) co_return all_with(offsets, *e);
  shard& s = shard_for(group_id);
  auto g = find(s, group_id);
  if (!g) {
    // Only a commit outside group management (generation < 0) creates a group.
    if (generation >= 0) co_return all_with(offsets, error_code::illegal_generation);
    log::info("creating simple consumer group {} via a manual offset commit", group_id);
    g = create(s, group_id);
  }

  // validateOffsetCommit
  std::optional<error_code> invalid;
  if (g->is(group_state::dead)) {
    invalid = error_code::coordinator_not_available;
  } else if (generation < 0 && g->is(group_state::empty)) {
    // The admin client or a consumer without group management.
  } else if (generation >= 0 || !member_id.empty() || instance_id) {
    invalid = validate_current_member(*g, member_id, instance_id);
    if (!invalid && generation != g->generation) invalid = error_code::illegal_generation;
  } else if (!g->is(group_state::empty)) {
    invalid = error_code::unknown_member_id;  // only members commit to a non-empty group
  }
  if (invalid) co_return all_with(offsets, *invalid);

  switch (g->state) {
    case group_state::completing_rebalance:
      // A valid member that has not synced yet: let it finish the rebalance.
      co_return all_with(offsets, error_code::rebalance_in_progress);
    case group_state::stable:
    case group_state::preparing_rebalance: {
      member& m = g->members.at(member_id);
      schedule_heartbeat(*g, m, m.session_timeout_ms);
      reschedule(g);
      break;
    }
    default:
      break;
  }

  // storeOffsets: metadata over offset.metadata.max.bytes is refused per partition.
  std::vector<offset_entry> valid;
  for (const auto& e : offsets) {
    if (e.second.metadata.size() <= static_cast<std::size_t>(cfg.offset_metadata_max_bytes)) valid.push_back(e);
  }
  std::vector<std::pair<offset_key, error_code>> out;
  out.reserve(offsets.size());
  if (valid.empty()) co_return all_with(offsets, error_code::offset_metadata_too_large);

  for (const auto& [k, _] : valid)
    ++g->pending_commits[k];
  auto op = store.write_offsets(group_id, valid);
  error_code e = co_await std::move(op);
  for (const auto& [k, v] : valid) {
    auto it = g->pending_commits.find(k);
    // Not pending any more: its topic was deleted meanwhile (do_remove_topics),
    // and the offset must not come back (Kafka's onOffsetCommitAppend checks the same).
    const bool still_pending = it != g->pending_commits.end();
    if (still_pending && --it->second == 0) g->pending_commits.erase(it);
    if (e == error_code::none && still_pending && !g->is(group_state::dead)) g->offsets[k] = v;
  }
  for (const auto& [k, v] : offsets) {
    bool too_large = v.metadata.size() > static_cast<std::size_t>(cfg.offset_metadata_max_bytes);
    out.emplace_back(k, too_large ? error_code::offset_metadata_too_large : e);
  }
  co_return out;
}

offset_fetch_result coordinator::impl::do_fetch(const std::string& group_id,
                                                const std::optional<std::vector<offset_key>>& partitions,
                                                bool require_stable) {
  offset_fetch_result out;
  if (auto e = group_status(group_id)) {
    out.error = *e;
    return out;
  }
  auto g = find(shard_for(group_id), group_id);
  if (!g || g->is(group_state::dead)) {
    // No group: every asked-for partition has no offset.
    if (partitions) {
      for (const auto& k : *partitions)
        out.offsets.push_back({k, std::nullopt});
    }
    return out;
  }
  if (!partitions) {
    for (const auto& [k, v] : g->offsets)
      out.offsets.push_back({k, v});
    return out;
  }
  for (const auto& k : *partitions) {
    if (require_stable && g->pending_commits.contains(k)) {
      out.offsets.push_back({k, std::nullopt});
      out.unstable.push_back(k);
      continue;
    }
    auto it = g->offsets.find(k);
    out.offsets.push_back({k, it == g->offsets.end() ? std::nullopt : std::optional<offset_record>(it->second)});
  }
  return out;
}

awaitable<error_code> coordinator::impl::cleanup(shard& s, std::shared_ptr<group> g, std::vector<offset_key> removed) {
  for (const auto& k : removed)
    g->offsets.erase(k);
  if (g->is(group_state::empty) && g->offsets.empty() && g->pending_commits.empty()) {
    log::info("group {} transitioned to Dead in generation {}", g->id, g->generation);
    g->transition(group_state::dead, wall_clock_ms());
  }
  const bool dead = g->is(group_state::dead);
  if (dead) forget(s, g);
  if (dead && g->generation > 0) {
    auto op = store.delete_group(g->id, std::move(removed));
    co_return co_await std::move(op);
  }
  if (removed.empty()) co_return error_code::none;
  auto op = store.delete_offsets(g->id, std::move(removed));
  co_return co_await std::move(op);
}

awaitable<error_code> coordinator::impl::do_delete_group(std::string group_id) {
  if (auto e = group_status(group_id)) co_return *e;
  shard& s = shard_for(group_id);
  auto g = find(s, group_id);
  if (!g || g->is(group_state::dead)) co_return error_code::group_id_not_found;
  if (!g->is(group_state::empty)) co_return error_code::non_empty_group;
  g->transition(group_state::dead, wall_clock_ms());
  std::vector<offset_key> all;
  all.reserve(g->offsets.size());
  for (const auto& [k, _] : g->offsets)
    all.push_back(k);
  log::info("group {} deleted with {} offsets", group_id, all.size());
  auto op = cleanup(s, g, std::move(all));
  error_code e = co_await std::move(op);
  if (e != error_code::none)
    log::warn("group {}: cannot write its tombstones: {}", group_id, protocol::error_code_name(e));
  // Kafka answers NONE once the group is gone from memory, whatever the append did.
  co_return error_code::none;
}

awaitable<offset_delete_result> coordinator::impl::do_delete_offsets(std::string group_id,
                                                                     std::vector<offset_key> keys) {
  offset_delete_result out;
  if (!valid_group_id(group_id, false)) {
    out.error = error_code::invalid_group_id;
    co_return out;
  }
  if (auto e = group_status(group_id)) {
    out.error = *e;
    co_return out;
  }
  shard& s = shard_for(group_id);
  auto g = find(s, group_id);
  if (!g || g->is(group_state::dead)) {
    out.error = error_code::group_id_not_found;
    co_return out;
  }
  std::vector<offset_key> eligible;
  if (g->is(group_state::empty)) {
    eligible = keys;
  } else if (g->protocol_type == "consumer") {
    // A consumer group keeps the offsets of the topics it subscribes to.
    for (const auto& k : keys) {
      if (g->is_subscribed_to(k.topic)) {
        out.partitions.emplace_back(k, error_code::group_subscribed_to_topic);
      } else {
        eligible.push_back(k);
      }
    }
  } else {
    out.error = error_code::non_empty_group;
    co_return out;
  }
  if (!eligible.empty()) {
    std::vector<offset_key> removed;
    for (const auto& k : eligible) {
      if (g->offsets.contains(k)) removed.push_back(k);
      out.partitions.emplace_back(k, error_code::none);
    }
    log::info("group {}: deleting {} offsets", group_id, removed.size());
    auto op = cleanup(s, g, std::move(removed));
    error_code e = co_await std::move(op);
    if (e != error_code::none)
      log::warn("group {}: cannot write offset tombstones: {}", group_id, protocol::error_code_name(e));
  }
  co_return out;
}

awaitable<std::size_t> coordinator::impl::do_remove_topics(shard* s, std::vector<std::string> topics) {
  std::size_t removed = 0;
  std::vector<std::shared_ptr<group>> groups;
  groups.reserve(s->groups.size());
  for (const auto& [_, g] : s->groups)
    groups.push_back(g);
  const auto deleted = [&](const std::string& t) { return std::find(topics.begin(), topics.end(), t) != topics.end(); };
  for (auto& g : groups) {
    if (g->is(group_state::dead)) continue;
    std::vector<offset_key> gone;
    for (const auto& [k, _] : g->offsets) {
      if (deleted(k.topic)) gone.push_back(k);
    }
    // A commit of a deleted partition still being written is dropped with it,
    // as Kafka's GroupMetadata.removeOffsets drops pending ones.
    for (auto it = g->pending_commits.begin(); it != g->pending_commits.end();) {
      it = deleted(it->first.topic) ? g->pending_commits.erase(it) : std::next(it);
    }
    if (gone.empty()) continue;
    removed += gone.size();
    log::info("group {}: removed {} offsets of deleted topics", g->id, gone.size());
    auto op = cleanup(*s, g, std::move(gone));
    error_code e = co_await std::move(op);
    if (e != error_code::none)
      log::warn("group {}: cannot write the tombstones of deleted topics: {}", g->id, protocol::error_code_name(e));
  }
  co_return removed;
}

awaitable<std::size_t> coordinator::impl::do_expire(shard* s, std::int64_t now_ms) {
  std::size_t removed = 0;
  std::vector<std::shared_ptr<group>> groups;
  groups.reserve(s->groups.size());
  for (const auto& [_, g] : s->groups)
    groups.push_back(g);
  for (auto& g : groups) {
    if (stopped.load()) break;
    if (g->is(group_state::dead)) continue;
    auto expired = g->expired_offsets(now_ms, cfg.offsets_retention_ms);
    // An Empty group without offsets is dropped too, even with none expiring.
    if (expired.empty() && !(g->is(group_state::empty) && g->offsets.empty() && g->pending_commits.empty())) continue;
    removed += expired.size();
    if (!expired.empty()) log::info("group {}: {} committed offsets expired", g->id, expired.size());
    auto op = cleanup(*s, g, std::move(expired));
    error_code e = co_await std::move(op);
    if (e != error_code::none)
      log::warn("group {}: cannot write expiry tombstones: {}", g->id, protocol::error_code_name(e));
  }
  co_return removed;
}

}  // namespace gannet::groups
