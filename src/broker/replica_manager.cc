// replica_manager (replica_manager.h): Kafka 3.9's ReplicaManager.becomeLeaderOrFollower,
// makeLeaders, makeFollowers, stopReplicas and stopPartitions, and KafkaApis' calls around them
// (the broker epoch check, the group coordinator's onElection / onResignation).

#include "replica_manager.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <set>

#include "broker_state.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"
#include "gannet/common/run_on.h"
#include "topic_admin.h"

namespace gannet::broker {
namespace {

namespace asio = boost::asio;
using asio::use_awaitable;
using protocol::error_code;
using tp_t = storage::topic_partition;

constexpr std::string_view offsets_topic = "__consumer_offsets";

bool contains(const std::vector<std::int32_t>& v, std::int32_t id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

bool is_zero(const protocol::uuid& id) {
  return std::all_of(id.begin(), id.end(), [](std::uint8_t b) { return b == 0; });
}

// The listener followers fetch through (Kafka's config.interBrokerListenerName).
std::string inter_broker_listener(const broker_state& s) {
  if (auto l = s.loaded.layers().value_of("inter.broker.listener.name")) return *l;
  return s.advertised.empty() ? std::string("PLAINTEXT") : s.advertised.front().listener_name;
}

cluster::leader_and_isr to_state(const protocol::leader_and_isr_request::leader_and_isr_partition_state& ps) {
  cluster::leader_and_isr st;
  st.leader = ps.leader;
  st.leader_epoch = ps.leader_epoch;
  st.isr = ps.isr;
  st.partition_epoch = ps.partition_epoch;
  st.replicas = ps.replicas;
  return st;
}

// One partition of a LeaderAndIsr, with the topic name filled in (v2+ group partitions by topic).
struct requested {
  protocol::leader_and_isr_request::leader_and_isr_partition_state state;
  protocol::uuid topic_id{};  // zero: none given (before v5)
  error_code error = error_code::none;
  std::shared_ptr<partition> p;
};

// One partition of a StopReplica, whatever the version's layout.
struct stopping {
  tp_t tp;
  std::int32_t leader_epoch = cluster::no_epoch;
  bool delete_partition = false;
  error_code error = error_code::none;
};

}  // namespace

replica_manager::replica_manager(broker_state& s) : s_(s) {
  cluster::alter_partition_sender_config c;
  c.broker_id = s.node_id;
  broker_state* sp = &s;
  c.broker_epoch = [sp] {
    return sp->zk && sp->zk->registration ? sp->zk->registration->broker_epoch() : std::int64_t{-1};
  };
  const std::string listener = inter_broker_listener(s);
  c.controller = [sp, listener]() -> std::optional<cluster::broker_address> {
    if (!sp->zk || !sp->zk->metadata) return std::nullopt;
    auto id = sp->zk->metadata->controller_id();
    if (!id || id->id < 0) return std::nullopt;
    auto node = sp->zk->metadata->alive_broker_node(id->id, listener);
    if (!node || node->empty()) return std::nullopt;
    return cluster::broker_address{node->id, node->host, static_cast<std::uint16_t>(node->port)};
  };
  c.answer = [sp](const cluster::isr_proposal& proposal, error_code error, const cluster::leader_and_isr& committed) {
    auto p = sp->partitions.find(proposal.tp);
    if (!p || p->topic_id() != proposal.topic_id) return;  // deleted or recreated since
    asio::post(p->strand(), [p, id = proposal.id, error, committed] {
      if (!p->deleted()) p->on_isr_change_answer(id, error, committed, broker_state::now_ms());
    });
  };
  auto timeout = s.loaded.layers().value_of("controller.socket.timeout.ms").value_or("30000");
  c.request_timeout = std::chrono::milliseconds(std::stoll(timeout));
  isr_sender_ = std::make_unique<cluster::alter_partition_sender>(s.storage_pool.get_executor(), std::move(c));
  s.partitions.set_settings(cluster::replica_settings{s.node_id, s.cfg.replica_lag_time_max_ms, isr_sender_.get()});
}

replica_manager::~replica_manager() = default;

void replica_manager::start(std::int64_t broker_epoch) {
  auto start_fetchers = [](replica_manager* self, std::int64_t epoch) -> asio::awaitable<void> {
    self->ensure_fetchers(epoch);
    co_return;
  };
  asio::co_spawn(s_.control_strand, start_fetchers(this, broker_epoch), asio::use_future).get();
}

void replica_manager::ensure_fetchers(std::int64_t broker_epoch) {
  if (fetchers_) return;
  auto cfg = cluster::replica_fetcher_config_from(s_.current_layers(), s_.node_id, broker_epoch);
  fetchers_ = std::make_unique<cluster::replica_fetcher_manager>(s_.storage_pool.get_executor(), cfg);
}

void replica_manager::shutdown() {
  auto stop = [](replica_manager* self) -> asio::awaitable<void> {
    if (self->fetchers_) co_await self->fetchers_->stop();
    co_await self->isr_sender_->close();
  };
  asio::co_spawn(s_.control_strand, stop(this), asio::use_future).get();
}

asio::awaitable<void> replica_manager::lock() {
  // On the control strand, like unlock(): the flag and the queue need no mutex.
  if (!busy_) {
    busy_ = true;
    co_return;
  }
  auto t = std::make_shared<asio::steady_timer>(s_.control_strand, asio::steady_timer::time_point::max());
  waiting_.push_back(t);
  // unlock() cancels it and hands the lock over (busy_ stays true).
  co_await t->async_wait(asio::as_tuple(use_awaitable));
}

void replica_manager::unlock() {
  if (waiting_.empty()) {
    busy_ = false;
    return;
  }
  auto next = std::move(waiting_.front());
  waiting_.pop_front();
  next->cancel();
}

asio::awaitable<protocol::leader_and_isr_response> replica_manager::become_leader_or_follower(
    protocol::leader_and_isr_request request, std::int16_t version) {
  auto run = [](replica_manager* self, protocol::leader_and_isr_request r,
                std::int16_t v) -> asio::awaitable<protocol::leader_and_isr_response> {
    co_await self->lock();
    std::exception_ptr failure;
    protocol::leader_and_isr_response resp;
    try {
      resp = co_await self->leader_and_isr_locked(std::move(r), v);
    } catch (...) {
      failure = std::current_exception();
    }
    self->unlock();
    if (failure) std::rethrow_exception(failure);
    co_return resp;
  };
  auto op = asio::co_spawn(s_.control_strand, run(this, std::move(request), version), use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<protocol::stop_replica_response> replica_manager::stop_replicas(protocol::stop_replica_request request,
                                                                                std::int16_t version) {
  auto run = [](replica_manager* self, protocol::stop_replica_request r,
                std::int16_t v) -> asio::awaitable<protocol::stop_replica_response> {
    co_await self->lock();
    std::exception_ptr failure;
    protocol::stop_replica_response resp;
    try {
      resp = co_await self->stop_replica_locked(std::move(r), v);
    } catch (...) {
      failure = std::current_exception();
    }
    self->unlock();
    if (failure) std::rethrow_exception(failure);
    co_return resp;
  };
  auto op = asio::co_spawn(s_.control_strand, run(this, std::move(request), version), use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<protocol::leader_and_isr_response> replica_manager::leader_and_isr_locked(
    protocol::leader_and_isr_request req, std::int16_t version) {
  auto& zk = *s_.zk;
  std::vector<requested> parts;
  if (version >= 2) {
    for (auto& ts : req.topic_states) {
      for (auto& ps : ts.partition_states) {
        requested r;
        r.state = std::move(ps);
        r.state.topic_name = ts.topic_name;
        if (version >= 5) r.topic_id = ts.topic_id;
        parts.push_back(std::move(r));
      }
    }
  } else {
    for (auto& ps : req.ungrouped_partition_states)
      parts.push_back({std::move(ps), {}, error_code::none, nullptr});
  }

  // The answer: each partition's error, by name before v5, by topic id from v5 (topics in the
  // order they first appear).
  auto answer = [&](error_code top) {
    protocol::leader_and_isr_response resp;
    resp.error_code = top;
    for (const auto& r : parts) {
      if (version < 5) {
        resp.partition_errors.push_back({r.state.topic_name, r.state.partition_index, r.error});
        continue;
      }
      auto it =
          std::find_if(resp.topics.begin(), resp.topics.end(), [&](const auto& t) { return t.topic_id == r.topic_id; });
      if (it == resp.topics.end()) {
        resp.topics.push_back({r.topic_id, {}});
        it = std::prev(resp.topics.end());
      }
      it->partition_errors.push_back({"", r.state.partition_index, r.error});
    }
    return resp;
  };
  // Kafka's getErrorResponse: the error at the top and on every partition.
  auto refuse = [&](error_code e) {
    for (auto& r : parts)
      r.error = e;
    return answer(e);
  };

  const std::int64_t our_epoch = zk.registration ? zk.registration->broker_epoch() : -1;
  if (version >= 2 && req.broker_epoch != -1 && req.broker_epoch < our_epoch) {
    // A request for a previous registration of this broker (it restarted quickly).
    log::info(
        "Received LeaderAndIsr request with broker epoch {} smaller than the current broker epoch {} from "
        "controller {} with epoch {}.",
        req.broker_epoch, our_epoch, req.controller_id, req.controller_epoch);
    co_return refuse(error_code::stale_broker_epoch);
  }
  {
    std::lock_guard lock(zk.controller_requests_mutex);
    if (req.controller_epoch < zk.controller_epoch) {
      log::warn(
          "Ignoring LeaderAndIsr request from controller {} since its controller epoch {} is old. Latest "
          "known controller epoch is {}",
          req.controller_id, req.controller_epoch, zk.controller_epoch);
      co_return refuse(error_code::stale_controller_epoch);
    }
    zk.controller_epoch = req.controller_epoch;
  }
  log::info("Handling LeaderAndIsr request from controller {} (epoch {}) for {} partition(s)", req.controller_id,
            req.controller_epoch, parts.size());

  std::map<std::int32_t, cluster::broker_address> live_leaders;
  for (const auto& l : req.live_leaders)
    live_leaders[l.broker_id] = {l.broker_id, l.host_name, static_cast<std::uint16_t>(l.port)};

  const std::int64_t now = broker_state::now_ms();
  ensure_fetchers(our_epoch);
  std::vector<requested*> to_lead;
  std::vector<requested*> to_follow;
  for (auto& r : parts) {
    const tp_t tp{r.state.topic_name, r.state.partition_index};
    r.p = s_.partitions.find(tp);
    const std::int32_t current_epoch = r.p ? r.p->leader_epoch() : cluster::no_epoch;
    std::optional<protocol::uuid> log_id;
    if (r.p && !is_zero(r.p->topic_id())) {
      log_id = r.p->topic_id();
    } else if (!r.p) {
      log_id = s_.logs.topic_id_of(tp);
    }
    const bool request_has_id = !is_zero(r.topic_id);
    if (request_has_id && log_id && *log_id != r.topic_id) {
      log::error("Topic ID in memory does not match the topic ID for partition {} received", tp.dir_name());
      r.error = error_code::inconsistent_topic_id;
    } else if (r.state.leader_epoch > current_epoch) {
      if (!contains(r.state.replicas, s_.node_id)) {
        log::warn("Ignoring LeaderAndIsr request for partition {} as itself is not in assigned replica list",
                  tp.dir_name());
        r.error = error_code::unknown_topic_or_partition;
        continue;
      }
      if (!r.p) {
        const protocol::uuid id = request_has_id ? r.topic_id : log_id.value_or(protocol::uuid{});
        const auto replication_factor = static_cast<std::int16_t>(r.state.replicas.size());
        auto opened = co_await open_partition(tp, id, replication_factor);
        if (!opened) {
          r.error = error_code::kafka_storage_error;
          continue;
        }
        r.p = std::move(*opened);
      }
      (r.state.leader == s_.node_id ? to_lead : to_follow).push_back(&r);
    } else if (r.state.leader_epoch < current_epoch) {
      log::warn(
          "Ignoring LeaderAndIsr request for partition {} since its associated leader epoch {} is smaller than "
          "the current leader epoch {}",
          tp.dir_name(), r.state.leader_epoch, current_epoch);
      r.error = error_code::stale_controller_epoch;
    } else {
      // The same epoch: news only when it brings the topic id of a log that has none (the
      // controller upgrading to topic ids); otherwise a controller repeating itself.
      r.error = request_has_id && !log_id ? error_code::none : error_code::stale_controller_epoch;
    }
  }

  std::vector<std::shared_ptr<partition>> became_leaders;
  std::vector<std::shared_ptr<partition>> became_followers;
  if (!to_lead.empty()) {
    // makeLeaders: no fetcher may touch these logs any more, then the new state.
    std::vector<tp_t> tps;
    for (auto* r : to_lead)
      tps.push_back(r->p->tp());
    co_await remove_fetchers(tps);
    for (auto* r : to_lead) {
      auto p = r->p;
      auto st = to_state(r->state);
      auto fn = [p, st, now] { return p->become_leader(st, now); };
      auto strand = p->strand();
      auto change = co_await run_on(strand, std::move(fn));
      r->error = change.error;
      if (change.applied) became_leaders.push_back(p);
    }
  }
  if (!to_follow.empty()) {
    // makeFollowers: only with a leader we can reach; the log exists either way (KAFKA-1647).
    std::vector<requested*> changed;
    for (auto* r : to_follow) {
      const bool alive =
          live_leaders.contains(r->state.leader) || (zk.metadata && zk.metadata->has_alive_broker(r->state.leader));
      if (!alive) {
        log::error(
            "Received LeaderAndIsr for partition {} but cannot become follower since the new leader {} is "
            "unavailable.",
            r->p->tp().dir_name(), r->state.leader);
        continue;
      }
      auto p = r->p;
      auto st = to_state(r->state);
      auto fn = [p, st, now] { return p->become_follower(st, now); };
      auto strand = p->strand();
      auto change = co_await run_on(strand, std::move(fn));
      r->error = change.error;
      if (change.applied) {
        became_followers.push_back(p);
        changed.push_back(r);
      }
    }
    // Stopping the old fetchers first, so the new ones start from the log as it is now.
    std::vector<tp_t> tps;
    for (auto* r : changed)
      tps.push_back(r->p->tp());
    co_await remove_fetchers(tps);
    if (!s_.stopping.load() && !changed.empty()) {
      const std::string listener = inter_broker_listener(s_);
      std::map<tp_t, cluster::replica_fetcher_manager::follow> follows;
      for (auto* r : changed) {
        cluster::broker_address leader;
        if (auto it = live_leaders.find(r->state.leader); it != live_leaders.end()) {
          leader = it->second;
        } else if (auto node = zk.metadata ? zk.metadata->alive_broker_node(r->state.leader, listener) : std::nullopt) {
          leader = {node->id, node->host, static_cast<std::uint16_t>(node->port)};
        }
        auto adapter = std::make_unique<cluster::partition_follower>(r->p, s_.producer_id_expiration_ms());
        auto* a = adapter.get();
        auto fn = [a] { return cluster::initial_fetch_offset(*a, true); };
        auto strand = r->p->strand();
        const offset start = co_await run_on(strand, std::move(fn));
        cluster::initial_fetch_state init;
        init.log = a;
        init.topic_id = r->p->topic_id();
        init.current_leader_epoch = leader_epoch(r->state.leader_epoch);
        init.init_offset = start;
        follows[r->p->tp()] = {leader, init};
        followers_[r->p->tp()] = std::move(adapter);
        log::info("{}: following broker {} at {}:{} from offset {}", r->p->tp().dir_name(), leader.id, leader.host,
                  leader.port, start.value());
      }
      co_await fetchers_->add_fetcher_for_partitions(std::move(follows));
    }
  }

  // RequestHandlerHelper.onLeadershipChange: the group coordinator follows __consumer_offsets.
  if (s_.offsets_leadership_changed) {
    for (const auto& p : became_leaders)
      if (p->tp().topic == offsets_topic) s_.offsets_leadership_changed(p->tp().partition, true, p->leader_epoch());
    for (const auto& p : became_followers)
      if (p->tp().topic == offsets_topic) s_.offsets_leadership_changed(p->tp().partition, false, p->leader_epoch());
  }
  if (fetchers_) co_await fetchers_->shutdown_idle_fetchers();
  co_return answer(error_code::none);
}

asio::awaitable<void> replica_manager::remove_fetchers(std::vector<storage::topic_partition> tps) {
  if (tps.empty()) co_return;
  if (fetchers_) {
    auto copy = tps;
    co_await fetchers_->remove_fetcher_for_partitions(std::move(copy));
  }
  // No fetcher holds their follower_log now.
  for (const auto& tp : tps)
    followers_.erase(tp);
}

asio::awaitable<result<std::shared_ptr<partition>>> replica_manager::open_partition(storage::topic_partition tp,
                                                                                    protocol::uuid topic_id,
                                                                                    std::int16_t replication_factor) {
  // The topic's config from ZooKeeper the first time this broker hosts it, so the log is made
  // with it (Kafka's LogManager.getOrCreateLog with the topic's LogConfig).
  auto known = s_.topics.find(tp.topic);
  cluster::topic_info info;
  if (known) {
    info = *known;
  } else {
    info.name = tp.topic;
    info.replication_factor = replication_factor;
    info.internal = tp.topic == offsets_topic;
    auto path = cluster::zk_paths::topic_config_path(tp.topic);
    cluster::zk_watcher no_watch;
    auto data = co_await s_.zk->session->get(std::move(path), no_watch);
    if (data) {
      if (auto cfg = cluster::decode_entity_config(data->data)) {
        for (auto& [k, v] : cfg->config)
          info.configs[k] = v;
      } else {
        log::warn("{}: /config/topics/{} does not parse; using the broker's defaults", tp.dir_name(), tp.topic);
      }
    }
    s_.logs.set_topic_config(tp.topic, s_.log_config_for(info.configs));
  }
  info.id = topic_id;
  info.partitions = std::max(info.partitions, tp.partition + 1);
  if (!known || known->partitions != info.partitions || known->id != info.id) {
    // The handlers find hosted topics here (Produce, Fetch by topic id, ...).
    if (auto r = s_.topics.put(info); !r)
      log::warn("cannot record topic {} locally: {}", info.name, r.error().message());
  }
  const std::int64_t now = broker_state::now_ms();
  auto opened = s_.partitions.open(tp, topic_id, now);
  if (!opened) {
    log::error("cannot create the log of {}: {}", tp.dir_name(), opened.error().message());
    co_return opened.error();
  }
  // Not shared with a strand yet: the producer state of what the log holds.
  (*opened)->rebuild_producer_state(now, s_.producer_id_expiration_ms());
  co_return *opened;
}

asio::awaitable<protocol::stop_replica_response> replica_manager::stop_replica_locked(
    protocol::stop_replica_request req, std::int16_t version) {
  auto& zk = *s_.zk;
  protocol::stop_replica_response resp;
  const std::int64_t our_epoch = zk.registration ? zk.registration->broker_epoch() : -1;
  if (version >= 1 && req.broker_epoch != -1 && req.broker_epoch < our_epoch) {
    log::info(
        "Received StopReplica request with broker epoch {} smaller than the current broker epoch {} from "
        "controller {} with epoch {}.",
        req.broker_epoch, our_epoch, req.controller_id, req.controller_epoch);
    resp.error_code = error_code::stale_broker_epoch;
    co_return resp;
  }
  {
    std::lock_guard lock(zk.controller_requests_mutex);
    if (req.controller_epoch < zk.controller_epoch) {
      log::warn(
          "Ignoring StopReplica request from controller {} since its controller epoch {} is old. Latest known "
          "controller epoch is {}",
          req.controller_id, req.controller_epoch, zk.controller_epoch);
      resp.error_code = error_code::stale_controller_epoch;
      co_return resp;
    }
    zk.controller_epoch = req.controller_epoch;
  }

  std::vector<stopping> parts;
  if (version == 0) {
    for (const auto& p : req.ungrouped_partitions)
      parts.push_back({{p.topic_name, p.partition_index}, cluster::no_epoch, req.delete_partitions});
  } else if (version <= 2) {
    for (const auto& t : req.topics)
      for (auto i : t.partition_indexes)
        parts.push_back({{t.name, i}, cluster::no_epoch, req.delete_partitions});
  } else {
    for (const auto& t : req.topic_states)
      for (const auto& ps : t.partition_states)
        parts.push_back({{t.topic_name, ps.partition_index}, ps.leader_epoch, ps.delete_partition});
  }
  log::info("Handling StopReplica request from controller {} (epoch {}) for {} partition(s)", req.controller_id,
            req.controller_epoch, parts.size());

  std::vector<tp_t> stopped;
  for (auto& sp : parts) {
    auto p = s_.partitions.find(sp.tp);
    if (p) {
      const std::int32_t current = p->leader_epoch();
      // A deletion does not bump the leader epoch (-2), and versions before 3 carry none (-1).
      if (sp.leader_epoch == cluster::epoch_during_delete || sp.leader_epoch == cluster::no_epoch ||
          sp.leader_epoch >= current) {
        stopped.push_back(sp.tp);
      } else {
        log::warn(
            "Ignoring StopReplica request for partition {} since its associated leader epoch {} is smaller "
            "than the current leader epoch {}",
            sp.tp.dir_name(), sp.leader_epoch, current);
        sp.error = error_code::fenced_leader_epoch;
      }
    } else {
      // Not hosted: its log (if any, e.g. left by a deletion while this broker was down) goes.
      stopped.push_back(sp.tp);
    }
  }

  // stopPartitions: the fetchers first, then the partitions and their logs.
  co_await remove_fetchers(stopped);
  std::set<std::string> touched_topics;
  const std::int64_t now = broker_state::now_ms();
  for (auto& sp : parts) {
    if (sp.error != error_code::none) continue;
    if (!sp.delete_partition) {
      // Waiting Fetches and Produces re-check (Kafka's completeDelayedFetchOrProduceRequests).
      if (auto p = s_.partitions.find(sp.tp)) p->wake_waiters();
      continue;
    }
    touched_topics.insert(sp.tp.topic);
    if (auto p = s_.partitions.remove(sp.tp)) {
      auto* sp_state = &s_;
      auto fn = [p, sp_state] {
        p->stop(cluster::no_epoch);
        return remove_partition_log(*sp_state, *p);
      };
      auto strand = p->strand();
      co_await run_on(strand, std::move(fn));
    } else if (s_.logs.get(sp.tp)) {
      if (auto r = s_.logs.remove(sp.tp, now); !r) {
        log::error("cannot delete the log of {}: {}", sp.tp.dir_name(), r.error().message());
        sp.error = error_code::kafka_storage_error;
      }
    }
  }
  // A topic with no partition left here is no longer hosted.
  if (!touched_topics.empty()) {
    std::set<std::string> still;
    for (const auto& p : s_.partitions.all())
      still.insert(p->tp().topic);
    for (const auto& t : touched_topics) {
      if (still.contains(t) || !s_.topics.find(t)) continue;
      if (auto r = s_.topics.remove(t); !r) log::warn("cannot forget topic {} locally: {}", t, r.error().message());
      s_.logs.clear_topic_config(t);
    }
  }

  for (const auto& sp : parts) {
    resp.partition_errors.push_back({sp.tp.topic, sp.tp.partition, sp.error});
    // KafkaApis.handleStopReplicaRequest: a deleted offsets partition resigns its groups.
    if (sp.error == error_code::none && sp.delete_partition && sp.tp.topic == offsets_topic &&
        s_.offsets_leadership_changed)
      s_.offsets_leadership_changed(sp.tp.partition, false, sp.leader_epoch);
  }
  if (fetchers_) co_await fetchers_->shutdown_idle_fetchers();
  co_return resp;
}

}  // namespace gannet::broker
