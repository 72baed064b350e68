// ElectLeaders (key 43, v0-2; KIP-183, KIP-460): elections of the preferred
// replica (v0 and election type 0) or, for partitions without a live leader,
// of any live replica (UNCLEAN, type 1), by the active controller. Kafka's
// KafkaApis.handleElectLeaders + ReplicaManager.electLeaders in ZooKeeper mode:
// the controller's results (controller_elect_leaders.cc: ELECTION_NOT_NEEDED,
// PREFERRED_LEADER_NOT_AVAILABLE, ELIGIBLE_LEADERS_NOT_AVAILABLE,
// UNKNOWN_TOPIC_OR_PARTITION, INVALID_TOPIC_EXCEPTION, NOT_CONTROLLER on
// every partition when this broker is not the controller); an elected leader
// is answered once this broker's metadata cache shows it (DelayedElectLeader),
// REQUEST_TIMED_OUT if that takes longer than timeout_ms. Null topic_partitions
// means every partition the metadata cache knows, and then partitions that
// needed no election are left out of the answer.

#include "gannet/protocol/messages/elect_leaders.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>

#include "../controller_call.h"
#include "gannet/cluster/controller.h"
#include "handlers.h"

namespace gannet::broker::handlers {

namespace {

namespace asio = boost::asio;
using protocol::error_code;

// How often the metadata cache is looked at while elected leaders are awaited.
constexpr std::chrono::milliseconds leader_poll_interval{10};

protocol::elect_leaders_response to_response(const cluster::election_results& results) {
  protocol::elect_leaders_response resp;
  for (const auto& [tp, r] : results) {
    if (resp.replica_election_results.empty() || resp.replica_election_results.back().topic != tp.topic) {
      protocol::elect_leaders_response::replica_election_result t;
      t.topic = tp.topic;
      resp.replica_election_results.push_back(std::move(t));
    }
    protocol::elect_leaders_response::partition_result p;
    p.partition_id = tp.partition;
    p.error_code = r.error;
    p.error_message = r.message;
    resp.replica_election_results.back().partition_result.push_back(std::move(p));
  }
  return resp;
}

}  // namespace

awaitable<net::handler_result> elect_leaders(request_context& ctx) {
  protocol::elect_leaders_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed ElectLeaders request");
  auto* zk = ctx.b.zk.get();

  std::vector<cluster::topic_partition> partitions;
  if (req.topic_partitions) {
    for (const auto& t : *req.topic_partitions) {
      for (auto p : t.partitions)
        partitions.push_back({t.topic, p});
    }
  } else if (zk != nullptr && zk->metadata) {
    for (const auto& topic : zk->metadata->all_topics()) {
      const auto n = zk->metadata->num_partitions(topic).value_or(0);
      for (std::size_t p = 0; p < n; ++p)
        partitions.push_back({topic, static_cast<std::int32_t>(p)});
    }
  }

  cluster::election_results results;
  const auto type = ctx.version() == 0 ? std::int8_t{0} : req.election_type;
  if (type != 0 && type != 1) {
    // ElectionType.valueOf throws: the request's error response, UNKNOWN_SERVER_ERROR everywhere.
    for (const auto& tp : partitions)
      results[tp] = {error_code::unknown_server_error, std::nullopt, -1};
    auto resp = to_response(results);
    resp.error_code = error_code::unknown_server_error;
    co_return ctx.respond(resp);
  }
  if (zk == nullptr || !zk->controller) {
    for (const auto& tp : partitions)
      results[tp] = {error_code::not_controller, std::nullopt, -1};
  } else {
    auto* controller = zk->controller.get();
    const auto election = static_cast<cluster::election_type>(type);
    auto start = [controller, &partitions, election](std::function<void(cluster::election_results)> done) {
      controller->elect_leaders(partitions, election, std::move(done));
    };
    results = co_await controller_call<cluster::election_results>(std::move(start));
  }

  // DelayedElectLeader: each elected partition answers NONE once this broker's
  // metadata cache has its new leader (the controller's UpdateMetadata).
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0, req.timeout_ms));
  auto executor = co_await asio::this_coro::executor;
  asio::steady_timer timer(executor);
  for (;;) {
    bool waiting = false;
    for (auto& [tp, r] : results) {
      if (r.error != error_code::none || r.leader < 0) continue;
      std::optional<cluster::metadata_partition_state> info;
      if (zk->metadata) info = zk->metadata->partition_info(tp.topic, tp.partition);
      if (info && info->leader == r.leader) {
        r.leader = -1;  // done: answered NONE
      } else {
        waiting = true;
      }
    }
    if (!waiting) break;
    if (std::chrono::steady_clock::now() >= deadline) {
      for (auto& [tp, r] : results) {
        if (r.error == error_code::none && r.leader >= 0) r = {error_code::request_timed_out, std::nullopt, -1};
      }
      break;
    }
    timer.expires_after(leader_poll_interval);
    auto [ec] = co_await timer.async_wait(asio::as_tuple(asio::use_awaitable));
    if (ec) break;
  }

  if (!req.topic_partitions)
    std::erase_if(results, [](const auto& kv) { return kv.second.error == error_code::election_not_needed; });
  auto resp = to_response(results);
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
