#pragma once
// A frame_handler scripted by the first byte of each request:
//   'E' u16 delay_ms payload...  answer with the request bytes after the delay
//   'N'                          no response
//   'C'                          close the connection
//   'T'                          throw
//   'B' u32 n padding...         answer with n bytes (i % 251)
//   'F'                          answer "HEAD" + the configured file slice + "TAIL"
//   'X'                          answer with a wrong size prefix
//   'S'                          answer u32 (requests 'S' on this connection so far, kept in
//                                ctx.state) and u64 frame.sequence

#include <atomic>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <stdexcept>

#include "gannet/net/frame_handler.h"
#include "net/test_client.h"

namespace gannet::net::testing {

// Per-connection state kept in connection_context::state.
struct counting_state : connection_state {
  explicit counting_state(std::atomic<int>& destroyed) : destroyed_(destroyed) {}
  ~counting_state() override { destroyed_.fetch_add(1); }
  std::uint32_t count = 0;
  std::atomic<int>& destroyed_;
};

class test_handler : public frame_handler {
 public:
  std::atomic<int> states_destroyed{0};
  file_slice slice;  // for 'F'; set before start()
  std::atomic<int> handled{0};
  std::atomic<int> completed{0};

  boost::asio::awaitable<handler_result> handle(request_frame frame, connection_context& ctx) override {
    handled.fetch_add(1);
    const auto& b = frame.bytes;
    handler_result r;
    if (b.empty()) {
      r = handler_result::close("empty request");
    } else if (b[0] == 'E' && b.size() >= 3) {
      int delay_ms = (b[1] << 8) | b[2];
      if (delay_ms > 0) {
        boost::asio::steady_timer t(ctx.executor);
        t.expires_after(std::chrono::milliseconds(delay_ms));
        co_await t.async_wait(boost::asio::use_awaitable);
      }
      r = handler_result::respond(with_prefix(b));
    } else if (b[0] == 'N') {
      r = handler_result::no_response();
    } else if (b[0] == 'C') {
      r = handler_result::close("asked to");
    } else if (b[0] == 'T') {
      throw std::runtime_error("scripted failure");
    } else if (b[0] == 'B' && b.size() >= 5) {
      std::uint32_t n = (std::uint32_t{b[1]} << 24) | (std::uint32_t{b[2]} << 16) | (std::uint32_t{b[3]} << 8) | b[4];
      std::vector<std::uint8_t> body(n);
      for (std::uint32_t i = 0; i < n; ++i)
        body[i] = static_cast<std::uint8_t>(i % 251);
      r = handler_result::respond(with_prefix(body));
    } else if (b[0] == 'F') {
      outbound_frame f;
      std::uint32_t n = 8 + static_cast<std::uint32_t>(slice.length);
      f.bytes = {static_cast<std::uint8_t>(n >> 24),
                 static_cast<std::uint8_t>(n >> 16),
                 static_cast<std::uint8_t>(n >> 8),
                 static_cast<std::uint8_t>(n),
                 'H',
                 'E',
                 'A',
                 'D',
                 'T',
                 'A',
                 'I',
                 'L'};
      f.splices.push_back({8, slice});
      r = handler_result::respond(std::move(f));
    } else if (b[0] == 'S') {
      if (!ctx.state) ctx.state = std::make_unique<counting_state>(states_destroyed);
      auto& st = static_cast<counting_state&>(*ctx.state);
      ++st.count;
      std::vector<std::uint8_t> body(12);
      for (int i = 0; i < 4; ++i)
        body[i] = static_cast<std::uint8_t>(st.count >> (24 - 8 * i));
      for (int i = 0; i < 8; ++i)
        body[4 + i] = static_cast<std::uint8_t>(frame.sequence >> (56 - 8 * i));
      r = handler_result::respond(with_prefix(body));
    } else if (b[0] == 'X') {
      outbound_frame f = with_prefix(b);
      f.bytes[3] ^= 1;
      r = handler_result::respond(std::move(f));
    } else {
      r = handler_result::close("unknown command");
    }
    completed.fetch_add(1);
    co_return r;
  }

  static outbound_frame with_prefix(const std::vector<std::uint8_t>& body) {
    outbound_frame f;
    auto n = static_cast<std::uint32_t>(body.size());
    f.bytes = {static_cast<std::uint8_t>(n >> 24), static_cast<std::uint8_t>(n >> 16),
               static_cast<std::uint8_t>(n >> 8), static_cast<std::uint8_t>(n)};
    append(f.bytes, body);
    return f;
  }
};

// Request builders.
inline std::vector<std::uint8_t> echo_request(int delay_ms, std::string_view payload) {
  std::vector<std::uint8_t> b{'E', static_cast<std::uint8_t>(delay_ms >> 8), static_cast<std::uint8_t>(delay_ms)};
  append(b, payload);
  return b;
}
inline std::vector<std::uint8_t> big_request(std::uint32_t n, std::size_t padding = 0) {
  std::vector<std::uint8_t> b{'B', static_cast<std::uint8_t>(n >> 24), static_cast<std::uint8_t>(n >> 16),
                              static_cast<std::uint8_t>(n >> 8), static_cast<std::uint8_t>(n)};
  b.resize(b.size() + padding, 'p');
  return b;
}

}  // namespace gannet::net::testing
