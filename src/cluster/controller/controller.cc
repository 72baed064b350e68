// The controller: events, election, failover and fenced writes (gannet/cluster/controller.h).
// The state changes themselves (brokers, topics, ISR updates) are in controller_changes.cc.

#include "gannet/cluster/controller.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <chrono>

#include "controller/controller_context.h"
#include "controller/request_batch.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;

namespace {

// KafkaController.InitialControllerEpoch: /controller_epoch starts at 0, so the first controller's epoch is 1.
constexpr std::int32_t initial_controller_epoch = 0;

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

controller::controller(zk_client& zk, controller_channel& channel, asio::any_io_executor executor,
                       controller_config config)
    : zk_(zk),
      channel_(channel),
      executor_(std::move(executor)),
      config_(std::move(config)),
      context_(std::make_unique<controller_context>()) {}

controller::~controller() = default;

bool controller::is_active() const { return active_; }
std::int32_t controller::epoch() const { return context_->epoch; }
std::int32_t controller::epoch_zk_version() const { return context_->epoch_zk_version; }

void controller::start() {
  zk_.add_session_listener([this](zk_session_event e, std::int64_t) {
    asio::post(executor_, [this, e] {
      if (e == zk_session_event::expired) enqueue(event(event_kind::session_expired));
      if (e == zk_session_event::connected) enqueue(event(event_kind::session_connected));
    });
  });
  asio::post(executor_, [this] { enqueue(event(event_kind::startup)); });
}

void controller::stop() {
  asio::post(executor_, [this] {
    stopped_ = true;
    // Requests waiting in the queue are answered: their handlers must not wait forever.
    for (auto& e : queue_)
      refuse(e);
    queue_.clear();
    if (active_) resign();
  });
}

void controller::refuse(event& e) {
  if (e.alter_done) {
    protocol::alter_partition_response resp;
    resp.error_code = protocol::error_code::not_controller;
    e.alter_done(std::move(resp));
  }
  if (e.shutdown_done) {
    protocol::controlled_shutdown_response resp;
    resp.error_code = protocol::error_code::not_controller;
    e.shutdown_done(std::move(resp));
  }
  if (e.reassign_done) {
    reassignment_results r;
    r.error = protocol::error_code::not_controller;
    e.reassign_done(std::move(r));
  }
  if (e.list_done) {
    reassignment_listing r;
    r.error = protocol::error_code::not_controller;
    e.list_done(std::move(r));
  }
  if (e.elect_done) {
    election_results results;
    for (const auto& tp : e.partitions)
      results[tp] = election_result{protocol::error_code::not_controller, std::nullopt, -1};
    e.elect_done(std::move(results));
  }
}

void controller::elect_leaders(std::vector<topic_partition> partitions, election_type type,
                               std::function<void(election_results)> done) {
  asio::post(executor_, [this, p = std::move(partitions), type, done = std::move(done)]() mutable {
    event e(event_kind::elect_leaders);
    e.partitions = std::move(p);
    e.election = type;
    e.elect_done = std::move(done);
    if (stopped_) {
      refuse(e);
      return;
    }
    enqueue(std::move(e));
  });
}

void controller::enable_topic_unclean_leader_election(std::string topic) {
  asio::post(executor_, [this, topic = std::move(topic)]() mutable {
    if (!active_) return;  // as Kafka: only the active controller queues it
    event e(event_kind::topic_unclean_election, generation_);
    e.topic = std::move(topic);
    enqueue(std::move(e));
  });
}

void controller::check_leader_imbalance() {
  asio::post(executor_, [this] {
    if (active_) enqueue(event(event_kind::auto_leader_rebalance, generation_));
  });
}

void controller::schedule_auto_leader_rebalance(std::chrono::milliseconds delay) {
  if (!config_.auto_leader_rebalance_enable || !active_) return;
  if (!rebalance_timer_) rebalance_timer_ = std::make_unique<asio::steady_timer>(executor_);
  rebalance_timer_->expires_after(delay);
  rebalance_timer_->async_wait([this, gen = generation_](const boost::system::error_code& ec) {
    if (ec) return;  // cancelled: resigned or stopped
    enqueue(event(event_kind::auto_leader_rebalance, gen));
  });
}

void controller::alter_partition(protocol::alter_partition_request request, std::int16_t version,
                                 std::function<void(protocol::alter_partition_response)> done) {
  asio::post(executor_, [this, r = std::move(request), version, done = std::move(done)]() mutable {
    event e(event_kind::alter_partition);
    e.alter = std::make_shared<protocol::alter_partition_request>(std::move(r));
    e.alter_version = version;
    e.alter_done = std::move(done);
    if (stopped_) {
      protocol::alter_partition_response resp;
      resp.error_code = protocol::error_code::not_controller;
      e.alter_done(std::move(resp));
      return;
    }
    enqueue(std::move(e));
  });
}

void controller::controlled_shutdown(protocol::controlled_shutdown_request request,
                                     std::function<void(protocol::controlled_shutdown_response)> done) {
  asio::post(executor_, [this, r = std::move(request), done = std::move(done)]() mutable {
    if (stopped_) {
      protocol::controlled_shutdown_response resp;
      resp.error_code = protocol::error_code::not_controller;
      done(std::move(resp));
      return;
    }
    event e(event_kind::controlled_shutdown);
    e.shutdown = std::move(r);
    e.shutdown_done = std::move(done);
    enqueue(std::move(e));
  });
}

void controller::enqueue(event e) {
  if (stopped_) return;
  queue_.push_back(std::move(e));
  if (draining_) return;
  draining_ = true;
  asio::co_spawn(executor_, drain(), [](std::exception_ptr ep) {
    if (!ep) return;
    try {
      std::rethrow_exception(ep);
    } catch (const std::exception& ex) {
      log::error("controller: event loop failed: {}", ex.what());
    }
  });
}

zk_watcher controller::watch(event_kind kind, std::string topic) {
  // Watches of a term are ignored once the controller resigned (ZooKeeper
  // cannot remove a watch; the generation makes it harmless).
  return [this, kind, topic = std::move(topic), gen = generation_](const zk_watch_event&) {
    asio::post(executor_, [this, kind, topic, gen] {
      event e(kind, gen);
      e.topic = topic;
      enqueue(std::move(e));
    });
  };
}

asio::awaitable<void> controller::drain() {
  while (!queue_.empty() && !stopped_) {
    auto e = std::move(queue_.front());
    queue_.pop_front();
    try {
      co_await handle(std::move(e));
    } catch (const std::exception& ex) {
      // Kafka's ControllerEventThread logs and goes on with the next event.
      log::error("controller {}: event failed: {}", config_.broker_id, ex.what());
    }
  }
  draining_ = false;
}

asio::awaitable<void> controller::handle(event e) {
  const bool term_event = e.kind == event_kind::broker_change || e.kind == event_kind::topic_change ||
                          e.kind == event_kind::partition_modification || e.kind == event_kind::topic_deletion ||
                          e.kind == event_kind::stop_replica_response ||
                          e.kind == event_kind::preferred_replica_election ||
                          e.kind == event_kind::auto_leader_rebalance || e.kind == event_kind::topic_unclean_election ||
                          e.kind == event_kind::zk_reassignment;
  if (term_event && (!active_ || e.generation != generation_)) co_return;
  switch (e.kind) {
    case event_kind::startup:
    case event_kind::session_connected:
      co_await elect();
      break;
    case event_kind::controller_change:
      co_await maybe_resign();
      break;
    case event_kind::reelect:
      co_await maybe_resign();
      co_await elect();
      break;
    case event_kind::session_expired:
      // KafkaController's Expire event: the old session's ephemerals (our
      // /controller) are gone, so another broker may be controller already.
      if (active_) resign();
      active_controller_id_ = -1;
      break;
    case event_kind::broker_change:
      co_await on_broker_change();
      break;
    case event_kind::topic_change:
      co_await on_topic_change();
      break;
    case event_kind::partition_modification:
      co_await on_partition_modification(e.topic);
      break;
    case event_kind::topic_deletion:
      co_await on_topic_deletion();
      break;
    case event_kind::stop_replica_response:
      co_await on_stop_replica_response(e.broker, e.stop_replica);
      break;
    case event_kind::preferred_replica_election:
      co_await on_preferred_replica_election();
      break;
    case event_kind::controlled_shutdown: {
      auto response = co_await on_controlled_shutdown(e.shutdown);
      e.shutdown_done(std::move(response));
      break;
    }
    case event_kind::alter_partition: {
      altered_.clear();
      auto response = co_await on_alter_partition(e.alter, e.alter_version);
      e.alter_done(std::move(response));
      // After the answer, as Kafka: an ISR that grew may complete a reassignment.
      auto altered = std::move(altered_);
      for (const auto& tp : altered) {
        if (active_ && !fenced_ && context_->partitions_being_reassigned.contains(tp)) {
          co_await maybe_complete_reassignment(tp);
        }
      }
      break;
    }
    case event_kind::alter_reassignments: {
      auto results = co_await on_alter_reassignments(std::move(e.reassignments));
      e.reassign_done(std::move(results));
      break;
    }
    case event_kind::list_reassignments:
      e.list_done(on_list_reassignments(e.list_partitions));
      break;
    case event_kind::zk_reassignment:
      co_await on_zk_reassignment();
      break;
    case event_kind::elect_leaders: {
      auto results = co_await on_elect_leaders(e.partitions, e.election);
      e.elect_done(std::move(results));
      break;
    }
    case event_kind::auto_leader_rebalance:
      co_await on_auto_leader_rebalance();
      break;
    case event_kind::topic_unclean_election:
      co_await on_topic_unclean_election(e.topic);
      break;
  }
  for (int attempts = 0; fenced_ && attempts < 3; ++attempts) {
    fenced_ = false;
    if (active_) resign();
    // Find out who the controller is now, and take over if nobody is.
    co_await elect();
  }
}

asio::awaitable<void> controller::watch_controller() {
  // An exists watch: fires on creation, change and deletion of /controller.
  auto r = co_await zk_.exists(std::string(zk_paths::controller), [this](const zk_watch_event& ev) {
    asio::post(executor_, [this, type = ev.type] {
      enqueue(event(type == zk_event_type::deleted ? event_kind::reelect : event_kind::controller_change));
    });
  });
  if (!r) log::warn("controller {}: cannot watch /controller: {}", config_.broker_id, r.error().message());
}

asio::awaitable<void> controller::elect() {
  if (stopped_) co_return;
  co_await watch_controller();
  auto current = co_await zk_.get(std::string(zk_paths::controller));
  if (current) {
    auto reg = decode_controller(current->data);
    active_controller_id_ = reg ? reg->brokerid : -1;
    if (reg && reg->brokerid == config_.broker_id && current->stat.ephemeral_owner == zk_.session_id() && !active_) {
      // Our own registration from this very session (a retried election): take it up.
      log::warn("controller {}: /controller is ours but the controller is inactive; resigning it", config_.broker_id);
      co_await zk_.remove(std::string(zk_paths::controller), -1);
    }
    co_return;
  }
  if (current.error() != zk_errc::no_node) {
    log::warn("controller {}: cannot read /controller: {}", config_.broker_id, current.error().message());
    co_return;
  }
  if (!co_await register_and_increment_epoch()) {
    auto now = co_await zk_.get(std::string(zk_paths::controller));
    auto reg = now ? decode_controller(now->data) : result<controller_registration>(now.error());
    active_controller_id_ = reg ? reg->brokerid : -1;
    co_return;
  }
  active_ = true;
  active_controller_id_ = config_.broker_id;
  log::info("controller {}: elected with epoch {} (/controller_epoch version {})", config_.broker_id, context_->epoch,
            context_->epoch_zk_version);
  if (!co_await on_failover() && !fenced_) {
    // Kafka's triggerControllerMove: give up the role so another broker (or a
    // retry of ours) starts from a clean read of ZooKeeper.
    log::error("controller {}: failover failed; resigning", config_.broker_id);
    resign();
    co_await zk_.remove(std::string(zk_paths::controller), -1);
  }
}

asio::awaitable<bool> controller::register_and_increment_epoch() {
  const std::string epoch_path(zk_paths::controller_epoch);
  std::int32_t epoch = 0;
  std::int32_t version = 0;
  auto cur = co_await zk_.get(epoch_path);
  if (!cur && cur.error() == zk_errc::no_node) {
    auto created =
        co_await zk_.create(epoch_path, encode_controller_epoch(initial_controller_epoch), zk_create_mode::persistent);
    if (created) {
      epoch = initial_controller_epoch;
      version = 0;
    } else if (created.error() == zk_errc::node_exists) {
      cur = co_await zk_.get(epoch_path);
    } else {
      log::warn("controller {}: cannot create {}: {}", config_.broker_id, epoch_path, created.error().message());
      co_return false;
    }
  }
  if (cur) {
    auto e = decode_controller_epoch(cur->data);
    if (!e) {
      log::error("controller {}: {} holds '{}', not an epoch", config_.broker_id, epoch_path, cur->data);
      co_return false;
    }
    epoch = *e;
    version = cur->stat.version;
  } else if (cur.error() != zk_errc::no_node) {
    log::warn("controller {}: cannot read {}: {}", config_.broker_id, epoch_path, cur.error().message());
    co_return false;
  }

  const std::int32_t new_epoch = epoch + 1;
  controller_registration reg;
  reg.brokerid = config_.broker_id;
  reg.timestamp = now_ms();
  // Built outside the co_await: GCC 12 miscompiles an initializer list inside one.
  std::vector<zk_op> ops;
  ops.push_back(zk_op{zk_op::kind::create, std::string(zk_paths::controller), encode_controller(reg),
                      zk_create_mode::ephemeral, -1});
  ops.push_back(zk_op{zk_op::kind::set, epoch_path, encode_controller_epoch(new_epoch), {}, version});
  auto r = co_await zk_.multi(std::move(ops));
  if (r) {
    context_->epoch = new_epoch;
    context_->epoch_zk_version = (*r)[1].stat.version;
    co_return true;
  }
  if (r.error() != zk_errc::node_exists && r.error() != zk_errc::bad_version) {
    log::warn("controller {}: election failed: {}", config_.broker_id, r.error().message());
    co_return false;
  }
  // KafkaZkClient.checkControllerAndEpoch: after a lost connection the multi may
  // have succeeded; it did if /controller is ours and the epoch is the new one.
  auto who = co_await zk_.get(std::string(zk_paths::controller));
  if (!who) co_return false;
  auto who_reg = decode_controller(who->data);
  if (!who_reg || who_reg->brokerid != config_.broker_id) co_return false;
  auto now = co_await zk_.get(epoch_path);
  if (!now) co_return false;
  auto now_epoch = decode_controller_epoch(now->data);
  if (!now_epoch || *now_epoch != new_epoch) co_return false;
  context_->epoch = new_epoch;
  context_->epoch_zk_version = now->stat.version;
  co_return true;
}

void controller::resign() {
  log::info("controller {}: resigning (epoch {})", config_.broker_id, context_->epoch);
  for (const auto& [id, b] : context_->live_brokers)
    channel_.remove_broker(id);
  active_ = false;
  ++generation_;
  context_->clear();
  if (rebalance_timer_) rebalance_timer_->cancel();
}

asio::awaitable<void> controller::maybe_resign() {
  const bool was_active = active_;
  // The watch is one-shot: set it again before reading (Kafka's
  // registerZNodeChangeHandlerAndCheckExistence in maybeResign).
  co_await watch_controller();
  auto current = co_await zk_.get(std::string(zk_paths::controller));
  std::int32_t id = -1;
  if (current) {
    if (auto reg = decode_controller(current->data)) id = reg->brokerid;
  }
  active_controller_id_ = id;
  if (was_active && id != config_.broker_id) resign();
}

asio::awaitable<bool> controller::on_failover() {
  // Watches first, as Kafka registers its handlers before reading, so that no
  // change between the read and the watch is missed.
  auto brokers = co_await read_brokers();
  if (!brokers) co_return false;
  context_->live_brokers = std::move(*brokers);
  auto topics = co_await read_topic_names();
  if (!topics) co_return false;
  for (const auto& topic : *topics) {
    if (!co_await read_topic_assignment(topic)) co_return false;
    if (!co_await read_partition_states(topic)) co_return false;
  }
  for (const auto& [id, b] : context_->live_brokers) {
    for (const auto& e : b.registration.endpoints) {
      if (e.listener_name == config_.inter_broker_listener_name) channel_.add_broker(id, e);
    }
  }

  // 1. Every live broker learns the live brokers (no partitions yet).
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    batch.add_update_metadata(context_->live_broker_ids(), {});
    send(batch);
  }
  // 2. ReplicaStateMachine.startup: online replicas get their partition's state...
  {
    request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
    for (const auto& [tp, state] : context_->leadership) {
      const auto* a = context_->assignment(tp);
      if (a == nullptr) continue;
      for (auto r : a->replicas) {
        if (context_->is_live(r)) batch.add_leader_and_isr({r}, tp, state, *a, false);
      }
    }
    send(batch);
  }
  // ...and replicas on dead brokers leave the ISRs (OfflineReplica).
  {
    std::map<std::int32_t, std::vector<topic_partition>> offline;
    for (const auto& [tp, state] : context_->leadership) {
      const auto* a = context_->assignment(tp);
      if (a == nullptr) continue;
      for (auto r : a->replicas) {
        if (!context_->is_live(r)) offline[r].push_back(tp);
      }
    }
    for (const auto& [replica, partitions] : offline) {
      request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
      if (!co_await remove_replica_from_isrs(replica, partitions, batch)) co_return false;
      send(batch);
    }
  }
  // 3. PartitionStateMachine.startup: new partitions get a leader, offline ones an election.
  if (!co_await trigger_online_partition_state_change()) co_return false;
  // 4. initializePartitionReassignments: /admin/reassign_partitions, then the
  // reassignments the assignments record (API ones) that it did not restart.
  {
    auto zk_started = co_await on_zk_reassignment();
    if (!active_ || fenced_) co_return false;
    reassignment_filter not_from_zk = [&](const topic_partition& tp, const replica_assignment&) {
      return !zk_started.contains(tp);
    };
    co_await resume_reassignments(not_from_zk);
    if (!active_ || fenced_) co_return false;
  }
  // 5. TopicDeletionManager.init + resumeDeletions: pending deletions go on.
  co_await on_topic_deletion();
  // 6. A preferred election requested before the failover is served now.
  co_await on_preferred_replica_election();
  // 7. The automatic preferred-leader rebalance (onControllerFailover schedules it 5 s on).
  schedule_auto_leader_rebalance(config_.first_leader_imbalance_check);
  co_return active_;
}

asio::awaitable<controller::write_result> controller::write_partition_state(topic_partition tp, partition_state state,
                                                                            bool create) {
  const auto path = zk_paths::partition_state_path(tp.topic, tp.partition);
  std::vector<zk_op> ops;
  ops.push_back(zk_op{zk_op::kind::check, std::string(zk_paths::controller_epoch), {}, {}, context_->epoch_zk_version});
  if (create) {
    // createTopicPartitionStatesRaw: the parents first, each fenced the same way.
    for (auto parent :
         {zk_paths::topic_partitions_path(tp.topic), zk_paths::topic_partition_path(tp.topic, tp.partition)}) {
      auto exists = co_await zk_.exists(parent);
      if (exists && !exists->has_value()) {
        ops.push_back(zk_op{zk_op::kind::create, parent, {}, zk_create_mode::persistent, -1});
      }
    }
    ops.push_back(zk_op{zk_op::kind::create, path, encode_partition_state(state), zk_create_mode::persistent, -1});
  } else {
    ops.push_back(zk_op{zk_op::kind::set, path, encode_partition_state(state), {}, state.zk_version});
  }
  auto r = co_await zk_.multi(std::move(ops));
  if (r) co_return write_result{write_outcome::ok, create ? 0 : r->back().stat.version};
  if (r.error() == zk_errc::bad_version || r.error() == zk_errc::no_node || r.error() == zk_errc::node_exists) {
    // Which op failed? The epoch check means another controller took over
    // (Kafka's ControllerMovedException); anything else is this partition's.
    auto check = co_await zk_.exists(std::string(zk_paths::controller_epoch));
    if (!check || !check->has_value() || (*check)->version != context_->epoch_zk_version) {
      // Kafka's ControllerMovedException. The context stays until the event
      // is over (callers hold references into it); handle() resigns then.
      log::warn("controller {}: /controller_epoch moved on; another controller was elected", config_.broker_id);
      fenced_ = true;
      co_return write_result{write_outcome::controller_moved};
    }
    co_return write_result{write_outcome::partition_changed};
  }
  log::warn("controller {}: writing {} failed: {}", config_.broker_id, path, r.error().message());
  co_return write_result{write_outcome::failed};
}

void controller::send(request_batch& batch) {
  // Nothing goes out from a fenced controller, not even what it computed before learning it.
  if (!active_ || fenced_ || batch.empty()) return;
  request_batch::responses on_response;
  on_response.leader_and_isr = [this](std::int32_t broker, result<protocol::leader_and_isr_response> r) {
    if (!r) {
      log::warn("controller {}: LeaderAndIsr to broker {} failed: {}", config_.broker_id, broker, r.error().message());
      return;
    }
    for (const auto& t : r->topics) {
      for (const auto& p : t.partition_errors) {
        if (p.error_code != protocol::error_code::none) {
          log::warn("controller {}: broker {} answered LeaderAndIsr for partition {} with error {}", config_.broker_id,
                    broker, p.partition_index, static_cast<int>(p.error_code));
        }
      }
    }
  };
  on_response.stop_replica = [this, gen = generation_](std::int32_t broker, result<protocol::stop_replica_response> r) {
    auto resp = std::make_shared<protocol::stop_replica_response>();
    if (r) {
      *resp = std::move(*r);
    } else {
      // No answer: every partition of the request failed (Kafka marks them ineligible on the broker's failure).
      resp->error_code = protocol::error_code::unknown_server_error;
    }
    asio::post(executor_, [this, gen, broker, resp] {
      event e(event_kind::stop_replica_response, gen);
      e.broker = broker;
      e.stop_replica = resp;
      enqueue(std::move(e));
    });
  };
  batch.send(channel_, on_response);
}

bool controller::unclean_allowed(const std::string& topic) const {
  if (config_.unclean_election_for_topic) {
    if (auto v = config_.unclean_election_for_topic(topic)) return *v;
  }
  return config_.unclean_leader_election_enable;
}

}  // namespace gannet::cluster
