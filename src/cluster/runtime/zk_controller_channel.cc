#include "gannet/cluster/zk_controller_channel.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <deque>

#include "gannet/common/logging.h"

namespace gannet::cluster {

namespace asio = boost::asio;

// One broker's channel and the requests waiting for it, sent one at a time.
struct zk_controller_channel::queue {
  std::int32_t broker_id = -1;
  std::shared_ptr<broker_channel> channel;
  // Each job sends one request and completes it; run in order by drain().
  std::deque<std::function<asio::awaitable<void>(broker_channel&)>> jobs;
  bool draining = false;
  bool removed = false;
};

namespace {

// Drains q's jobs one after the other on the strand; ends when the queue is
// empty (the next enqueue starts it again).
asio::awaitable<void> drain(std::shared_ptr<zk_controller_channel::queue> q) {
  while (!q->jobs.empty() && !q->removed) {
    auto job = std::move(q->jobs.front());
    q->jobs.pop_front();
    auto channel = q->channel;
    co_await job(*channel);
  }
  q->draining = false;
}

}  // namespace

zk_controller_channel::zk_controller_channel(asio::any_io_executor executor, std::int32_t controller_id,
                                             std::chrono::milliseconds socket_timeout)
    : strand_(asio::make_strand(executor)), controller_id_(controller_id), socket_timeout_(socket_timeout) {}

zk_controller_channel::~zk_controller_channel() = default;

void zk_controller_channel::add_broker(std::int32_t broker_id, const broker_endpoint& endpoint) {
  broker_address target{broker_id, endpoint.host, static_cast<std::uint16_t>(endpoint.port)};
  asio::post(strand_, [this, broker_id, target] {
    if (closed_) return;
    if (auto it = queues_.find(broker_id); it != queues_.end()) {
      it->second->removed = true;
      asio::co_spawn(strand_, it->second->channel->close(), asio::detached);
      queues_.erase(it);
    }
    broker_channel_config cfg;
    cfg.client_id = "controller-" + std::to_string(controller_id_) + "-to-broker-" + std::to_string(broker_id);
    cfg.connect_timeout = socket_timeout_;
    cfg.request_timeout = socket_timeout_;
    auto q = std::make_shared<queue>();
    q->broker_id = broker_id;
    q->channel = std::make_shared<broker_channel>(strand_.get_inner_executor(), target, cfg);
    queues_.emplace(broker_id, std::move(q));
  });
}

void zk_controller_channel::remove_broker(std::int32_t broker_id) {
  asio::post(strand_, [this, broker_id] {
    auto it = queues_.find(broker_id);
    if (it == queues_.end()) return;
    auto q = it->second;
    queues_.erase(it);
    q->removed = true;
    // The waiting jobs never run: drain() stops at `removed`. Close fails the one in flight.
    asio::co_spawn(strand_, q->channel->close(), asio::detached);
  });
}

template <class Request, class Response>
void zk_controller_channel::enqueue(std::int32_t broker_id, Request request, std::int16_t version,
                                    completion<Response> done) {
  asio::post(strand_, [this, broker_id, request = std::move(request), version, done = std::move(done)]() mutable {
    auto it = queues_.find(broker_id);
    if (closed_ || it == queues_.end()) {
      done(make_error_code(channel_errc::closed));
      return;
    }
    auto& q = it->second;
    q->jobs.push_back([request = std::move(request), version,
                       done = std::move(done)](broker_channel& channel) mutable -> asio::awaitable<void> {
      auto r = co_await channel.send<Request, Response>(std::move(request), version);
      if (!r) {
        log::warn("controller request (api key {}) to broker {} failed: {}", Request::message_api_key,
                  channel.target().id, r.error().message());
        done(r.error());
        co_return;
      }
      done(std::move(r->body));
    });
    if (!q->draining) {
      q->draining = true;
      asio::co_spawn(strand_, drain(q), asio::detached);
    }
  });
}

void zk_controller_channel::send_leader_and_isr(std::int32_t broker_id, protocol::leader_and_isr_request request,
                                                completion<protocol::leader_and_isr_response> done) {
  enqueue<protocol::leader_and_isr_request, protocol::leader_and_isr_response>(broker_id, std::move(request),
                                                                               leader_and_isr_version, std::move(done));
}

void zk_controller_channel::send_update_metadata(std::int32_t broker_id, protocol::update_metadata_request request,
                                                 completion<protocol::update_metadata_response> done) {
  enqueue<protocol::update_metadata_request, protocol::update_metadata_response>(
      broker_id, std::move(request), update_metadata_version, std::move(done));
}

void zk_controller_channel::send_stop_replica(std::int32_t broker_id, protocol::stop_replica_request request,
                                              completion<protocol::stop_replica_response> done) {
  enqueue<protocol::stop_replica_request, protocol::stop_replica_response>(broker_id, std::move(request),
                                                                           stop_replica_version, std::move(done));
}

void zk_controller_channel::close() {
  asio::post(strand_, [this] {
    closed_ = true;
    for (auto& [id, q] : queues_) {
      q->removed = true;
      asio::co_spawn(strand_, q->channel->close(), asio::detached);
    }
    queues_.clear();
  });
}

}  // namespace gannet::cluster
