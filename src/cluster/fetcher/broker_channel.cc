// broker_channel (gannet/cluster/broker_channel.h): connection, pipelined requests matched in
// order, timeouts and reconnects.
//
// Everything below runs on the channel's strand: the public calls co_spawn the impl's coroutines
// there (a `co_await dispatch(strand)` would not do: the awaiting coroutine resumes on its own
// executor). The impl is held by shared_ptr because the
// reader and writer coroutines spawned for a connection must keep it alive until they have seen
// the socket close; the state itself is only ever touched on the strand.

#include "gannet/cluster/broker_channel.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <deque>
#include <optional>

#include "gannet/common/logging.h"
#include "gannet/protocol/headers.h"
#include "gannet/protocol/messages/request_header.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using asio::as_tuple;
using asio::use_awaitable;
using clock = std::chrono::steady_clock;

class channel_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "broker_channel"; }
  std::string message(int c) const override {
    switch (static_cast<channel_errc>(c)) {
      case channel_errc::connect_failed:
        return "connection to the broker failed";
      case channel_errc::connect_timeout:
        return "connection to the broker timed out";
      case channel_errc::request_timed_out:
        return "request timed out";
      case channel_errc::disconnected:
        return "disconnected while the request was in flight";
      case channel_errc::protocol_error:
        return "malformed or unexpected response frame";
      case channel_errc::encode_failed:
        return "request cannot be encoded at this version";
      case channel_errc::decode_failed:
        return "response does not decode at this version";
      case channel_errc::closed:
        return "channel closed";
    }
    return "unknown broker_channel error";
  }
};

// A one-shot wake-up for a coroutine waiting on the strand: signal() before or during the wait
// both end it, and the wait also ends at its deadline. No lost wake-ups because signal and wait
// run on the same strand and the flag is checked before suspending.
class waiter {
 public:
  explicit waiter(asio::any_io_executor ex) : timer_(std::move(ex)) {}
  void signal() {
    signaled_ = true;
    timer_.cancel();
  }
  bool signaled() const { return signaled_; }
  // Returns signaled().
  asio::awaitable<bool> wait_until(clock::time_point deadline) {
    if (signaled_) co_return true;
    timer_.expires_at(deadline);
    co_await timer_.async_wait(as_tuple(use_awaitable));
    co_return signaled_;
  }

 private:
  asio::steady_timer timer_;
  bool signaled_ = false;
};

}  // namespace

const std::error_category& channel_category() {
  static const channel_category_impl c;
  return c;
}

std::error_code make_error_code(channel_errc e) { return {static_cast<int>(e), channel_category()}; }

class broker_channel::impl : public std::enable_shared_from_this<impl> {
 public:
  impl(asio::any_io_executor ex, broker_address target, broker_channel_config config)
      : strand_(asio::make_strand(ex)),
        socket_(strand_),
        target_(std::move(target)),
        config_(std::move(config)),
        backoff_(config_.reconnect_backoff) {}

  asio::awaitable<result<raw_response>> round_trip(std::int16_t api_key, std::int16_t version,
                                                   std::vector<std::uint8_t> body) {
    if (closed_) co_return make_error_code(channel_errc::closed);
    const auto deadline = clock::now() + config_.request_timeout;
    // (GCC 12: no co_await inside conditions; named results instead.)
    const result<void> connected = co_await ensure_connected(deadline);
    if (!connected) co_return connected.error();

    auto p = std::make_shared<pending>(strand_);
    p->correlation_id = next_correlation_id_++;
    p->api_key = api_key;
    p->version = version;
    waiting_.push_back(p);
    enqueue_write(frame(api_key, version, p->correlation_id, body));

    const bool answered = co_await p->wake.wait_until(deadline);
    if (!answered) {
      // No answer in time. Later answers on this connection would queue behind the missing one,
      // so the connection goes (Kafka's NetworkClient.handleTimedOutRequests does the same).
      log::warn("broker_channel {}: {} v{} (correlation id {}) to broker {} at {}:{} timed out after {} ms",
                config_.client_id, api_name(api_key), version, p->correlation_id, target_.id, target_.host,
                target_.port, config_.request_timeout.count());
      std::erase(waiting_, p);
      fail_connection(channel_errc::disconnected);
      co_return make_error_code(channel_errc::request_timed_out);
    }
    co_return std::move(*p->outcome);
  }

  asio::awaitable<void> close() {
    closed_ = true;
    fail_connection(channel_errc::closed);
    for (auto* w : connect_waiters_)
      w->signal();
    connect_waiters_.clear();
    if (backoff_timer_) backoff_timer_->cancel();
    co_return;
  }

  const broker_address& target() const { return target_; }
  const asio::strand<asio::any_io_executor>& strand() const { return strand_; }
  std::uint64_t connection_count() const { return connections_made_.load(); }

 private:
  enum class conn_state { disconnected, connecting, connected };

  struct pending {
    explicit pending(asio::any_io_executor ex) : wake(std::move(ex)) {}
    std::int32_t correlation_id = 0;
    std::int16_t api_key = 0;
    std::int16_t version = 0;
    std::optional<result<raw_response>> outcome;
    waiter wake;
  };

  static std::string api_name(std::int16_t key) {
    const auto* api = protocol::find_api(key);
    return api ? std::string(api->name) : "api " + std::to_string(key);
  }

  std::vector<std::uint8_t> frame(std::int16_t key, std::int16_t version, std::int32_t correlation_id,
                                  const std::vector<std::uint8_t>& body) const {
    outbound_frame f;
    f.bytes.resize(4);  // size prefix, patched below
    protocol::writer w(f);
    protocol::request_header h;
    h.request_api_key = key;
    h.request_api_version = version;
    h.correlation_id = correlation_id;
    h.client_id = config_.client_id;
    h.encode(w, protocol::request_header_version(key, version));
    f.bytes.insert(f.bytes.end(), body.begin(), body.end());
    const auto size = static_cast<std::uint32_t>(f.bytes.size() - 4);
    for (std::size_t i = 0; i < 4; ++i)
      f.bytes[i] = static_cast<std::uint8_t>(size >> (24 - 8 * i));
    return std::move(f.bytes);
  }

  // Connected on return, or the error that stopped it (connect failure, or the request's deadline
  // passing while it waited for another request's connect or for the reconnect backoff).
  asio::awaitable<result<void>> ensure_connected(clock::time_point deadline) {
    while (true) {
      if (closed_) co_return make_error_code(channel_errc::closed);
      if (state_ == conn_state::connected) co_return result<void>{};
      if (state_ == conn_state::connecting) {
        waiter w(strand_);
        connect_waiters_.push_back(&w);
        const bool woke = co_await w.wait_until(deadline);
        std::erase(connect_waiters_, &w);
        if (!woke) co_return make_error_code(channel_errc::request_timed_out);
        if (state_ != conn_state::connected && last_connect_error_) co_return last_connect_error_;
        continue;
      }
      const auto now = clock::now();
      if (now < next_connect_at_) {
        if (next_connect_at_ > deadline) co_return make_error_code(channel_errc::request_timed_out);
        if (!backoff_timer_) backoff_timer_.emplace(strand_);
        backoff_timer_->expires_at(next_connect_at_);
        co_await backoff_timer_->async_wait(as_tuple(use_awaitable));
        continue;
      }
      co_return co_await connect();
    }
  }

  asio::awaitable<result<void>> connect() {
    state_ = conn_state::connecting;
    auto self = shared_from_this();
    std::error_code ec = co_await connect_with_timeout();
    if (closed_) ec = make_error_code(channel_errc::closed);
    if (ec) {
      state_ = conn_state::disconnected;
      last_connect_error_ = ec;
      next_connect_at_ = clock::now() + backoff_;
      backoff_ = std::min(backoff_ * 2, config_.reconnect_backoff_max);
      log::warn("broker_channel {}: connection to broker {} at {}:{} failed: {}", config_.client_id, target_.id,
                target_.host, target_.port, ec.message());
    } else {
      state_ = conn_state::connected;
      last_connect_error_ = {};
      backoff_ = config_.reconnect_backoff;
      ++generation_;
      connections_made_.fetch_add(1);
      asio::co_spawn(strand_, read_loop(self, generation_), asio::detached);
    }
    for (auto* w : connect_waiters_)
      w->signal();
    co_return ec ? result<void>(ec) : result<void>{};
  }

  asio::awaitable<std::error_code> connect_with_timeout() {
    asio::ip::tcp::resolver resolver(strand_);
    auto [rec, endpoints] =
        co_await resolver.async_resolve(target_.host, std::to_string(target_.port), as_tuple(use_awaitable));
    if (rec || endpoints.empty()) co_return make_error_code(channel_errc::connect_failed);
    // The timer closes the socket at the deadline, which ends async_connect with an error. The
    // flag is shared because the timer's handler may run after this frame has moved on.
    auto timed_out = std::make_shared<bool>(false);
    const std::uint64_t attempt = ++connect_attempts_;
    asio::steady_timer timer(strand_);
    timer.expires_after(config_.connect_timeout);
    socket_ = asio::ip::tcp::socket(strand_);
    {
      boost::system::error_code ignored;
      socket_.open(endpoints.begin()->endpoint().protocol(), ignored);
      // Set before connecting so that the TCP window scale covers it.
      if (config_.receive_buffer_bytes > 0)
        socket_.set_option(asio::socket_base::receive_buffer_size(config_.receive_buffer_bytes), ignored);
    }
    timer.async_wait([self = shared_from_this(), timed_out, attempt](boost::system::error_code e) {
      if (e || attempt != self->connect_attempts_ || self->state_ != conn_state::connecting) return;
      *timed_out = true;
      boost::system::error_code ignored;
      self->socket_.close(ignored);
    });
    // The first resolved address only: the socket is opened (and its options set) for it.
    auto [cec] = co_await socket_.async_connect(*endpoints.begin(), as_tuple(use_awaitable));
    timer.cancel();
    ++connect_attempts_;  // a timer handler already queued now does nothing
    if (*timed_out) co_return make_error_code(channel_errc::connect_timeout);
    if (cec) co_return make_error_code(channel_errc::connect_failed);
    boost::system::error_code ignored;
    socket_.set_option(asio::ip::tcp::no_delay(true), ignored);
    co_return std::error_code{};
  }

  void enqueue_write(std::vector<std::uint8_t> bytes) {
    write_queue_.push_back(std::move(bytes));
    if (!writing_) {
      writing_ = true;
      asio::co_spawn(strand_, write_loop(shared_from_this(), generation_), asio::detached);
    }
  }

  asio::awaitable<void> write_loop([[maybe_unused]] std::shared_ptr<impl> self, std::uint64_t generation) {
    while (generation == generation_ && !write_queue_.empty()) {
      // Owned by this frame while the write runs: fail_connection may clear the queue meanwhile.
      std::vector<std::uint8_t> bytes = std::move(write_queue_.front());
      write_queue_.pop_front();
      auto [ec, n] = co_await asio::async_write(socket_, asio::buffer(bytes), as_tuple(use_awaitable));
      if (generation != generation_) break;
      if (ec) {
        log::warn("broker_channel {}: write to broker {} failed: {}", config_.client_id, target_.id, ec.message());
        fail_connection(channel_errc::disconnected);
        break;
      }
    }
    if (generation == generation_) writing_ = false;
  }

  asio::awaitable<void> read_loop([[maybe_unused]] std::shared_ptr<impl> self, std::uint64_t generation) {
    while (generation == generation_) {
      std::uint8_t size_bytes[4];
      auto [ec, n] = co_await asio::async_read(socket_, asio::buffer(size_bytes), as_tuple(use_awaitable));
      if (generation != generation_) co_return;
      if (ec) {
        if (!waiting_.empty())
          log::warn("broker_channel {}: connection to broker {} lost with {} requests waiting: {}", config_.client_id,
                    target_.id, waiting_.size(), ec.message());
        fail_connection(channel_errc::disconnected);
        co_return;
      }
      const std::uint32_t size = (std::uint32_t{size_bytes[0]} << 24) | (std::uint32_t{size_bytes[1]} << 16) |
                                 (std::uint32_t{size_bytes[2]} << 8) | std::uint32_t{size_bytes[3]};
      if (size < 4 || size > static_cast<std::uint32_t>(config_.max_response_bytes)) {
        log::warn("broker_channel {}: broker {} sent a response of {} bytes; closing", config_.client_id, target_.id,
                  size);
        fail_connection(channel_errc::protocol_error);
        co_return;
      }
      std::vector<std::uint8_t> buf(size);
      auto [ec2, n2] = co_await asio::async_read(socket_, asio::buffer(buf), as_tuple(use_awaitable));
      if (generation != generation_) co_return;
      if (ec2) {
        fail_connection(channel_errc::disconnected);
        co_return;
      }
      deliver(std::move(buf));
    }
  }

  // One response frame (after the size prefix): it answers the oldest waiting request or the
  // connection is broken.
  void deliver(std::vector<std::uint8_t> buf) {
    protocol::reader r(buf);
    const std::int32_t correlation_id = r.read_int32();
    if (waiting_.empty() || waiting_.front()->correlation_id != correlation_id) {
      log::warn("broker_channel {}: broker {} answered correlation id {}, expected {}; closing", config_.client_id,
                target_.id, correlation_id,
                waiting_.empty() ? std::string("none") : std::to_string(waiting_.front()->correlation_id));
      fail_connection(channel_errc::protocol_error);
      return;
    }
    auto p = waiting_.front();
    waiting_.pop_front();
    if (protocol::response_header_version(p->api_key, p->version) >= 1) r.skip_tagged_fields();
    if (!r.ok()) {
      p->outcome = make_error_code(channel_errc::protocol_error);
    } else {
      buf.erase(buf.begin(), buf.begin() + static_cast<std::ptrdiff_t>(r.position()));
      p->outcome = raw_response{std::move(buf)};
    }
    p->wake.signal();
  }

  // Closes the connection and fails every waiting request with `e`. The next request
  // reconnects after the backoff.
  void fail_connection(channel_errc e) {
    const bool was_connected = state_ == conn_state::connected;
    if (was_connected) {
      ++generation_;  // the connection's reader and writer stop at their next step
      state_ = conn_state::disconnected;
      next_connect_at_ = clock::now() + backoff_;
    }
    boost::system::error_code ignored;
    socket_.close(ignored);
    write_queue_.clear();
    writing_ = false;
    auto failed = std::move(waiting_);
    waiting_.clear();
    for (auto& p : failed) {
      p->outcome = make_error_code(e);
      p->wake.signal();
    }
  }

  asio::strand<asio::any_io_executor> strand_;
  asio::ip::tcp::socket socket_;
  broker_address target_;
  broker_channel_config config_;

  conn_state state_ = conn_state::disconnected;
  bool closed_ = false;
  std::uint64_t generation_ = 0;  // bumped per connection made and per connection lost
  std::atomic<std::uint64_t> connections_made_{0};
  std::int32_t next_correlation_id_ = 0;
  std::deque<std::shared_ptr<pending>> waiting_;  // sent or queued, in send order
  std::deque<std::vector<std::uint8_t>> write_queue_;
  bool writing_ = false;

  std::uint64_t connect_attempts_ = 0;
  std::vector<waiter*> connect_waiters_;
  std::error_code last_connect_error_;
  clock::time_point next_connect_at_{};
  std::chrono::milliseconds backoff_;
  std::optional<asio::steady_timer> backoff_timer_;
};

broker_channel::broker_channel(asio::any_io_executor executor, broker_address target, broker_channel_config config)
    : impl_(std::make_shared<impl>(std::move(executor), std::move(target), std::move(config))) {}

broker_channel::~broker_channel() = default;

asio::awaitable<result<broker_channel::raw_response>> broker_channel::round_trip(std::int16_t api_key,
                                                                                 std::int16_t version,
                                                                                 std::vector<std::uint8_t> body) {
  // Run on the channel's strand; the caller resumes on its own executor.
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->round_trip(api_key, version, std::move(body)), use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<void> broker_channel::close() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->close(), use_awaitable);
  co_await std::move(op);
}

const broker_address& broker_channel::target() const { return impl_->target(); }

std::uint64_t broker_channel::connection_count() const { return impl_->connection_count(); }

}  // namespace gannet::cluster
