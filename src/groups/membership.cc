// JoinGroup, SyncGroup, Heartbeat and LeaveGroup: Kafka 3.9's classic
// rebalance protocol (GroupCoordinator.scala), step by step. Everything here
// runs on the group's shard strand.

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <cstdio>
#include <random>

#include "coordinator_impl.h"
#include "gannet/common/logging.h"

namespace gannet::groups {

using boost::asio::awaitable;
using protocol::error_code;

namespace {

// "<client id or group.instance.id>-<random UUID>", as Kafka names members.
std::string generate_member_id(const std::string& prefix) {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  std::uint64_t hi = rng();
  std::uint64_t lo = rng();
  hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;  // version 4
  lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;  // IETF variant
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xFFFF), static_cast<unsigned>(hi & 0xFFFF),
                static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xFFFFFFFFFFFFULL));
  return prefix + "-" + buf;
}

awaitable<void> write_empty_group(group_store& store, std::string id, group_record record) {
  auto op = store.write_group(id, std::move(record));
  auto e = co_await std::move(op);
  if (e != error_code::none)
    log::warn("group {}: cannot write the empty group's metadata: {}", id, protocol::error_code_name(e));
}

protocol::join_group_response join_error(const std::string& member_id, error_code e) {
  protocol::join_group_response r;
  r.error_code = e;
  r.member_id = member_id;
  r.generation_id = -1;
  r.protocol_name = std::nullopt;  // the handler writes "" below v7
  return r;
}

protocol::sync_group_response sync_error(error_code e) {
  protocol::sync_group_response r;
  r.error_code = e;
  return r;
}

std::vector<std::pair<std::string, bytes>> protocols_of(const protocol::join_group_request& req) {
  std::vector<std::pair<std::string, bytes>> out;
  out.reserve(req.protocols.size());
  for (const auto& p : req.protocols)
    out.emplace_back(p.name, p.metadata);
  return out;
}

}  // namespace

void coordinator::impl::deliver_join(member& m, const protocol::join_group_response& r) {
  if (m.awaiting_join) {
    m.awaiting_join->deliver(r);
    m.awaiting_join.reset();
  }
  for (auto& w : m.replaced_joins)
    w->deliver(r);
  m.replaced_joins.clear();
}

void coordinator::impl::deliver_sync(member& m, const protocol::sync_group_response& r) {
  if (m.awaiting_sync) {
    m.awaiting_sync->deliver(r);
    m.awaiting_sync.reset();
  }
  for (auto& w : m.replaced_syncs)
    w->deliver(r);
  m.replaced_syncs.clear();
}

protocol::join_group_response coordinator::impl::join_result(const group& g, const std::string& member_id,
                                                             bool with_members, bool skip_assignment) const {
  protocol::join_group_response r;
  r.error_code = error_code::none;
  r.generation_id = g.generation;
  r.protocol_type = g.protocol_type;
  r.protocol_name = g.protocol_name;
  r.leader = g.leader.value_or("");
  r.skip_assignment = skip_assignment;
  r.member_id = member_id;
  if (with_members) {
    for (const auto& [id, m] : g.members) {
      protocol::join_group_response::join_group_response_member jm;
      jm.member_id = id;
      jm.group_instance_id = m.instance_id;
      if (g.protocol_name) {
        if (const bytes* md = m.metadata_for(*g.protocol_name)) jm.metadata = *md;
      }
      r.members.push_back(std::move(jm));
    }
  }
  return r;
}

bool coordinator::impl::accept_joining_member(const group& g, const std::string& member_id) const {
  switch (g.state) {
    case group_state::empty:
    case group_state::dead:
      return true;
    case group_state::preparing_rebalance: {
      // Awaiting members count, not the size: the size may be above a lowered
      // maximum, and this keeps out the last members to rejoin.
      auto it = g.members.find(member_id);
      if (it != g.members.end() && it->second.awaiting_join) return true;
      return g.num_awaiting_join() < static_cast<std::size_t>(cfg.max_size);
    }
    case group_state::completing_rebalance:
    case group_state::stable:
      return g.has(member_id) || g.members.size() < static_cast<std::size_t>(cfg.max_size);
  }
  return false;
}

std::optional<error_code> coordinator::impl::validate_current_member(
    const group& g, const std::string& member_id, const std::optional<std::string>& instance_id) const {
  if (instance_id) {
    auto current = g.static_member_id(instance_id);
    if (!current) return error_code::unknown_member_id;
    if (*current != member_id) {
      log::info("group {}: member {} of group.instance.id {} is fenced by member {}", g.id, member_id, *instance_id,
                *current);
      return error_code::fenced_instance_id;
    }
  }
  if (!g.has(member_id)) return error_code::unknown_member_id;
  return std::nullopt;
}

void coordinator::impl::update_member(member& m, const join_request& r, std::int32_t rebalance_timeout_ms,
                                      std::shared_ptr<join_waiter> w) {
  m.protocols = protocols_of(r.req);
  m.rebalance_timeout_ms = rebalance_timeout_ms;
  m.session_timeout_ms = r.req.session_timeout_ms;
  if (m.awaiting_join && w) m.replaced_joins.push_back(std::move(m.awaiting_join));
  m.awaiting_join = std::move(w);
}

void coordinator::impl::add_member_and_rebalance(const std::shared_ptr<group>& g, const join_request& r,
                                                 const std::string& member_id,
                                                 const std::optional<std::string>& instance_id,
                                                 std::int32_t rebalance_timeout_ms, std::shared_ptr<join_waiter> w) {
  member m;
  m.id = member_id;
  m.instance_id = instance_id;
  m.client_id = r.client_id;
  m.client_host = r.client_host;
  m.rebalance_timeout_ms = rebalance_timeout_ms;
  m.session_timeout_ms = r.req.session_timeout_ms;
  m.protocol_type = r.req.protocol_type;
  m.protocols = protocols_of(r.req);
  m.awaiting_join = std::move(w);
  m.is_new = true;
  // A new member during the first rebalance extends the initial delay.
  if (g->is(group_state::preparing_rebalance) && g->generation == 0) g->new_member_added = true;
  g->add(std::move(m));
  // A new member cannot heartbeat yet: its JoinGroup waits at most this long.
  schedule_heartbeat(*g, g->members.at(member_id), new_member_join_timeout_ms);
  log::info("group {}: adding new member {}{}", g->id, member_id,
            instance_id ? " with group.instance.id " + *instance_id : std::string());
  maybe_prepare_rebalance(g);
}

void coordinator::impl::maybe_prepare_rebalance(const std::shared_ptr<group>& g) {
  if (g->can_rebalance()) prepare_rebalance(g);
}

void coordinator::impl::prepare_rebalance(const std::shared_ptr<group>& g) {
  // Members awaiting their assignment must rejoin.
  if (g->is(group_state::completing_rebalance))
    reset_and_propagate_assignment_error(*g, error_code::rebalance_in_progress);
  g->pending_sync.clear();
  g->sync_deadline = never;

  auto now = steady_clock::now();
  if (g->is(group_state::empty)) {
    // InitialDelayedJoin: wait for more members before the first generation.
    g->initial_join = true;
    g->initial_delay_ms = cfg.initial_rebalance_delay_ms;
    g->initial_delay_remaining_ms = std::max(g->rebalance_timeout_ms() - cfg.initial_rebalance_delay_ms, 0);
    g->join_deadline = now + std::chrono::milliseconds(cfg.initial_rebalance_delay_ms);
  } else {
    g->initial_join = false;
    g->join_deadline = now + std::chrono::milliseconds(g->rebalance_timeout_ms());
  }
  g->transition(group_state::preparing_rebalance, wall_clock_ms());
  log::info("group {}: preparing to rebalance (old generation {})", g->id, g->generation);
  try_complete_join(g);
  reschedule(g);
}

void coordinator::impl::try_complete_join(const std::shared_ptr<group>& g) {
  if (g->is(group_state::preparing_rebalance) && !g->initial_join && g->has_all_members_joined()) complete_join(g);
}

void coordinator::impl::complete_join(const std::shared_ptr<group>& g) {
  g->join_deadline = never;
  g->initial_join = false;
  // Dynamic members that did not rejoin in time are out; static ones stay.
  std::vector<std::string> gone;
  for (const auto& [id, m] : g->members) {
    if (!m.awaiting_join && !m.is_static()) gone.push_back(id);
  }
  for (const auto& id : gone) {
    log::info("group {}: removing member {} which did not rejoin", g->id, id);
    auto it = g->members.find(id);
    if (it != g->members.end())
      deliver_sync(it->second, sync_error(error_code::rebalance_in_progress));  // never left waiting
    g->remove(id);
  }
  if (g->is(group_state::dead)) return;
  if (!g->maybe_elect_new_joined_leader() && !g->members.empty()) {
    // Nobody rejoined: wait another rebalance timeout, until session timeouts
    // remove the silent members.
    log::error("group {}: could not complete the rebalance because no members rejoined", g->id);
    g->join_deadline = steady_clock::now() + std::chrono::milliseconds(g->rebalance_timeout_ms());
    reschedule(g);
    return;
  }

  // initNextGeneration
  ++g->generation;
  auto now_ms = wall_clock_ms();
  if (!g->members.empty()) {
    g->protocol_name = g->select_protocol();
    g->subscribed_topics = g->compute_subscribed_topics();
    g->transition(group_state::completing_rebalance, now_ms);
  } else {
    g->protocol_name.reset();
    g->subscribed_topics = g->compute_subscribed_topics();
    g->transition(group_state::empty, now_ms);
  }
  g->pending_sync.clear();

  if (g->is(group_state::empty)) {
    log::info("group {}: generation {} is empty", g->id, g->generation);
    store_group_in_background(g);
  } else {
    log::info("group {}: stabilized generation {} ({}) with {} members", g->id, g->generation,
              g->protocol_name.value_or(""), g->members.size());
    for (auto& [id, m] : g->members) {
      auto r = join_result(*g, id, g->is_leader(id), false);
      deliver_join(m, r);
      schedule_heartbeat(*g, m, m.session_timeout_ms);
      m.is_new = false;
      g->pending_sync.insert(id);
    }
    // DelayedSync: members that do not send SyncGroup in time are removed.
    g->sync_deadline = steady_clock::now() + std::chrono::milliseconds(g->rebalance_timeout_ms());
  }
  reschedule(g);
}

void coordinator::impl::store_group_in_background(const std::shared_ptr<group>& g) {
  // The empty group's metadata: nobody waits for it (Kafka only warns on failure).
  auto record = g->to_record();
  auto id = g->id;
  boost::asio::co_spawn(shard_for(id).strand, write_empty_group(store, id, std::move(record)), boost::asio::detached);
}

void coordinator::impl::remove_member_and_update_group(const std::shared_ptr<group>& g, const std::string& member_id) {
  auto it = g->members.find(member_id);
  if (it == g->members.end()) return;
  // A new member may still wait in JoinGroup: it learns it is gone.
  deliver_join(it->second, join_error("", error_code::unknown_member_id));
  deliver_sync(it->second, sync_error(error_code::rebalance_in_progress));
  g->remove(member_id);
  switch (g->state) {
    case group_state::stable:
    case group_state::completing_rebalance:
      maybe_prepare_rebalance(g);
      break;
    case group_state::preparing_rebalance:
      try_complete_join(g);
      break;
    default:
      break;
  }
}

void coordinator::impl::remove_pending_member_and_update_group(const std::shared_ptr<group>& g,
                                                               const std::string& member_id) {
  g->remove(member_id);
  try_complete_join(g);
}

void coordinator::impl::expire_pending_sync(const std::shared_ptr<group>& g) {
  if (!g->is(group_state::completing_rebalance) && !g->is(group_state::stable)) return;
  if (g->pending_sync.empty()) return;
  auto pending = g->pending_sync;
  for (const auto& id : pending) {
    log::info("group {}: removing member {} which did not send SyncGroup in time", g->id, id);
    auto it = g->members.find(id);
    if (it != g->members.end()) deliver_join(it->second, join_error("", error_code::unknown_member_id));
    g->remove(id);
  }
  prepare_rebalance(g);
}

void coordinator::impl::reset_and_propagate_assignment_error(group& g, error_code e) {
  for (auto& [_, m] : g.members)
    m.assignment.clear();
  propagate_assignment(g, e);
}

void coordinator::impl::propagate_assignment(group& g, error_code e) {
  for (auto& [id, m] : g.members) {
    protocol::sync_group_response r;
    r.error_code = e;
    if (e == error_code::none) {
      r.protocol_type = g.protocol_type;
      r.protocol_name = g.protocol_name;
      r.assignment = m.assignment;
    }
    const bool waiting = m.awaiting_sync != nullptr;
    deliver_sync(m, r);
    // Sessions restart once the assignment is out: an expiry while the
    // member waited for the leader was ignored.
    if (waiting) schedule_heartbeat(g, m, m.session_timeout_ms);
  }
}

member& coordinator::impl::replace_static_member(group& g, const std::string& instance_id, const std::string& old_id,
                                                 const std::string& new_id) {
  auto node = g.members.extract(old_id);
  member& old = node.mapped();
  // The old instance is fenced at once if it still waits for an answer.
  deliver_join(old, join_error(old_id, error_code::fenced_instance_id));
  deliver_sync(old, sync_error(error_code::fenced_instance_id));
  old.id = new_id;
  node.key() = new_id;
  auto inserted = g.members.insert(std::move(node));
  if (g.is_leader(old_id)) g.leader = new_id;
  g.static_members[instance_id] = new_id;
  return inserted.position->second;
}

// ------------------------------------------------------------------ JoinGroup

awaitable<protocol::join_group_response> coordinator::impl::do_join(join_request r) {
  const auto& req = r.req;
  const std::string& group_id = req.group_id;
  if (!valid_group_id(group_id, false)) co_return join_error(req.member_id, error_code::invalid_group_id);
  if (auto e = group_status(group_id)) co_return join_error(req.member_id, *e);
  if (req.session_timeout_ms < cfg.min_session_timeout_ms || req.session_timeout_ms > cfg.max_session_timeout_ms)
    co_return join_error(req.member_id, error_code::invalid_session_timeout);
  // v0 has no rebalance timeout: the session timeout serves as both.
  const std::int32_t rebalance_timeout_ms = r.version == 0 ? req.session_timeout_ms : req.rebalance_timeout_ms;
  const bool require_known_member_id = r.version >= 4;
  const bool support_skipping_assignment = r.version >= 9;
  const bool unknown_member = req.member_id.empty();

  shard& s = shard_for(group_id);
  auto g = find(s, group_id);
  if (!g) {
    if (!unknown_member) co_return join_error(req.member_id, error_code::unknown_member_id);
    g = create(s, group_id);
  }

  auto w = std::make_shared<join_waiter>(s.strand);
  const auto protocols = protocols_of(req);
  if (!accept_joining_member(*g, req.member_id)) {
    g->remove(req.member_id);
    log::info("group {}: cannot add member {}: group.max.size {} reached", group_id, req.member_id, cfg.max_size);
    w->deliver(join_error("", error_code::group_max_size_reached));
  } else if (unknown_member) {
    // doNewMemberJoinGroup
    if (g->is(group_state::dead)) {
      w->deliver(join_error("", error_code::coordinator_not_available));
    } else if (!g->supports_protocols(req.protocol_type, protocols)) {
      w->deliver(join_error("", error_code::inconsistent_group_protocol));
    } else {
      const std::string new_id = generate_member_id(req.group_instance_id ? *req.group_instance_id : r.client_id);
      if (req.group_instance_id) {
        auto old_id = g->static_member_id(req.group_instance_id);
        if (!old_id) {
          add_member_and_rebalance(g, r, new_id, req.group_instance_id, rebalance_timeout_ms, w);
        } else {
          // updateStaticMemberAndRebalance: the same instance restarted.
          log::info("group {}: static member {} rejoins with a new member id {} (was {})", group_id,
                    *req.group_instance_id, new_id, *old_id);
          const auto current_leader = g->leader;
          member& m = replace_static_member(*g, *req.group_instance_id, *old_id, new_id);
          schedule_heartbeat(*g, m, m.session_timeout_ms);
          const auto old_protocols = m.protocols;
          const auto old_rebalance_timeout = m.rebalance_timeout_ms;
          const auto old_session_timeout = m.session_timeout_ms;
          update_member(m, r, rebalance_timeout_ms, w);
          switch (g->state) {
            case group_state::stable: {
              if (g->protocol_name == g->select_protocol()) {
                // Same protocol: no rebalance, persist the new member id and
                // hand back the current generation.
                const auto generation = g->generation;
                auto record = g->to_record();
                reschedule(g);
                auto op = store.write_group(group_id, std::move(record));
                error_code e = co_await std::move(op);
                auto it = g->members.find(new_id);
                if (it == g->members.end() || it->second.awaiting_join != w || g->generation != generation) {
                  // Something else answered this join meanwhile (fenced, removed, rebalance).
                  break;
                }
                member& cur = it->second;
                if (e != error_code::none) {
                  log::warn("group {}: cannot persist static member {}: {}", group_id, new_id,
                            protocol::error_code_name(e));
                  cur.awaiting_join.reset();
                  cur.protocols = old_protocols;
                  cur.rebalance_timeout_ms = old_rebalance_timeout;
                  cur.session_timeout_ms = old_session_timeout;
                  member& back = replace_static_member(*g, *req.group_instance_id, new_id, *old_id);
                  schedule_heartbeat(*g, back, back.session_timeout_ms);
                  auto res = join_result(*g, "", false, false);
                  res.leader = current_leader.value_or("");
                  res.error_code = e;
                  w->deliver(res);
                } else if (support_skipping_assignment) {
                  // v9+: the leader learns it leads, but skips the assignor.
                  const bool is_leader = g->is_leader(new_id);
                  deliver_join(cur, join_result(*g, new_id, is_leader, is_leader));
                } else {
                  // Before v9: the old leader id, so that this member does not
                  // assign (a stable group would not broadcast it).
                  auto res = join_result(*g, new_id, false, false);
                  res.leader = current_leader.value_or("");
                  deliver_join(cur, res);
                }
              } else {
                maybe_prepare_rebalance(g);
              }
              break;
            }
            case group_state::completing_rebalance:
              // The leader may already assign for the old member id: rebalance.
              prepare_rebalance(g);
              break;
            default:
              break;  // PreparingRebalance: the member now awaits the join
          }
        }
      } else if (require_known_member_id) {
        // v4+: hand out the id and have the member come back with it.
        g->pending_members[new_id] =
            steady_clock::now() + std::chrono::milliseconds(std::max(0, req.session_timeout_ms));
        w->deliver(join_error(new_id, error_code::member_id_required));
      } else {
        add_member_and_rebalance(g, r, new_id, std::nullopt, rebalance_timeout_ms, w);
      }
    }
  } else {
    // doCurrentMemberJoinGroup
    const std::string& member_id = req.member_id;
    if (g->is(group_state::dead)) {
      w->deliver(join_error(member_id, error_code::coordinator_not_available));
    } else if (!g->supports_protocols(req.protocol_type, protocols)) {
      w->deliver(join_error(member_id, error_code::inconsistent_group_protocol));
    } else if (g->is_pending(member_id)) {
      add_member_and_rebalance(g, r, member_id, std::nullopt, rebalance_timeout_ms, w);
    } else if (auto err = validate_current_member(*g, member_id, req.group_instance_id)) {
      w->deliver(join_error(member_id, *err));
    } else {
      member& m = g->members.at(member_id);
      switch (g->state) {
        case group_state::preparing_rebalance:
          update_member(m, r, rebalance_timeout_ms, w);
          maybe_prepare_rebalance(g);
          break;
        case group_state::completing_rebalance:
          if (m.matches(protocols)) {
            // The member lost the answer: the current generation again.
            w->deliver(join_result(*g, member_id, g->is_leader(member_id), false));
          } else {
            update_member(m, r, rebalance_timeout_ms, w);
            maybe_prepare_rebalance(g);
          }
          break;
        case group_state::stable:
          if (g->is_leader(member_id) || !m.matches(protocols)) {
            // The leader rejoining forces a rebalance (topic metadata changed).
            update_member(m, r, rebalance_timeout_ms, w);
            maybe_prepare_rebalance(g);
          } else {
            w->deliver(join_result(*g, member_id, false, false));
          }
          break;
        default:
          log::warn("group {}: member {} rejoins in unexpected state {}", group_id, member_id, state_name(g->state));
          w->deliver(join_error(member_id, error_code::unknown_member_id));
          break;
      }
    }
  }
  try_complete_join(g);
  reschedule(g);
  if (stopped.load()) w->deliver(join_error(req.member_id, error_code::not_coordinator));
  auto wait = w->wait();
  co_return co_await std::move(wait);
}

// ------------------------------------------------------------------ SyncGroup

awaitable<protocol::sync_group_response> coordinator::impl::do_sync(protocol::sync_group_request req) {
  if (!valid_group_id(req.group_id, false)) co_return sync_error(error_code::invalid_group_id);
  if (auto e = group_status(req.group_id)) co_return sync_error(*e);
  shard& s = shard_for(req.group_id);
  auto g = find(s, req.group_id);
  if (!g) co_return sync_error(error_code::unknown_member_id);
  if (g->is(group_state::dead)) co_return sync_error(error_code::coordinator_not_available);
  if (auto err = validate_current_member(*g, req.member_id, req.group_instance_id)) co_return sync_error(*err);
  if (req.generation_id != g->generation) co_return sync_error(error_code::illegal_generation);
  if (req.protocol_type && g->protocol_type != req.protocol_type)
    co_return sync_error(error_code::inconsistent_group_protocol);
  if (req.protocol_name && g->protocol_name != req.protocol_name)
    co_return sync_error(error_code::inconsistent_group_protocol);

  switch (g->state) {
    case group_state::empty:
      co_return sync_error(error_code::unknown_member_id);
    case group_state::preparing_rebalance:
      co_return sync_error(error_code::rebalance_in_progress);
    case group_state::stable: {
      g->pending_sync.erase(req.member_id);
      if (g->pending_sync.empty()) g->sync_deadline = never;
      member& m = g->members.at(req.member_id);
      protocol::sync_group_response r;
      r.protocol_type = g->protocol_type;
      r.protocol_name = g->protocol_name;
      r.assignment = m.assignment;
      schedule_heartbeat(*g, m, m.session_timeout_ms);
      reschedule(g);
      co_return r;
    }
    case group_state::completing_rebalance:
      break;
    case group_state::dead:
      co_return sync_error(error_code::coordinator_not_available);
  }

  auto w = std::make_shared<sync_waiter>(s.strand);
  {
    member& m = g->members.at(req.member_id);
    if (m.awaiting_sync) m.replaced_syncs.push_back(std::move(m.awaiting_sync));
    m.awaiting_sync = w;
  }
  g->pending_sync.erase(req.member_id);
  if (g->pending_sync.empty()) g->sync_deadline = never;

  if (g->is_leader(req.member_id)) {
    log::info("group {}: assignment received from leader {} for generation {} ({} members)", g->id, req.member_id,
              g->generation, g->members.size());
    // Members the leader left out get an empty assignment.
    std::unordered_map<std::string, bytes> assignment;
    for (const auto& a : req.assignments)
      assignment[a.member_id] = a.assignment;
    auto record = g->to_record();
    for (auto& mr : record.members) {
      auto it = assignment.find(mr.member_id);
      mr.assignment = it == assignment.end() ? bytes{} : it->second;
    }
    const auto generation = g->generation;
    reschedule(g);
    auto op = store.write_group(g->id, std::move(record));
    error_code e = co_await std::move(op);
    // Another member may have joined meanwhile: only this generation's
    // CompletingRebalance takes the assignment.
    if (g->is(group_state::completing_rebalance) && g->generation == generation) {
      if (e != error_code::none) {
        log::warn("group {}: cannot store the assignment: {}", g->id, protocol::error_code_name(e));
        reset_and_propagate_assignment_error(*g, e);
        maybe_prepare_rebalance(g);
      } else {
        for (auto& [id, m] : g->members) {
          auto it = assignment.find(id);
          m.assignment = it == assignment.end() ? bytes{} : it->second;
        }
        propagate_assignment(*g, error_code::none);
        g->transition(group_state::stable, wall_clock_ms());
      }
    }
  }
  reschedule(g);
  if (stopped.load()) w->deliver(sync_error(error_code::not_coordinator));
  auto wait = w->wait();
  co_return co_await std::move(wait);
}

// ------------------------------------------------------------------ Heartbeat

error_code coordinator::impl::do_heartbeat(const std::string& group_id, const std::string& member_id,
                                           const std::optional<std::string>& instance_id, std::int32_t generation) {
  if (!valid_group_id(group_id, false)) return error_code::invalid_group_id;
  if (auto e = group_status(group_id)) return *e;
  auto g = find(shard_for(group_id), group_id);
  if (!g) return error_code::unknown_member_id;
  if (g->is(group_state::dead)) return error_code::coordinator_not_available;
  if (auto err = validate_current_member(*g, member_id, instance_id)) return *err;
  if (generation != g->generation) return error_code::illegal_generation;
  member& m = g->members.at(member_id);
  error_code result = error_code::none;
  switch (g->state) {
    case group_state::empty:
      return error_code::unknown_member_id;
    case group_state::preparing_rebalance:
      result = error_code::rebalance_in_progress;
      break;
    case group_state::completing_rebalance:
    case group_state::stable:
      break;
    case group_state::dead:
      return error_code::coordinator_not_available;
  }
  schedule_heartbeat(*g, m, m.session_timeout_ms);
  reschedule(g);
  return result;
}

// ----------------------------------------------------------------- LeaveGroup

protocol::leave_group_response coordinator::impl::do_leave(
    const std::string& group_id, const std::vector<protocol::leave_group_request_member_identity>& members) {
  protocol::leave_group_response resp;
  if (!valid_group_id(group_id, false)) {
    resp.error_code = error_code::invalid_group_id;
    return resp;
  }
  if (auto e = group_status(group_id)) {
    resp.error_code = *e;
    return resp;
  }
  auto answer = [&resp](const protocol::leave_group_request_member_identity& who, error_code e) {
    protocol::leave_group_response::member_response mr;
    mr.member_id = who.member_id;
    mr.group_instance_id = who.group_instance_id;
    mr.error_code = e;
    resp.members.push_back(std::move(mr));
  };
  auto g = find(shard_for(group_id), group_id);
  if (!g) {
    for (const auto& who : members)
      answer(who, error_code::unknown_member_id);
    return resp;
  }
  if (g->is(group_state::dead)) {
    resp.error_code = error_code::coordinator_not_available;
    return resp;
  }
  for (const auto& who : members) {
    if (who.member_id.empty()) {
      // Administrative removal by group.instance.id alone.
      auto current = g->static_member_id(who.group_instance_id);
      if (current) {
        log::info("group {}: member {} ({}) leaves", group_id, *current, *who.group_instance_id);
        remove_member_and_update_group(g, *current);
        answer(who, error_code::none);
      } else {
        answer(who, error_code::unknown_member_id);
      }
    } else if (g->is_pending(who.member_id)) {
      log::info("group {}: pending member {} leaves", group_id, who.member_id);
      remove_pending_member_and_update_group(g, who.member_id);
      answer(who, error_code::none);
    } else if (auto err = validate_current_member(*g, who.member_id, who.group_instance_id)) {
      answer(who, *err);
    } else {
      log::info("group {}: member {} leaves", group_id, who.member_id);
      remove_member_and_update_group(g, who.member_id);
      answer(who, error_code::none);
    }
  }
  reschedule(g);
  return resp;
}

}  // namespace gannet::groups
