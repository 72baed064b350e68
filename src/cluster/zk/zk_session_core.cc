// zk_session's handles and sessions: connect, the session state machine,
// re-creating an expired session, close. See zk_session_core.h for threads.

#include "zk_session_core.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cerrno>
#include <cstring>

#include "gannet/common/logging.h"
#include "zk_c.h"

namespace gannet::cluster {
namespace {

using namespace std::chrono_literals;
namespace asio = boost::asio;

// Kafka's KafkaZkClient.apply: the chroot starts at the first '/' after at
// least one character of hosts. "/" alone is no chroot.
std::string hosts_of(const std::string& connect) {
  const auto i = connect.find('/');
  return i != std::string::npos && i > 0 ? connect.substr(0, i) : connect;
}
std::string chroot_of(const std::string& connect) {
  const auto i = connect.find('/');
  if (i == std::string::npos || i == 0) return {};
  std::string c = connect.substr(i);
  return c == "/" ? std::string() : c;
}

// Kafka's ZooKeeperClient.RetryBackoffMs between attempts to create a handle.
constexpr auto reopen_backoff = 1000ms;

}  // namespace

zk_session::core::core(asio::any_io_executor executor, std::string connect, std::chrono::milliseconds session_timeout)
    : executor_(executor),
      strand_(asio::make_strand(executor)),
      connect_(std::move(connect)),
      hosts_(hosts_of(connect_)),
      chroot_(chroot_of(connect_)),
      session_timeout_(session_timeout) {
  zk_c::route_log();
}

zk_session::core::~core() { close(); }

int zk_session::core::submit(const std::function<int(zhandle_t*)>& fn) {
  std::shared_lock lock(handle_mutex_);
  if (closed_) return ZCLOSING;
  if (zh_ == nullptr) return ZCONNECTIONLOSS;
  return fn(zh_);
}

zk_session::core::watch_ctx* zk_session::core::new_watch(zk_watcher fn) {
  std::uint64_t generation;
  {
    std::shared_lock lock(handle_mutex_);
    generation = generation_;
  }
  auto w = std::make_unique<watch_ctx>(watch_ctx{this, generation, std::move(fn)});
  auto* p = w.get();
  std::lock_guard lock(watches_mutex_);
  watches_.emplace(p, std::move(w));
  return p;
}

std::unique_ptr<zk_session::core::watch_ctx> zk_session::core::take_watch(watch_ctx* w) {
  std::lock_guard lock(watches_mutex_);
  auto it = watches_.find(w);
  if (it == watches_.end()) return nullptr;
  auto owned = std::move(it->second);
  watches_.erase(it);
  return owned;
}

void zk_session::core::deliver(std::unique_ptr<watch_ctx> w, zk_watch_event event) {
  asio::post(strand_, [fn = std::move(w->fn), event = std::move(event)] {
    if (fn) fn(event);
  });
}

void zk_session::core::drop_watches(std::uint64_t generation) {
  std::lock_guard lock(watches_mutex_);
  std::erase_if(watches_, [&](const auto& kv) { return kv.second->generation <= generation; });
}

void zk_session::core::on_session_event(zhandle_t*, int type, int state, const char*, void* ctx) {
  // The C client's completion thread: copy and post, touch nothing.
  if (type != ZOO_SESSION_EVENT) return;
  auto* h = static_cast<handle_ctx*>(ctx);
  std::weak_ptr<core> owner = h->owner;
  auto self = owner.lock();
  if (!self) return;
  asio::post(self->strand_, [owner, generation = h->generation, state] {
    if (auto s = owner.lock()) s->on_state(generation, state);
  });
}

bool zk_session::core::open_handle() {
  std::uint64_t generation;
  {
    std::shared_lock lock(handle_mutex_);
    generation = generation_;
  }
  auto ctx = std::make_unique<handle_ctx>(handle_ctx{weak_from_this(), generation});
  // The chroot is the C client's own: it prefixes requests and strips results.
  zhandle_t* zh = zookeeper_init2(connect_.c_str(), &core::on_session_event, static_cast<int>(session_timeout_.count()),
                                  nullptr, ctx.get(), 0, &zk_c::log_callback);
  if (zh == nullptr) return false;
  {
    std::unique_lock lock(handle_mutex_);
    if (!closed_ && generation == generation_) {
      zh_ = zh;
      zh_ctx_ = std::move(ctx);
      return true;
    }
  }
  // close() ran meanwhile: this handle must not outlive it.
  zookeeper_close(zh);
  errno = ESHUTDOWN;
  return false;
}

void zk_session::core::retire_handle() {
  zhandle_t* zh = nullptr;
  std::unique_ptr<handle_ctx> ctx;
  std::uint64_t generation;
  {
    std::unique_lock lock(handle_mutex_);
    zh = zh_;
    zh_ = nullptr;
    ctx = std::move(zh_ctx_);
    generation = generation_++;
  }
  // Sends closeSession when connected (the server deletes our ephemerals) and
  // joins the C client's threads; pending requests complete with ZCLOSING. An
  // expired handle is not connected: closing it sends nothing, so it is quick
  // even on the strand. `ctx` outlives the close: the C client's last
  // callbacks still read it.
  if (zh != nullptr) zookeeper_close(zh);
  drop_watches(generation);
}

void zk_session::core::reopen() {
  retire_handle();
  if (closed_) return;
  log::info("zookeeper: initializing a new session to {}", connect_);
  if (open_handle()) return;
  if (closed_) return;
  log::warn("zookeeper: could not create a handle for {} ({}); retrying in {} ms", connect_, std::strerror(errno),
            reopen_backoff.count());
  reopen_retry_ = std::make_unique<asio::steady_timer>(strand_, reopen_backoff);
  reopen_retry_->async_wait([w = weak_from_this()](boost::system::error_code ec) {
    auto self = w.lock();
    if (ec || !self || self->closed_) return;
    if (!self->open_handle()) self->reopen();
  });
}

void zk_session::core::on_state(std::uint64_t generation, int state) {
  {
    std::shared_lock lock(handle_mutex_);
    if (closed_ || generation != generation_ || zh_ == nullptr) return;
  }
  if (state == ZOO_CONNECTED_STATE || state == ZOO_READONLY_STATE) {
    std::int64_t id = 0;
    {
      std::shared_lock lock(handle_mutex_);
      if (zh_ != nullptr) id = zoo_client_id(zh_)->client_id;
    }
    session_id_ = id;
    if (!connected_) {
      connected_ = true;
      log::info("zookeeper: connected to {}, session 0x{:x}", hosts_, id);
      notify(zk_session_event::connected, id);
    }
    wake_waiters();
  } else if (state == ZOO_EXPIRED_SESSION_STATE) {
    const std::int64_t old = session_id_;
    connected_ = false;
    log::warn("zookeeper: session 0x{:x} expired; opening a new session", old);
    notify(zk_session_event::expired, old);
    reopen();
    wake_waiters();
  } else if (state == ZOO_AUTH_FAILED_STATE) {
    // Not retried: credentials do not fix themselves (Kafka fails start-up too).
    connected_ = false;
    auth_failed_ = true;
    log::error("zookeeper: authentication failed for {}", hosts_);
    wake_waiters();
  } else if (connected_) {
    // CONNECTING / ASSOCIATING: the connection is gone; the C client reconnects
    // by itself and the session lives on until its timeout.
    connected_ = false;
    log::warn("zookeeper: disconnected from {}, session 0x{:x}", hosts_, session_id_.load());
    notify(zk_session_event::disconnected, session_id_);
  }
}

void zk_session::core::notify(zk_session_event e, std::int64_t session_id) {
  // A copy: a listener may add another listener.
  auto listeners = listeners_;
  for (auto& l : listeners)
    l(e, session_id);
}

void zk_session::core::wake_waiters() {
  for (auto& t : waiters_)
    t->cancel();
}

void zk_session::core::add_listener(zk_session_listener l) {
  asio::post(strand_,
             [self = shared_from_this(), l = std::move(l)]() mutable { self->listeners_.push_back(std::move(l)); });
}

asio::awaitable<bool> zk_session::core::wait_connected(std::chrono::milliseconds timeout) {
  // Named awaitables and function objects: GCC 12 destroys non-trivial
  // temporaries inside a co_await expression twice (see gannet/common/run_on.h).
  auto op = asio::co_spawn(strand_, wait_on_strand(shared_from_this(), timeout), asio::use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<bool> zk_session::core::wait_on_strand(std::shared_ptr<core> self, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!self->connected_ && !self->auth_failed_ && !self->closed_ && std::chrono::steady_clock::now() < deadline) {
    auto t = std::make_shared<asio::steady_timer>(self->strand_, deadline);
    self->waiters_.push_back(t);
    auto wait = t->async_wait(asio::as_tuple(asio::use_awaitable));
    co_await std::move(wait);
    std::erase(self->waiters_, t);
  }
  co_return self->connected_ && !self->closed_;
}

asio::awaitable<result<void>> zk_session::core::connect(std::chrono::milliseconds connection_timeout) {
  auto op = asio::co_spawn(strand_, connect_on_strand(shared_from_this(), connection_timeout), asio::use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<result<void>> zk_session::core::ensure_chroot(std::chrono::milliseconds connection_timeout) {
  // As Kafka's KafkaZkClient.apply: a client without the chroot creates it,
  // then goes away.
  zk_session root(executor_, hosts_, session_timeout_);
  auto connect = root.connect(connection_timeout);
  if (auto r = co_await std::move(connect); !r) {
    set_connect_error(root.connect_error());
    co_return r;
  }
  auto exists_op = root.exists(chroot_);
  auto exists = co_await std::move(exists_op);
  if (!exists) {
    set_connect_error("Could not check the chroot " + chroot_ + ": " + exists.error().message());
    co_return exists.error();
  }
  if (!*exists) {
    auto create = root.create_recursive(chroot_, {});
    if (auto r = co_await std::move(create); !r) {
      set_connect_error("Could not create the chroot " + chroot_ + ": " + r.error().message());
      co_return r;
    }
    log::info("zookeeper: created the chroot {}", chroot_);
  }
  root.close();
  co_return result<void>{};
}

asio::awaitable<result<void>> zk_session::core::connect_on_strand([[maybe_unused]] std::shared_ptr<core> self,
                                                                  std::chrono::milliseconds connection_timeout) {
  // `self` keeps the core alive while this runs; the body uses `this`.
  if (closed_) co_return make_error_code(zk_errc::closing);
  if (connect_started_) {
    // A second handle would leak the first one's session.
    set_connect_error("connect() was already called on this session");
    co_return make_error_code(zk_errc::bad_arguments);
  }
  connect_started_ = true;
  if (!chroot_.empty()) {
    auto chroot = ensure_chroot(connection_timeout);
    if (auto r = co_await std::move(chroot); !r) {
      close();
      co_return r;
    }
  }
  log::info("zookeeper: connecting to {}", connect_);
  if (!open_handle()) {
    const int e = errno;
    set_connect_error("Invalid zookeeper.connect '" + connect_ + "': " + std::strerror(e));
    close();
    co_return make_error_code(e == ESHUTDOWN ? zk_errc::closing : zk_errc::bad_arguments);
  }
  const auto deadline = std::chrono::steady_clock::now() + connection_timeout;
  while (!connected_ && !auth_failed_ && !closed_ && std::chrono::steady_clock::now() < deadline) {
    auto t = std::make_shared<asio::steady_timer>(strand_, deadline);
    waiters_.push_back(t);
    auto wait = t->async_wait(asio::as_tuple(asio::use_awaitable));
    co_await std::move(wait);
    std::erase(waiters_, t);
  }
  if (closed_) co_return make_error_code(zk_errc::closing);
  if (connected_) co_return result<void>{};
  if (auth_failed_) {
    set_connect_error("Auth failed either before or while waiting for connection");
    close();
    co_return make_error_code(zk_errc::auth_failed);
  }
  int state = 0;
  {
    std::shared_lock lock(handle_mutex_);
    if (zh_ != nullptr) state = zoo_state(zh_);
  }
  set_connect_error("Timed out waiting for connection while in state: " + std::string(zk_c::state_name(state)));
  log::error("zookeeper: {} ({})", connect_error(), connect_);
  close();
  co_return make_error_code(zk_errc::operation_timeout);
}

void zk_session::core::close() {
  if (closed_.exchange(true)) return;
  retire_handle();
  session_id_ = 0;
  asio::post(strand_, [w = weak_from_this()] {
    if (auto s = w.lock()) s->wake_waiters();
  });
}

zk_session::client_id zk_session::core::current_client_id() const {
  std::shared_lock lock(handle_mutex_);
  if (zh_ == nullptr) return {};
  const clientid_t* id = zoo_client_id(zh_);
  return {id->client_id, std::string(id->passwd, sizeof(id->passwd))};
}

std::string zk_session::core::connect_error() const {
  std::lock_guard lock(error_mutex_);
  return connect_error_;
}

void zk_session::core::set_connect_error(std::string m) {
  std::lock_guard lock(error_mutex_);
  connect_error_ = std::move(m);
}

}  // namespace gannet::cluster
