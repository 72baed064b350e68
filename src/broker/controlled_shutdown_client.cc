#include "controlled_shutdown_client.h"

#include <fmt/format.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <memory>
#include <optional>

#include "broker_state.h"
#include "gannet/cluster/broker_channel.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"
#include "gannet/protocol/messages/controlled_shutdown.h"

namespace gannet::broker {
namespace {

namespace asio = boost::asio;
using std::chrono::milliseconds;

// Kafka 3.9 sends v3 (IBP >= 2.4-IV1).
constexpr std::int16_t controlled_shutdown_version = 3;

struct shutdown_settings {
  int max_retries = 3;
  milliseconds retry_backoff{5000};
  milliseconds socket_timeout{30000};
};

// The active controller's inter-broker endpoint: from the metadata cache, as
// Kafka does; when the cache has none yet (no UpdateMetadata received), from
// /controller and /brokers/ids/<id>.
asio::awaitable<std::optional<cluster::broker_address>> find_controller(broker_state& s) {
  auto& rt = *s.zk;
  const auto& listener = rt.inter_broker_listener;
  if (rt.metadata) {
    if (auto id = rt.metadata->controller_id(); id && !id->kraft) {
      if (auto node = rt.metadata->alive_broker_node(id->id, listener)) {
        // A named local: GCC 12 miscompiles braced temporaries in co_return.
        std::optional<cluster::broker_address> found;
        found.emplace();
        found->id = node->id;
        found->host = node->host;
        found->port = static_cast<std::uint16_t>(node->port);
        co_return found;
      }
      log::info("Broker registration for controller {} is not available in the metadata cache", id->id);
    } else {
      log::info("No zk controller present in the metadata cache");
    }
  }
  const std::string controller_path(cluster::zk_paths::controller);
  auto c = co_await rt.session->get(controller_path);
  if (!c) co_return std::nullopt;
  auto reg = cluster::decode_controller(c->data);
  if (!reg) co_return std::nullopt;
  const auto broker_path = cluster::zk_paths::broker_id_path(reg->brokerid);
  auto b = co_await rt.session->get(broker_path);
  if (!b) co_return std::nullopt;
  auto info = cluster::decode_broker_registration(reg->brokerid, b->data);
  if (!info) co_return std::nullopt;
  for (const auto& e : info->endpoints) {
    if (e.listener_name == listener) {
      std::optional<cluster::broker_address> found;
      found.emplace();
      found->id = reg->brokerid;
      found->host = e.host;
      found->port = static_cast<std::uint16_t>(e.port);
      co_return found;
    }
  }
  co_return std::nullopt;
}

asio::awaitable<bool> do_controlled_shutdown(broker_state& s, shutdown_settings settings) {
  auto ex = co_await asio::this_coro::executor;
  std::unique_ptr<cluster::broker_channel> channel;
  std::optional<cluster::broker_address> previous;
  bool io_exception = false;
  bool succeeded = false;
  int remaining = settings.max_retries;
  asio::steady_timer backoff(ex);
  while (!succeeded && remaining > 0) {
    --remaining;
    // 1. The controller, and a connection to it (a new one if it moved or the last one failed).
    auto target = co_await find_controller(s);
    if (target && (io_exception || !previous || previous->id != target->id || previous->host != target->host ||
                   previous->port != target->port)) {
      io_exception = false;
      if (channel) co_await channel->close();
      cluster::broker_channel_config cc;
      cc.client_id = fmt::format("broker-{}-controlled-shutdown", s.node_id);
      cc.connect_timeout = settings.socket_timeout;
      cc.request_timeout = settings.socket_timeout;
      channel = std::make_unique<cluster::broker_channel>(ex, *target, cc);
      previous = target;
    }
    // 2. The request.
    if (channel) {
      protocol::controlled_shutdown_request req;
      req.broker_id = s.node_id;
      req.broker_epoch = s.zk->registration ? s.zk->registration->broker_epoch() : -1;
      const auto started = std::chrono::steady_clock::now();
      auto r = co_await channel->send<protocol::controlled_shutdown_request, protocol::controlled_shutdown_response>(
          std::move(req), controlled_shutdown_version);
      const auto latency = std::chrono::duration_cast<milliseconds>(std::chrono::steady_clock::now() - started).count();
      if (!r) {
        io_exception = true;
        log::warn(
            "Error during controlled shutdown, possibly because leader movement took longer than the configured "
            "controller.socket.timeout.ms and/or request.timeout.ms: {}",
            r.error().message());
      } else if (r->body.error_code != protocol::error_code::none) {
        log::info("Controlled shutdown request returned after {}ms with error {}", latency,
                  protocol::error_code_name(r->body.error_code));
      } else if (r->body.remaining_partitions.empty()) {
        succeeded = true;
        log::info("Controlled shutdown request returned successfully after {}ms", latency);
      } else {
        log::info("Controlled shutdown request returned after {}ms with {} partitions remaining to move", latency,
                  r->body.remaining_partitions.size());
      }
    }
    if (!succeeded && remaining > 0) {
      backoff.expires_after(settings.retry_backoff);
      co_await backoff.async_wait(asio::as_tuple(asio::use_awaitable));
      log::info("Retrying controlled shutdown ({} retries remaining)", remaining);
    }
  }
  if (channel) co_await channel->close();
  co_return succeeded;
}

}  // namespace

bool run_controlled_shutdown(broker_state& s) {
  if (!s.zk || !s.zk->registration || !s.zk->session) return true;
  const auto layers = s.current_layers();
  if (layers.value_of("controlled.shutdown.enable").value_or("true") != "true") return true;
  shutdown_settings settings;
  settings.max_retries = std::stoi(layers.value_of("controlled.shutdown.max.retries").value_or("3"));
  settings.retry_backoff =
      milliseconds(std::stoll(layers.value_of("controlled.shutdown.retry.backoff.ms").value_or("5000")));
  settings.socket_timeout = milliseconds(std::stoll(layers.value_of("controller.socket.timeout.ms").value_or("30000")));
  log::info("Starting controlled shutdown");
  auto op = do_controlled_shutdown(s, settings);
  auto done = asio::co_spawn(s.storage_pool, std::move(op), asio::use_future);
  bool ok = false;
  try {
    ok = done.get();
  } catch (const std::exception& e) {
    log::warn("Error during controlled shutdown: {}", e.what());
  }
  if (!ok) log::warn("Proceeding to do an unclean shutdown as all the controlled shutdown attempts failed");
  return ok;
}

}  // namespace gannet::broker
