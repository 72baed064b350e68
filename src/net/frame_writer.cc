#include "frame_writer.h"

#include <sys/sendfile.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <cerrno>
#include <cstdint>

namespace gannet::net {

namespace asio = boost::asio;
using boost::system::error_code;

namespace {
// Gathered writes stop at this many buffers (IOV_MAX is 1024 on Linux).
constexpr std::size_t max_gather = 256;
}  // namespace

void frame_writer::progress(std::size_t n) {
  counters_.bytes_out.fetch_add(n, std::memory_order_relaxed);
  last_activity_ = std::chrono::steady_clock::now();
}

std::string frame_writer::check(const outbound_frame& frame) {
  if (frame.bytes.size() < 4) return "response shorter than its size prefix";
  std::uint32_t prefix = (std::uint32_t{frame.bytes[0]} << 24) | (std::uint32_t{frame.bytes[1]} << 16) |
                         (std::uint32_t{frame.bytes[2]} << 8) | std::uint32_t{frame.bytes[3]};
  std::size_t at = 4;
  for (const auto& s : frame.splices) {
    if (s.at < at || s.at > frame.bytes.size()) return "splices out of order or beyond the response bytes";
    if (s.slice.length < 0 || s.slice.position < 0) return "negative splice position or length";
    if (s.slice.length > 0 && s.slice.fd < 0) return "splice without a file descriptor";
    at = s.at;
  }
  if (std::uint64_t{prefix} + 4 != frame.wire_size()) return "size prefix does not match the response size";
  return {};
}

asio::awaitable<error_code> frame_writer::send_file(file_slice slice) {
  off_t offset = static_cast<off_t>(slice.position);
  std::size_t left = static_cast<std::size_t>(slice.length);
  while (left > 0) {
    if (!socket_.is_open()) co_return asio::error::operation_aborted;
    ssize_t n = ::sendfile(socket_.native_handle(), slice.fd, &offset, left);
    if (n > 0) {
      left -= static_cast<std::size_t>(n);
      progress(static_cast<std::size_t>(n));
      continue;
    }
    if (n == 0) co_return asio::error::eof;  // the file is shorter than the slice claims
    int err = errno;
    if (err == EINTR) continue;
    if (err != EAGAIN && err != EWOULDBLOCK) co_return error_code(err, boost::system::system_category());
    auto [ec] = co_await socket_.async_wait(asio::ip::tcp::socket::wait_write, asio::as_tuple(asio::use_awaitable));
    if (ec) co_return ec;
  }
  co_return error_code{};
}

asio::awaitable<error_code> frame_writer::write(std::vector<outbound_frame> frames) {
  std::vector<asio::const_buffer> gather;
  gather.reserve(16);
  // Position in `frames`: which frame, which of its splices comes next, and the
  // first byte of it not yet queued.
  std::size_t frame_index = 0;
  std::size_t splice_index = 0;
  std::size_t byte_pos = 0;
  while (true) {
    // Collect byte ranges up to the next splice (or the end of all frames).
    bool at_splice = false;
    while (frame_index < frames.size() && gather.size() < max_gather) {
      const outbound_frame& f = frames[frame_index];
      std::size_t end = splice_index < f.splices.size() ? f.splices[splice_index].at : f.bytes.size();
      if (end > byte_pos) {
        gather.push_back(asio::buffer(f.bytes.data() + byte_pos, end - byte_pos));
        byte_pos = end;
      }
      if (splice_index < f.splices.size()) {
        at_splice = true;
        break;
      }
      ++frame_index;
      splice_index = 0;
      byte_pos = 0;
    }
    if (!gather.empty()) {
      auto [ec, n] = co_await asio::async_write(socket_, gather, asio::as_tuple(asio::use_awaitable));
      if (ec) co_return ec;
      progress(n);
      gather.clear();
    }
    if (at_splice) {
      outbound_frame& f = frames[frame_index];
      file_slice slice = std::move(f.splices[splice_index].slice);
      auto ec = co_await send_file(std::move(slice));  // drops the keepalive once sent
      if (ec) co_return ec;
      ++splice_index;
      continue;
    }
    if (frame_index >= frames.size()) co_return error_code{};
  }
}

}  // namespace gannet::net
