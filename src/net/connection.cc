#include "connection.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstring>
#include <exception>

#include "connection_registry.h"
#include "endpoint_format.h"
#include "gannet/common/assert.h"
#include "gannet/common/logging.h"

namespace gannet::net {

namespace asio = boost::asio;
using asio::as_tuple;
using asio::use_awaitable;
using boost::system::error_code;
using clock_type = std::chrono::steady_clock;

namespace {
// Small frames are read through this buffer, several per read when pipelined;
// larger ones straight into their own buffer, which starts at large_frame_chunk
// and doubles as bytes arrive.
constexpr std::size_t read_buffer_size = 16 * 1024;
constexpr std::size_t large_frame_chunk = 64 * 1024;
// One write gathers at most this many responses (or bytes).
constexpr std::size_t max_batch_frames = 64;
constexpr std::size_t max_batch_bytes = 1 << 20;
// A graceful close with unread bytes in the socket reads and discards for at most
// this long (closing with unread data would send a reset, which can destroy the
// responses still in flight to the client).
constexpr std::chrono::milliseconds linger_time{500};
}  // namespace

connection::connection(asio::ip::tcp::socket socket, std::uint64_t id, std::string listener_name,
                       connection_environment env)
    : socket_(std::move(socket)),
      env_(env),
      writer_(socket_, env.counters, last_activity_),
      last_activity_(clock_type::now()),
      idle_timer_(socket_.get_executor()),
      read_wake_(socket_.get_executor()),
      write_wake_(socket_.get_executor()) {
  ctx_.id = id;
  ctx_.listener_name = std::move(listener_name);
  error_code ec;
  ctx_.local_endpoint = socket_.local_endpoint(ec);
  ctx_.remote_endpoint = socket_.remote_endpoint(ec);
  ctx_.executor = socket_.get_executor();
  env_.counters.connections_open.fetch_add(1, std::memory_order_relaxed);
}

connection::~connection() {
  // A connection refused at max.connections, or one the io_context destroyed unclosed.
  if (!closed_) {
    env_.counters.buffered_bytes.fetch_sub(buffered_, std::memory_order_relaxed);
    env_.counters.connections_open.fetch_sub(1, std::memory_order_relaxed);
    env_.registry.remove(ctx_.id);
  }
}

void connection::start() {
  error_code ec;
  socket_.set_option(asio::ip::tcp::no_delay(true), ec);
  if (env_.config.socket_send_buffer_bytes > 0) {
    socket_.set_option(asio::socket_base::send_buffer_size(env_.config.socket_send_buffer_bytes), ec);
  }
  if (env_.config.socket_receive_buffer_bytes > 0) {
    socket_.set_option(asio::socket_base::receive_buffer_size(env_.config.socket_receive_buffer_bytes), ec);
  }
  // sendfile must return EAGAIN instead of blocking a network thread.
  socket_.native_non_blocking(true, ec);
  if (ec) {
    log::warn("connection {} from {}: cannot make the socket non-blocking: {}", ctx_.id,
              format_endpoint(ctx_.remote_endpoint), ec.message());
  }
  auto self = shared_from_this();
  spawn(read_loop(self));
  spawn(write_loop(self));
  spawn(idle_loop(self));
}

void connection::drain() {
  asio::post(socket_.get_executor(), [self = shared_from_this()] { self->begin_drain("server shutting down"); });
}

void connection::close_soon() {
  asio::post(socket_.get_executor(), [self = shared_from_this()] { self->close("server shutdown timed out"); });
}

void connection::spawn(asio::awaitable<void> task) {
  auto on_done = [self = shared_from_this()](std::exception_ptr e) {
    if (!e) return;
    try {
      std::rethrow_exception(e);
    } catch (const std::exception& ex) {
      log::error("connection {}: internal error: {}", self->ctx_.id, ex.what());
    } catch (...) {
      log::error("connection {}: internal error", self->ctx_.id);
    }
    self->close("internal error");
  };
  asio::co_spawn(socket_.get_executor(), std::move(task), asio::bind_executor(socket_.get_executor(), on_done));
}

bool connection::may_read() const {
  std::size_t n = in_flight();
  if (n == 0) return true;
  return n < static_cast<std::size_t>(std::max(1, env_.config.max_in_flight_requests)) &&
         buffered_ < env_.config.max_buffered_bytes;
}

void connection::add_buffered(std::size_t n) {
  buffered_ += n;
  env_.counters.buffered_bytes.fetch_add(n, std::memory_order_relaxed);
}

void connection::release_buffered(std::size_t n) {
  GANNET_ASSERT(n <= buffered_);
  buffered_ -= n;
  env_.counters.buffered_bytes.fetch_sub(n, std::memory_order_relaxed);
}

asio::awaitable<void> connection::read_loop([[maybe_unused]] std::shared_ptr<connection> self) {
  const std::int32_t max_size = env_.config.socket_request_max_bytes;
  for (;;) {
    if (!closed_ && !draining_ && !may_read()) {
      env_.counters.read_paused.fetch_add(1, std::memory_order_relaxed);
      while (!closed_ && !draining_ && !may_read()) {
        read_wake_.expires_at(clock_type::time_point::max());
        co_await read_wake_.async_wait(as_tuple(use_awaitable));
      }
    }
    if (closed_) co_return;

    co_await wait_readable_without_buffer();
    if (!co_await fill(4, false)) co_return;
    const std::uint8_t* p = rbuf_.data() + rpos_;
    const auto size = static_cast<std::int32_t>((std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) |
                                                (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]});
    rpos_ += 4;
    if (size < 0 || size > max_size) {
      log::warn("connection {} from {}: request size {} is outside [0, {}] (socket.request.max.bytes), closing",
                ctx_.id, format_endpoint(ctx_.remote_endpoint), size, max_size);
      env_.counters.frames_rejected.fetch_add(1, std::memory_order_relaxed);
      close("bad request size");
      co_return;
    }

    const auto frame_size = static_cast<std::size_t>(size);
    if (!co_await acquire_budget(frame_size)) {
      if (closed_) co_return;
      close("draining with a request the memory budget cannot take");
      co_return;
    }
    auto body = co_await read_body(frame_size);
    if (!body || closed_ || draining_) {
      env_.budget.release(frame_size);
      if (!body || closed_) co_return;
      continue;  // closing: requests read now are dropped
    }

    request_frame frame;
    frame.bytes = std::move(*body);
    frame.sequence = next_seq_++;
    frame.received_at = clock_type::now();
    pending_.emplace_back();
    ++handlers_running_;
    add_buffered(frame.bytes.size());
    env_.counters.requests.fetch_add(1, std::memory_order_relaxed);
    spawn(handle_request(self, std::move(frame)));
  }
}

asio::awaitable<bool> connection::acquire_budget(std::size_t size) {
  std::weak_ptr<connection> weak = weak_from_this();
  auto wake = [weak] {
    if (auto c = weak.lock()) asio::post(c->socket_.get_executor(), [c] { c->read_wake_.cancel(); });
  };
  bool counted = false;
  while (!env_.budget.acquire_or_wait(size, wake)) {
    if (!counted) {
      env_.counters.read_paused.fetch_add(1, std::memory_order_relaxed);
      counted = true;
    }
    read_wake_.expires_at(clock_type::time_point::max());
    co_await read_wake_.async_wait(as_tuple(use_awaitable));
    if (closed_ || draining_) co_return false;
  }
  co_return true;
}

asio::awaitable<void> connection::wait_readable_without_buffer() {
  if (rpos_ == rend_) {
    error_code ec;
    if (!rbuf_.empty() && socket_.available(ec) == 0 && !ec) {
      std::vector<std::uint8_t>().swap(rbuf_);
      rpos_ = rend_ = 0;
    }
    if (rbuf_.empty()) {
      // Errors and EOF show on the read that follows.
      co_await socket_.async_wait(asio::ip::tcp::socket::wait_read, as_tuple(use_awaitable));
    }
  }
  if (rbuf_.empty()) rbuf_.resize(read_buffer_size);
}

asio::awaitable<bool> connection::fill(std::size_t n, bool in_frame) {
  GANNET_ASSERT(n <= rbuf_.size());
  while (rend_ - rpos_ < n) {
    if (rpos_ > 0) {
      std::memmove(rbuf_.data(), rbuf_.data() + rpos_, rend_ - rpos_);
      rend_ -= rpos_;
      rpos_ = 0;
    }
    auto [ec, got] = co_await socket_.async_read_some(asio::buffer(rbuf_.data() + rend_, rbuf_.size() - rend_),
                                                      as_tuple(use_awaitable));
    if (ec) {
      on_read_error(ec, in_frame || rend_ > rpos_);
      co_return false;
    }
    rend_ += got;
    env_.counters.bytes_in.fetch_add(got, std::memory_order_relaxed);
    last_activity_ = clock_type::now();
  }
  co_return true;
}

asio::awaitable<std::optional<std::vector<std::uint8_t>>> connection::read_body(std::size_t size) {
  std::vector<std::uint8_t> body;
  if (size <= rbuf_.size()) {
    if (!co_await fill(size, true)) co_return std::nullopt;
    body.assign(rbuf_.begin() + static_cast<std::ptrdiff_t>(rpos_),
                rbuf_.begin() + static_cast<std::ptrdiff_t>(rpos_ + size));
    rpos_ += size;
    co_return body;
  }
  // A large frame: grow its buffer as bytes arrive, so a peer that claims a large
  // size and sends nothing costs little memory.
  std::size_t got = std::min(rend_ - rpos_, size);
  body.resize(std::min(size, std::max(got, large_frame_chunk)));
  std::memcpy(body.data(), rbuf_.data() + rpos_, got);
  rpos_ += got;
  while (got < size) {
    if (got == body.size()) body.resize(std::min(size, body.size() * 2));
    auto [ec, n] =
        co_await socket_.async_read_some(asio::buffer(body.data() + got, body.size() - got), as_tuple(use_awaitable));
    if (ec) {
      on_read_error(ec, true);
      co_return std::nullopt;
    }
    got += n;
    env_.counters.bytes_in.fetch_add(n, std::memory_order_relaxed);
    last_activity_ = clock_type::now();
  }
  co_return body;
}

void connection::on_read_error(const error_code& ec, bool mid_frame) {
  if (closed_ || ec == asio::error::operation_aborted) return;
  if (ec == asio::error::eof) {
    peer_eof_ = true;
    if (lingering_) {
      close(drain_reason_);
      return;
    }
    if (mid_frame) {
      log::debug("connection {} from {}: peer closed in the middle of a request", ctx_.id,
                 format_endpoint(ctx_.remote_endpoint));
    }
    begin_drain("peer closed");
    return;
  }
  close(ec.message());
}

asio::awaitable<void> connection::handle_request([[maybe_unused]] std::shared_ptr<connection> self,
                                                 request_frame frame) {
  const std::uint64_t seq = frame.sequence;
  const std::size_t request_bytes = frame.bytes.size();
  handler_result result;
  try {
    result = co_await env_.handler.handle(std::move(frame), ctx_);
  } catch (const std::exception& e) {
    log::warn("connection {}: request {} failed: {}", ctx_.id, seq, e.what());
    result = handler_result::close("handler failed");
  } catch (...) {
    log::warn("connection {}: request {} failed", ctx_.id, seq);
    result = handler_result::close("handler failed");
  }
  --handlers_running_;
  // The frame's bytes are gone with the handler: back to the broker-wide budget
  // even when the connection closed meanwhile.
  env_.budget.release(request_bytes);
  if (closed_ || lingering_) co_return;
  last_activity_ = clock_type::now();
  release_buffered(request_bytes);
  if (result.what == handler_result::action::respond) add_buffered(result.frame.bytes.size());
  GANNET_ASSERT(seq >= base_seq_ && seq - base_seq_ < pending_.size());
  pending_[seq - base_seq_].result = std::move(result);
  if (seq == base_seq_) write_wake_.cancel();
}

asio::awaitable<void> connection::write_loop([[maybe_unused]] std::shared_ptr<connection> self) {
  for (;;) {
    while (!closed_ && !head_ready()) {
      if (draining_ && pending_.empty()) {
        finish(drain_reason_);
        co_return;
      }
      write_wake_.expires_at(clock_type::time_point::max());
      co_await write_wake_.async_wait(as_tuple(use_awaitable));
    }
    if (closed_) co_return;

    // Take the ready responses at the head of the queue, in order.
    std::vector<outbound_frame> batch;
    std::size_t batch_bytes = 0;
    std::optional<std::string> close_reason;
    while (head_ready() && batch.size() < max_batch_frames && batch_bytes < max_batch_bytes) {
      handler_result r = std::move(*pending_.front().result);
      pending_.pop_front();
      ++base_seq_;
      if (r.what == handler_result::action::no_response) continue;
      if (r.what == handler_result::action::close) {
        close_reason = r.close_reason.empty() ? std::string("closed by the handler") : std::move(r.close_reason);
        break;
      }
      release_buffered(r.frame.bytes.size());  // counted again below while being written
      if (std::string bad = frame_writer::check(r.frame); !bad.empty()) {
        log::error("connection {}: dropping a malformed response ({}), closing", ctx_.id, bad);
        close_reason = "malformed response";
        break;
      }
      batch_bytes += r.frame.bytes.size();
      batch.push_back(std::move(r.frame));
    }

    if (!batch.empty()) {
      const std::size_t count = batch.size();
      writing_ = count;
      add_buffered(batch_bytes);
      error_code ec = co_await writer_.write(std::move(batch));
      if (closed_) co_return;
      writing_ = 0;
      release_buffered(batch_bytes);
      if (ec) {
        close(ec.message());
        co_return;
      }
      env_.counters.responses.fetch_add(count, std::memory_order_relaxed);
    }
    if (close_reason) {
      finish(*close_reason);
      co_return;
    }
    read_wake_.cancel();  // fewer requests in flight: the reader may go on
  }
}

asio::awaitable<void> connection::idle_loop([[maybe_unused]] std::shared_ptr<connection> self) {
  // Also the linger deadline of a graceful close.
  const auto idle = env_.config.connections_max_idle_ms;
  const bool idle_enabled = idle.count() > 0;
  while (!closed_) {
    auto deadline = clock_type::time_point::max();
    if (lingering_) {
      deadline = linger_deadline_;
    } else if (idle_enabled) {
      deadline = last_activity_ + idle;
      if (handlers_running_ > 0) deadline = std::max(deadline, clock_type::now() + idle);
    }
    idle_timer_.expires_at(deadline);
    co_await idle_timer_.async_wait(as_tuple(use_awaitable));
    if (closed_) co_return;
    const auto now = clock_type::now();
    if (lingering_) {
      if (now >= linger_deadline_) close(drain_reason_);
      continue;
    }
    if (idle_enabled && handlers_running_ == 0 && now >= last_activity_ + idle) {
      env_.counters.idle_closed.fetch_add(1, std::memory_order_relaxed);
      close("idle for connections.max.idle.ms");
      co_return;
    }
  }
}

void connection::begin_drain(std::string_view reason) {
  if (closed_ || draining_) return;
  draining_ = true;
  drain_reason_ = reason;
  read_wake_.cancel();
  write_wake_.cancel();
}

void connection::finish(std::string_view reason) {
  if (closed_ || lingering_) return;
  error_code ec;
  const std::size_t unread = socket_.available(ec);
  if (peer_eof_ || ec || unread == 0) {
    close(reason);
    return;
  }
  // The peer sent requests we will not read: send FIN after the responses, keep
  // reading (the reader discards while draining) until its EOF or the deadline.
  drain_reason_ = std::string(reason);
  draining_ = true;
  lingering_ = true;
  linger_deadline_ = clock_type::now() + linger_time;
  socket_.shutdown(asio::ip::tcp::socket::shutdown_send, ec);
  pending_.clear();
  idle_timer_.cancel();
  read_wake_.cancel();
}

void connection::close(std::string_view reason) {
  if (closed_) return;
  closed_ = true;
  log::debug("connection {} from {} closed: {}", ctx_.id, format_endpoint(ctx_.remote_endpoint), reason);
  error_code ignored;
  socket_.shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
  socket_.close(ignored);
  idle_timer_.cancel();
  read_wake_.cancel();
  write_wake_.cancel();
  pending_.clear();
  env_.counters.buffered_bytes.fetch_sub(buffered_, std::memory_order_relaxed);
  buffered_ = 0;
  env_.counters.connections_open.fetch_sub(1, std::memory_order_relaxed);
  env_.registry.remove(ctx_.id);
}

}  // namespace gannet::net
