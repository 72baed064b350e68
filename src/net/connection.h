#pragma once
// One accepted Kafka connection: framing, pipelining, in-order responses,
// backpressure and the idle timeout.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frame_writer.h"
#include "gannet/net/connection_context.h"
#include "gannet/net/frame_handler.h"
#include "gannet/net/server_config.h"
#include "gannet/net/server_stats.h"
#include "request_budget.h"

namespace gannet::net {

class connection_registry;

// What every connection of a server shares. Owner: server_impl; outlives every
// connection (and the io_context they run on).
struct connection_environment {
  const server_config& config;
  frame_handler& handler;
  server_counters& counters;
  connection_registry& registry;
  request_budget& budget;
};

// A connection reads size-prefixed frames, hands each to the frame_handler and
// writes the results in arrival order (a sequence-numbered queue, `pending_`).
//
// Owner: its own coroutines (reader, writer, idle watchdog, one task per request
// being handled) hold it by shared_ptr; the registry holds a weak reference.
// Executor: one strand, the socket's executor; every member is touched only there
// (drain() and close_soon() post to it). Lifecycle: start() spawns the coroutines;
// it ends when the peer closes, on a protocol or socket error, on idle timeout,
// when the handler asks, or on drain()/close_soon(). Once closed, results of
// handlers still running are dropped; the object goes when the last task ends.
//
// Backpressure: the reader stops while max_in_flight_requests requests are read
// but not answered, or max_buffered_bytes of request and response bytes are held
// (it always admits one request), so a client that never reads its responses
// makes the server stop reading from it rather than buffer without bound; and
// while the broker-wide request_budget cannot take the next frame's size.
//
// Memory of an idle connection: no read buffer. rbuf_ is allocated when bytes
// arrive and released whenever it is empty and the socket has nothing more,
// so thousands of idle clients cost their sockets and coroutine frames only.
class connection : public std::enable_shared_from_this<connection> {
 public:
  connection(boost::asio::ip::tcp::socket socket, std::uint64_t id, std::string listener_name,
             connection_environment env);
  ~connection();

  void start();
  // Stop reading, finish and answer the requests already read, then close. Any thread.
  void drain();
  // Close now. Any thread.
  void close_soon();

 private:
  struct pending_response {
    std::optional<handler_result> result;
  };

  boost::asio::awaitable<void> read_loop(std::shared_ptr<connection> self);
  boost::asio::awaitable<void> write_loop(std::shared_ptr<connection> self);
  boost::asio::awaitable<void> idle_loop(std::shared_ptr<connection> self);
  boost::asio::awaitable<void> handle_request(std::shared_ptr<connection> self, request_frame frame);

  // Reads until at least `n` (<= rbuf_.size()) bytes are buffered in rbuf_. False
  // on EOF or error (the connection is then draining or closed).
  boost::asio::awaitable<bool> fill(std::size_t n, bool in_frame);
  // Reads the rest of a frame of `size` bytes whose first bytes may be in rbuf_.
  boost::asio::awaitable<std::optional<std::vector<std::uint8_t>>> read_body(std::size_t size);
  void on_read_error(const boost::system::error_code& ec, bool mid_frame);
  // Waits until the budget takes `size` bytes; false if the connection closes
  // or drains meanwhile (nothing is then taken).
  boost::asio::awaitable<bool> acquire_budget(std::size_t size);
  // Frees rbuf_ when it holds nothing and the socket has nothing to read,
  // then waits for bytes; allocates rbuf_ again before returning.
  boost::asio::awaitable<void> wait_readable_without_buffer();

  bool may_read() const;
  bool head_ready() const { return !pending_.empty() && pending_.front().result.has_value(); }
  std::size_t in_flight() const { return pending_.size() + writing_; }
  void add_buffered(std::size_t n);
  void release_buffered(std::size_t n);
  void begin_drain(std::string_view reason);
  // Graceful close, after the last response: close now, or, if the peer sent
  // bytes we have not read, half-close and linger (see linger_time).
  void finish(std::string_view reason);
  // Immediate close: socket, timers, queue; the connection leaves the registry.
  void close(std::string_view reason);
  void spawn(boost::asio::awaitable<void> task);

  boost::asio::ip::tcp::socket socket_;
  connection_context ctx_;
  connection_environment env_;
  frame_writer writer_;

  std::vector<std::uint8_t> rbuf_;  // read buffer: bytes [rpos_, rend_) are unparsed
  std::size_t rpos_ = 0;
  std::size_t rend_ = 0;

  std::deque<pending_response> pending_;  // front is sequence base_seq_
  std::uint64_t base_seq_ = 0;
  std::uint64_t next_seq_ = 0;
  std::size_t writing_ = 0;  // responses taken off pending_ and being written
  std::size_t handlers_running_ = 0;
  std::size_t buffered_ = 0;  // request bytes being handled + response bytes not yet written

  bool draining_ = false;   // reading and dropping requests; closes once the queue is empty
  bool lingering_ = false;  // half-closed after the last response, waiting for the peer's EOF
  bool peer_eof_ = false;
  std::string drain_reason_;
  std::chrono::steady_clock::time_point linger_deadline_;
  bool closed_ = false;
  std::chrono::steady_clock::time_point last_activity_;
  boost::asio::steady_timer idle_timer_;  // idle deadline, then the linger deadline
  boost::asio::steady_timer read_wake_;   // cancelled to wake the reader (backpressure released)
  boost::asio::steady_timer write_wake_;  // cancelled to wake the writer (head ready, draining)
};

}  // namespace gannet::net
