// The broker's /brokers/ids/<id> registration (zk_broker_registration.h), as
// Kafka 3.9's KafkaZkClient.registerBroker and its CheckedEphemeral.

#include <fmt/format.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "gannet/cluster/zk_broker_registration.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using namespace std::chrono_literals;

// Kafka's KeeperException.Code names, as its messages print them.
std::string code_name(std::error_code ec) {
  if (ec.category() != zk_category()) return ec.message();
  switch (static_cast<zk_errc>(ec.value())) {
    case zk_errc::ok:
      return "OK";
    case zk_errc::no_node:
      return "NONODE";
    case zk_errc::node_exists:
      return "NODEEXISTS";
    case zk_errc::bad_version:
      return "BADVERSION";
    case zk_errc::not_empty:
      return "NOTEMPTY";
    case zk_errc::no_children_for_ephemerals:
      return "NOCHILDRENFOREPHEMERALS";
    case zk_errc::connection_loss:
      return "CONNECTIONLOSS";
    case zk_errc::session_expired:
      return "SESSIONEXPIRED";
    case zk_errc::operation_timeout:
      return "OPERATIONTIMEOUT";
    case zk_errc::auth_failed:
      return "AUTHFAILED";
    case zk_errc::bad_arguments:
      return "BADARGUMENTS";
    case zk_errc::closing:
      return "SESSIONEXPIRED";  // the Java client's answer after close()
    case zk_errc::system_error:
      return "SYSTEMERROR";
  }
  return "SYSTEMERROR";
}

std::string hex(std::int64_t v) { return fmt::format("0x{:x}", static_cast<std::uint64_t>(v)); }

// Kafka's retryRequestUntilConnected: a request that meets a connection loss
// is sent again once the connection is back, here for at most `retry_for`.
template <class Make>
auto until_connected(Make make, std::chrono::milliseconds retry_for) -> decltype(make()) {
  const auto deadline = std::chrono::steady_clock::now() + retry_for;
  asio::steady_timer timer(co_await asio::this_coro::executor);
  for (;;) {
    auto op = make();
    auto r = co_await std::move(op);
    if (r || r.error() != zk_errc::connection_loss || std::chrono::steady_clock::now() >= deadline) co_return r;
    timer.expires_after(100ms);
    auto wait = timer.async_wait(asio::as_tuple(asio::use_awaitable));
    co_await std::move(wait);
  }
}

// Kafka's log line lists the endpoints as connection strings, comma-separated.
std::string addresses_of(const broker_registration& info) {
  std::string out;
  for (const auto& e : info.endpoints) {
    if (!out.empty()) out += ',';
    out += endpoint_connection_string(e);
  }
  return out;
}

// Deleting and re-creating a stale znode can race with it coming back only a
// bounded number of times.
constexpr int max_recreate_depth = 3;

}  // namespace

std::shared_ptr<zk_broker_registration> zk_broker_registration::make(asio::any_io_executor executor, zk_client& zk,
                                                                     const broker_registration& info,
                                                                     std::chrono::milliseconds retry_for,
                                                                     on_reregistered on_reregistered) {
  return std::make_shared<zk_broker_registration>(std::move(executor), zk, info, retry_for, std::move(on_reregistered));
}

zk_broker_registration::zk_broker_registration(asio::any_io_executor executor, zk_client& zk,
                                               const broker_registration& info, std::chrono::milliseconds retry_for,
                                               on_reregistered on_reregistered)
    : strand_(asio::make_strand(executor)),
      zk_(zk),
      broker_id_(info.id),
      path_(zk_paths::broker_id_path(info.id)),
      data_(encode_broker_registration(info)),
      addresses_(addresses_of(info)),
      retry_for_(retry_for),
      on_reregistered_(std::move(on_reregistered)) {}

std::int64_t zk_broker_registration::broker_epoch() const {
  std::lock_guard l(mutex_);
  return broker_epoch_;
}

std::string zk_broker_registration::last_error() const {
  std::lock_guard l(mutex_);
  return last_error_;
}

void zk_broker_registration::fail(std::string message) {
  log::error("{}", message);
  std::lock_guard l(mutex_);
  last_error_ = std::move(message);
}

asio::awaitable<result<std::int64_t>> zk_broker_registration::register_broker() {
  auto op = asio::co_spawn(strand_, register_on_strand(), asio::use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<result<std::int64_t>> zk_broker_registration::register_on_strand() {
  // Keeps this alive across the awaits below.
  auto self = shared_from_this();
  log::info("Creating {} (is it secure? false)", path_);
  recreate_depth_ = 0;
  auto op = create();
  auto r = co_await std::move(op);
  if (!r) co_return r;
  {
    std::lock_guard l(mutex_);
    broker_epoch_ = *r;
    last_error_.clear();
  }
  log::info("Registered broker {} at path {} with addresses: {}, czxid (broker epoch): {}", broker_id_, path_,
            addresses_, *r);
  if (!listening_) {
    listening_ = true;
    std::weak_ptr<zk_broker_registration> weak = self;
    zk_.add_session_listener([weak](zk_session_event e, std::int64_t id) {
      if (auto s = weak.lock()) s->on_session_event(e, id);
    });
  }
  co_return r;
}

void zk_broker_registration::on_session_event(zk_session_event e, std::int64_t session_id) {
  // A new session (after an expiry) has none of the old one's ephemerals.
  if (e != zk_session_event::connected) return;
  asio::post(strand_, [self = shared_from_this(), session_id] {
    if (session_id == self->registered_session_) return;  // a reconnect of the same session
    log::info("zookeeper: new session {}; registering broker {} again", hex(session_id), self->broker_id_);
    asio::co_spawn(self->strand_, self->register_on_strand(), [self](std::exception_ptr ex, result<std::int64_t> r) {
      if (ex) r = make_error_code(zk_errc::system_error);
      if (self->on_reregistered_) self->on_reregistered_(r);
    });
  });
}

asio::awaitable<result<std::int64_t>> zk_broker_registration::create() {
  // As CheckedEphemeral.create: the node is created empty and its data set in
  // the same transaction, so the returned stat (version 1) is the set's.
  auto make = [this] {
    return zk_.multi({zk_op{zk_op::kind::create, path_, {}, zk_create_mode::ephemeral, -1},
                      zk_op{zk_op::kind::set, path_, data_, {}, 0}});
  };
  auto op = until_connected(make, retry_for_);
  auto r = co_await std::move(op);
  if (r) {
    registered_session_ = zk_.session_id();
    co_return (*r)[1].stat.czxid;
  }
  if (r.error() == zk_errc::node_exists) {
    auto after = after_node_exists();
    co_return co_await std::move(after);
  }
  fail(fmt::format("Error while creating ephemeral at {} with return code: {}", path_, code_name(r.error())));
  co_return r.error();
}

asio::awaitable<result<std::int64_t>> zk_broker_registration::after_node_exists() {
  auto make = [this] { return zk_.get(path_); };
  auto op = until_connected(make, retry_for_);
  auto got = co_await std::move(op);
  const std::int64_t current = zk_.session_id();
  if (got) {
    const std::int64_t owner = got->stat.ephemeral_owner;
    if (owner == registered_session_ && current != registered_session_) {
      log::info(
          "Was not possible to create the ephemeral at {}, node already exists and owner '{}' does not match "
          "current session '{}', trying to delete and re-create it with the newest Zookeeper session",
          path_, hex(owner), hex(current));
      auto again = recreate();
      co_return co_await std::move(again);
    }
    if (owner != current) {
      fail(
          fmt::format("Error while creating ephemeral at {}, node already exists and owner '{}' does not match current "
                      "session '{}'",
                      path_, hex(owner), hex(current)));
      co_return make_error_code(zk_errc::node_exists);
    }
    // Ours already: a create retried after a connection loss had succeeded.
    registered_session_ = current;
    co_return got->stat.czxid;
  }
  if (got.error() == zk_errc::no_node) {
    log::info("The ephemeral node at {} went away while reading it, attempting create() again", path_);
    if (++recreate_depth_ > max_recreate_depth) {
      fail(fmt::format("Error while creating ephemeral at {}: it keeps coming and going", path_));
      co_return make_error_code(zk_errc::node_exists);
    }
    auto again = create();
    co_return co_await std::move(again);
  }
  fail(
      fmt::format("Error while creating ephemeral at {} as it already exists and error getting the node data due to {}",
                  path_, code_name(got.error())));
  co_return got.error();
}

asio::awaitable<result<std::int64_t>> zk_broker_registration::recreate() {
  if (++recreate_depth_ > max_recreate_depth) {
    fail(fmt::format("Error while creating ephemeral at {}: it keeps coming back", path_));
    co_return make_error_code(zk_errc::node_exists);
  }
  auto make = [this] { return zk_.remove(path_, -1); };
  auto op = until_connected(make, retry_for_);
  auto removed = co_await std::move(op);
  if (!removed && removed.error() != zk_errc::no_node) {
    fail(fmt::format("Error while deleting ephemeral node at {} with return code: {}", path_,
                     code_name(removed.error())));
    co_return removed.error();
  }
  auto again = create();
  co_return co_await std::move(again);
}

}  // namespace gannet::cluster
