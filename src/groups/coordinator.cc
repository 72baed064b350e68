// The coordinator's shards, timers, loading and shutdown, and the public
// entry points that hop onto a group's shard strand.

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <functional>

#include "coordinator_impl.h"
#include "gannet/common/logging.h"
#include "strand_call.h"

namespace gannet::groups {

namespace asio = boost::asio;
using asio::awaitable;

std::int64_t wall_clock_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

namespace {

time_point earliest_deadline(const group& g) {
  time_point t = std::min(g.join_deadline, g.sync_deadline);
  for (const auto& [_, m] : g.members)
    t = std::min(t, m.heartbeat_deadline);
  for (const auto& [_, d] : g.pending_members)
    t = std::min(t, d);
  return t;
}

}  // namespace

coordinator::impl::impl(asio::any_io_executor ex, group_store& s, coordinator_config c)
    : executor(ex),
      store(s),
      cfg(c),
      expiry_strand(asio::make_strand(ex)),
      expiry_timer(expiry_strand),
      ownership_strand(asio::make_strand(ex)),
      ownership_turn(ownership_strand) {
  ownership_turn.expires_at(asio::steady_timer::time_point::max());
  std::size_t n = std::max<std::size_t>(1, cfg.shards);
  for (std::size_t i = 0; i < n; ++i)
    shards.push_back(std::make_unique<shard>(ex));
}

shard& coordinator::impl::shard_for(std::string_view group_id) {
  return *shards[std::hash<std::string_view>{}(group_id) % shards.size()];
}

std::shared_ptr<group> coordinator::impl::find(shard& s, const std::string& group_id) {
  auto it = s.groups.find(group_id);
  return it == s.groups.end() ? nullptr : it->second;
}

std::shared_ptr<group> coordinator::impl::create(shard& s, const std::string& group_id) {
  auto g = std::make_shared<group>(group_id, s.strand, wall_clock_ms());
  s.groups.emplace(group_id, g);
  return g;
}

void coordinator::impl::forget(shard& s, const std::shared_ptr<group>& g) {
  auto it = s.groups.find(g->id);
  if (it != s.groups.end() && it->second == g) s.groups.erase(it);
  g->timer.cancel();
  g->timer_armed_for = never;
}

void coordinator::impl::schedule_heartbeat(group&, member& m, std::int32_t timeout_ms) {
  m.heartbeat_deadline = steady_clock::now() + std::chrono::milliseconds(timeout_ms);
}

void coordinator::impl::reschedule(const std::shared_ptr<group>& g) {
  if (stopped.load() || g->is(group_state::dead)) return;
  time_point next = earliest_deadline(*g);
  if (next >= g->timer_armed_for) return;  // the armed timer fires first and re-arms
  g->timer_armed_for = next;
  g->timer.expires_at(next);
  g->timer.async_wait([this, g](const boost::system::error_code& ec) {
    if (!ec) on_timer(g);
  });
}

void coordinator::impl::on_timer(const std::shared_ptr<group>& g) {
  g->timer_armed_for = never;
  if (stopped.load() || g->is(group_state::dead)) return;
  auto now = steady_clock::now();

  // Members that got MEMBER_ID_REQUIRED and never came back.
  std::vector<std::string> expired;
  for (const auto& [id, deadline] : g->pending_members) {
    if (deadline <= now) expired.push_back(id);
  }
  for (const auto& id : expired) {
    log::info("group {}: pending member {} removed after its session timeout", g->id, id);
    remove_pending_member_and_update_group(g, id);
  }

  // Session timeouts. A member awaiting a JoinGroup or SyncGroup answer
  // satisfies its heartbeat, unless it is new (Kafka's hasSatisfiedHeartbeat).
  expired.clear();
  for (auto& [id, m] : g->members) {
    if (m.heartbeat_deadline > now) continue;
    if (!m.is_new && (m.awaiting_join || m.awaiting_sync)) {
      m.heartbeat_deadline = never;
    } else {
      expired.push_back(id);
    }
  }
  for (const auto& id : expired) {
    if (!g->has(id)) continue;
    log::info("group {}: member {} has failed (session timeout), removing it", g->id, id);
    remove_member_and_update_group(g, id);
  }

  // The delayed join of a rebalance.
  if (g->is(group_state::preparing_rebalance) && g->join_deadline <= now) {
    if (g->initial_join && g->new_member_added && g->initial_delay_remaining_ms != 0) {
      // InitialDelayedJoin: a member joined during the delay, wait once more.
      g->new_member_added = false;
      std::int32_t delay = std::min(cfg.initial_rebalance_delay_ms, g->initial_delay_remaining_ms);
      g->initial_delay_remaining_ms = std::max(g->initial_delay_remaining_ms - g->initial_delay_ms, 0);
      g->initial_delay_ms = delay;
      g->join_deadline = now + std::chrono::milliseconds(delay);
    } else {
      complete_join(g);
    }
  }

  // The delayed sync: members that joined but never sent SyncGroup.
  if (g->sync_deadline <= now) {
    g->sync_deadline = never;
    expire_pending_sync(g);
  }
  reschedule(g);
}

// ---------------------------------------------------------------- public API

coordinator::coordinator(asio::any_io_executor ex, group_store& store, coordinator_config cfg)
    : impl_(std::make_shared<impl>(ex, store, cfg)) {}

coordinator::~coordinator() { shutdown(); }

const coordinator_config& coordinator::config() const { return impl_->cfg; }

std::int32_t coordinator::partition_for(std::string_view group_id) const {
  return impl_->store.partition_for(group_id);
}

namespace {

awaitable<void> expiry_loop(coordinator* c, coordinator::impl* self) {
  while (!self->stopped.load()) {
    self->expiry_timer.expires_after(
        std::chrono::milliseconds(std::max<std::int64_t>(1, self->cfg.offsets_retention_check_interval_ms)));
    auto wait = self->expiry_timer.async_wait(asio::as_tuple(asio::use_awaitable));
    co_await std::move(wait);
    if (self->stopped.load()) break;
    auto pass = c->expire_offsets(wall_clock_ms());
    std::size_t removed = co_await std::move(pass);
    if (removed > 0) log::info("group coordinator: removed {} expired offsets", removed);
  }
}

}  // namespace

void coordinator::start() { asio::co_spawn(impl_->expiry_strand, expiry_loop(this, impl_.get()), asio::detached); }

void coordinator::shutdown() {
  if (impl_->stopped.exchange(true)) return;
  auto self = impl_;
  for (auto& sp : impl_->shards) {
    shard* s = sp.get();
    asio::post(s->strand, [self, s] {
      for (auto& [id, g] : s->groups) {
        for (auto& [mid, m] : g->members) {
          protocol::join_group_response jr;
          jr.error_code = protocol::error_code::not_coordinator;
          jr.member_id = mid;
          jr.protocol_name = std::nullopt;
          impl::deliver_join(m, jr);
          protocol::sync_group_response sr;
          sr.error_code = protocol::error_code::not_coordinator;
          impl::deliver_sync(m, sr);
        }
        g->timer.cancel();
      }
    });
  }
  asio::post(impl_->expiry_strand, [self] { self->expiry_timer.cancel(); });
}

awaitable<protocol::join_group_response> coordinator::join_group(join_request r) {
  auto strand = impl_->shard_for(r.req.group_id).strand;
  awaitable<protocol::join_group_response> task = impl_->do_join(std::move(r));
  auto op = on_strand(strand, std::move(task));
  co_return co_await std::move(op);
}

awaitable<protocol::sync_group_response> coordinator::sync_group(protocol::sync_group_request req) {
  auto strand = impl_->shard_for(req.group_id).strand;
  awaitable<protocol::sync_group_response> task = impl_->do_sync(std::move(req));
  auto op = on_strand(strand, std::move(task));
  co_return co_await std::move(op);
}

awaitable<protocol::error_code> coordinator::heartbeat(std::string group_id, std::string member_id,
                                                       std::optional<std::string> group_instance_id,
                                                       std::int32_t generation) {
  auto strand = impl_->shard_for(group_id).strand;
  auto fn = [self = impl_.get(), group_id = std::move(group_id), member_id = std::move(member_id),
             instance = std::move(group_instance_id),
             generation] { return self->do_heartbeat(group_id, member_id, instance, generation); };
  auto op = run_on_strand(strand, std::move(fn));
  co_return co_await std::move(op);
}

awaitable<protocol::leave_group_response> coordinator::leave_group(
    std::string group_id, std::vector<protocol::leave_group_request_member_identity> members) {
  auto strand = impl_->shard_for(group_id).strand;
  auto fn = [self = impl_.get(), group_id = std::move(group_id), members = std::move(members)] {
    return self->do_leave(group_id, members);
  };
  auto op = run_on_strand(strand, std::move(fn));
  co_return co_await std::move(op);
}

awaitable<std::vector<std::pair<offset_key, protocol::error_code>>> coordinator::commit_offsets(
    std::string group_id, std::string member_id, std::optional<std::string> group_instance_id, std::int32_t generation,
    std::vector<offset_entry> offsets) {
  auto strand = impl_->shard_for(group_id).strand;
  awaitable<std::vector<std::pair<offset_key, protocol::error_code>>> task = impl_->do_commit(
      std::move(group_id), std::move(member_id), std::move(group_instance_id), generation, std::move(offsets));
  auto op = on_strand(strand, std::move(task));
  co_return co_await std::move(op);
}

awaitable<offset_fetch_result> coordinator::fetch_offsets(std::string group_id,
                                                          std::optional<std::vector<offset_key>> partitions,
                                                          bool require_stable) {
  auto strand = impl_->shard_for(group_id).strand;
  auto fn = [self = impl_.get(), group_id = std::move(group_id), partitions = std::move(partitions), require_stable] {
    return self->do_fetch(group_id, partitions, require_stable);
  };
  auto op = run_on_strand(strand, std::move(fn));
  co_return co_await std::move(op);
}

awaitable<list_groups_result> coordinator::list_groups(std::vector<std::string> states_filter,
                                                       std::vector<std::string> types_filter) {
  // Kafka's handleListGroups: nothing after shutdown; while a partition
  // loads, the groups known so far with COORDINATOR_LOAD_IN_PROGRESS.
  list_groups_result listed;
  if (impl_->stopped.load()) {
    listed.error = protocol::error_code::coordinator_not_available;
    co_return listed;
  }
  if (impl_->any_loading()) listed.error = protocol::error_code::coordinator_load_in_progress;
  auto lower = [](std::string s) {
    for (auto& c : s)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  // Only classic groups live here: a types filter without "classic" matches none.
  if (!types_filter.empty()) {
    bool classic = false;
    for (const auto& t : types_filter)
      classic = classic || lower(t) == "classic";
    if (!classic) co_return listed;
  }
  std::set<std::string> states;
  for (const auto& s : states_filter)
    states.insert(lower(s));
  std::vector<group_overview>& out = listed.groups;
  for (auto& sp : impl_->shards) {
    shard* s = sp.get();
    auto fn = [s, &states, &lower] {
      std::vector<group_overview> rows;
      for (const auto& [id, g] : s->groups) {
        if (g->is(group_state::dead)) continue;
        std::string state(state_name(g->state));
        if (!states.empty() && !states.contains(lower(state))) continue;
        rows.push_back({id, g->protocol_type.value_or(""), state});
      }
      return rows;
    };
    auto op = run_on_strand(s->strand, std::move(fn));
    auto rows = co_await std::move(op);
    out.insert(out.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  }
  co_return listed;
}

awaitable<group_summary> coordinator::describe_group(std::string group_id) {
  auto strand = impl_->shard_for(group_id).strand;
  auto fn = [self = impl_.get(), group_id = std::move(group_id)] {
    group_summary out;
    if (auto e = self->group_status(group_id)) {
      out.error = *e;
      return out;
    }
    auto g = self->find(self->shard_for(group_id), group_id);
    if (!g) {
      out.state = "Dead";
      return out;
    }
    out.state = std::string(state_name(g->state));
    out.protocol_type = g->protocol_type.value_or("");
    const bool stable = g->is(group_state::stable);
    if (stable) out.protocol = g->protocol_name.value_or("");
    for (const auto& [id, m] : g->members) {
      member_summary ms{id, m.instance_id, m.client_id, m.client_host, {}, {}};
      if (stable) {
        if (const bytes* md = m.metadata_for(out.protocol)) ms.metadata = *md;
        ms.assignment = m.assignment;
      }
      out.members.push_back(std::move(ms));
    }
    return out;
  };
  auto op = run_on_strand(strand, std::move(fn));
  co_return co_await std::move(op);
}

awaitable<protocol::error_code> coordinator::delete_group(std::string group_id) {
  auto strand = impl_->shard_for(group_id).strand;
  awaitable<protocol::error_code> task = impl_->do_delete_group(std::move(group_id));
  auto op = on_strand(strand, std::move(task));
  co_return co_await std::move(op);
}

awaitable<offset_delete_result> coordinator::delete_offsets(std::string group_id, std::vector<offset_key> partitions) {
  auto strand = impl_->shard_for(group_id).strand;
  awaitable<offset_delete_result> task = impl_->do_delete_offsets(std::move(group_id), std::move(partitions));
  auto op = on_strand(strand, std::move(task));
  co_return co_await std::move(op);
}

awaitable<std::size_t> coordinator::remove_topic_offsets(std::vector<std::string> topics) {
  std::size_t removed = 0;
  for (auto& sp : impl_->shards) {
    awaitable<std::size_t> task = impl_->do_remove_topics(sp.get(), topics);
    auto op = on_strand(sp->strand, std::move(task));
    removed += co_await std::move(op);
  }
  co_return removed;
}

awaitable<std::size_t> coordinator::expire_offsets(std::int64_t now_ms) {
  std::size_t removed = 0;
  for (auto& sp : impl_->shards) {
    awaitable<std::size_t> task = impl_->do_expire(sp.get(), now_ms);
    auto op = on_strand(sp->strand, std::move(task));
    removed += co_await std::move(op);
  }
  co_return removed;
}

}  // namespace gannet::groups
