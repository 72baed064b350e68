// AlterPartition (KIP-497): a leader asks the controller to change its ISR
// (KafkaController.tryProcessAlterPartition, Kafka 3.9). The checks, in
// Kafka's order: controller active (NOT_CONTROLLER), broker epoch
// (STALE_BROKER_EPOCH), then per partition: known (UNKNOWN_TOPIC_ID /
// UNKNOWN_TOPIC_OR_PARTITION), epochs newer than ours (NOT_CONTROLLER: we are
// probably deposed), leader epoch older (FENCED_LEADER_EPOCH), already in the
// asked state (answered as is), partition epoch older (INVALID_UPDATE_VERSION),
// recovery-state rules (INVALID_REQUEST), ISR members not live
// (INELIGIBLE_REPLICA, OPERATION_NOT_ATTEMPTED before v2). Accepted changes are
// written with CAS on the partition epoch and the controller-epoch check.

#include <algorithm>

#include "controller/controller_context.h"
#include "controller/request_batch.h"
#include "gannet/cluster/controller.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;
using protocol::error_code;

asio::awaitable<protocol::alter_partition_response> controller::on_alter_partition(
    std::shared_ptr<protocol::alter_partition_request> request, std::int16_t version) {
  protocol::alter_partition_response response;
  if (!active_) {
    response.error_code = error_code::not_controller;
    co_return response;
  }
  auto broker = context_->live_brokers.find(request->broker_id);
  if (broker == context_->live_brokers.end() || broker->second.epoch != request->broker_epoch) {
    log::info("controller {}: AlterPartition from broker {} with stale epoch {}", config_.broker_id, request->broker_id,
              request->broker_epoch);
    response.error_code = error_code::stale_broker_epoch;
    co_return response;
  }
  const bool use_topic_ids = version > 1;

  // Per topic of the request: its name (or none when the id is unknown) and
  // each partition's outcome, in the request's order.
  struct outcome {
    std::int32_t partition = 0;
    error_code error = error_code::none;
    partition_state state;
  };
  std::vector<std::pair<protocol::alter_partition_response::topic_data, std::vector<outcome>>> topics;
  std::set<topic_partition> touched;

  for (const auto& t : request->topics) {
    protocol::alter_partition_response::topic_data rt;
    std::optional<std::string> name;
    if (use_topic_ids) {
      rt.topic_id = t.topic_id;
      for (const auto& [n, info] : context_->topics) {
        if (info.topic_id && *info.topic_id == t.topic_id) name = n;
      }
    } else {
      rt.topic_name = t.topic_name;
      name = t.topic_name;
    }
    std::vector<outcome> outcomes;
    for (const auto& p : t.partitions) {
      outcome o;
      o.partition = p.partition_index;
      if (!name) {
        o.error = error_code::unknown_topic_id;
        outcomes.push_back(o);
        continue;
      }
      topic_partition tp{*name, p.partition_index};
      touched.insert(tp);
      auto current_it = context_->leadership.find(tp);
      if (current_it == context_->leadership.end()) {
        o.error = error_code::unknown_topic_or_partition;
        outcomes.push_back(o);
        continue;
      }
      const auto current = current_it->second;
      partition_state wanted = current;
      wanted.leader = request->broker_id;
      wanted.leader_epoch = p.leader_epoch;
      wanted.isr.clear();
      if (version >= 3) {
        for (const auto& b : p.new_isr_with_epochs)
          wanted.isr.push_back(b.broker_id);
      } else {
        wanted.isr = p.new_isr;
      }
      wanted.leader_recovery = static_cast<leader_recovery_state>(p.leader_recovery_state);
      if (p.partition_epoch > current.zk_version || p.leader_epoch > current.leader_epoch) {
        o.error = error_code::not_controller;
      } else if (p.leader_epoch < current.leader_epoch) {
        o.error = error_code::fenced_leader_epoch;
      } else if (wanted.leader == current.leader && wanted.isr == current.isr &&
                 wanted.leader_recovery == current.leader_recovery) {
        o.state = current;  // already so: idempotent, whatever the partition epoch
      } else if (p.partition_epoch < current.zk_version) {
        o.error = error_code::invalid_update_version;
      } else if (wanted.leader_recovery == leader_recovery_state::recovering && wanted.isr.size() > 1) {
        o.error = error_code::invalid_request;
      } else if (current.leader_recovery == leader_recovery_state::recovered &&
                 wanted.leader_recovery == leader_recovery_state::recovering) {
        o.error = error_code::invalid_request;
      } else if (std::any_of(wanted.isr.begin(), wanted.isr.end(),
                             [&](std::int32_t r) { return !context_->is_live(r); })) {
        o.error = version > 1 ? error_code::ineligible_replica : error_code::operation_not_attempted;
      } else {
        wanted.controller_epoch = context_->epoch;
        wanted.zk_version = p.partition_epoch;
        auto w = co_await write_partition_state(tp, wanted, false);
        if (w.outcome == write_outcome::controller_moved) {
          response = {};
          response.error_code = error_code::not_controller;
          co_return response;
        }
        if (w.outcome == write_outcome::ok) {
          wanted.zk_version = w.zk_version;
          context_->leadership[tp] = wanted;
          o.state = wanted;
          altered_.push_back(tp);
        } else {
          o.error = w.outcome == write_outcome::partition_changed ? error_code::invalid_update_version
                                                                  : error_code::unknown_server_error;
        }
      }
      outcomes.push_back(o);
    }
    topics.emplace_back(std::move(rt), std::move(outcomes));
  }

  request_batch batch(*context_, config_.broker_id, config_.inter_broker_listener_name);
  batch.add_update_metadata(context_->live_broker_ids(), touched);
  send(batch);

  for (auto& [rt, outcomes] : topics) {
    for (const auto& o : outcomes) {
      protocol::alter_partition_response::partition_data pd;
      pd.partition_index = o.partition;
      pd.error_code = o.error;
      if (o.error == error_code::none) {
        pd.leader_id = o.state.leader;
        pd.leader_epoch = o.state.leader_epoch;
        pd.isr = o.state.isr;
        pd.leader_recovery_state = static_cast<std::int8_t>(o.state.leader_recovery);
        pd.partition_epoch = o.state.zk_version;
      }
      rt.partitions.push_back(std::move(pd));
    }
    response.topics.push_back(std::move(rt));
  }
  co_return response;
}

}  // namespace gannet::cluster
