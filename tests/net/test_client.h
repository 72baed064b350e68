#pragma once
// A blocking raw-socket Kafka-framing client for net tests: every read has a
// timeout, so a broken server fails a test instead of hanging it.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace gannet::net::testing {

using namespace std::chrono_literals;

// dst += src. (vector::insert trips GCC 12's -Warray-bounds false positives at -O3.)
inline void append(std::vector<std::uint8_t>& dst, std::span<const std::uint8_t> src) {
  const std::size_t old = dst.size();
  dst.resize(old + src.size());
  if (!src.empty()) std::memcpy(dst.data() + old, src.data(), src.size());
}
inline void append(std::vector<std::uint8_t>& dst, std::string_view src) {
  append(dst, std::span(reinterpret_cast<const std::uint8_t*>(src.data()), src.size()));
}

inline std::vector<std::uint8_t> frame(std::span<const std::uint8_t> body) {
  std::vector<std::uint8_t> out(4 + body.size());
  auto n = static_cast<std::uint32_t>(body.size());
  out[0] = static_cast<std::uint8_t>(n >> 24);
  out[1] = static_cast<std::uint8_t>(n >> 16);
  out[2] = static_cast<std::uint8_t>(n >> 8);
  out[3] = static_cast<std::uint8_t>(n);
  if (!body.empty()) std::memcpy(out.data() + 4, body.data(), body.size());
  return out;
}

inline std::vector<std::uint8_t> bytes(std::string_view s) { return {s.begin(), s.end()}; }

// Polls `pred` until it holds or `timeout` passes.
inline bool eventually(const std::function<bool()>& pred, std::chrono::milliseconds timeout = 5s) {
  auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    if (pred()) return true;
    std::this_thread::sleep_for(5ms);
  }
  return pred();
}

class test_client {
 public:
  explicit test_client(std::uint16_t port, int receive_buffer = -1) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd_ < 0) throw std::runtime_error(std::string("socket: ") + std::strerror(errno));
    if (receive_buffer > 0) ::setsockopt(fd_, SOL_SOCKET, SO_RCVBUF, &receive_buffer, sizeof receive_buffer);
    int one = 1;
    ::setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      int err = errno;
      ::close(fd_);
      throw std::runtime_error(std::string("connect: ") + std::strerror(err));
    }
  }
  ~test_client() {
    if (fd_ >= 0) ::close(fd_);
  }
  test_client(test_client&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
  test_client(const test_client&) = delete;

  int fd() const { return fd_; }

  void send(std::span<const std::uint8_t> data) {
    std::size_t off = 0;
    while (off < data.size()) {
      ssize_t n = ::send(fd_, data.data() + off, data.size() - off, MSG_NOSIGNAL);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) throw std::runtime_error(std::string("send: ") + std::strerror(errno));
      off += static_cast<std::size_t>(n);
    }
  }
  void send_frame(std::span<const std::uint8_t> body) { send(frame(body)); }

  // Sends without blocking; returns how many bytes the kernel took (maybe 0).
  std::size_t try_send(std::span<const std::uint8_t> data) {
    ssize_t n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    return n > 0 ? static_cast<std::size_t>(n) : 0;
  }

  // Exactly n bytes, or nullopt on EOF, error or timeout.
  std::optional<std::vector<std::uint8_t>> read_exact(std::size_t n, std::chrono::milliseconds timeout = 5s) {
    std::vector<std::uint8_t> out(n);
    std::size_t got = 0;
    auto until = std::chrono::steady_clock::now() + timeout;
    while (got < n) {
      if (!wait_readable(until)) return std::nullopt;
      ssize_t r = ::recv(fd_, out.data() + got, n - got, 0);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) return std::nullopt;
      got += static_cast<std::size_t>(r);
    }
    return out;
  }

  // One response: the bytes after the size prefix.
  std::optional<std::vector<std::uint8_t>> read_frame(std::chrono::milliseconds timeout = 5s) {
    auto prefix = read_exact(4, timeout);
    if (!prefix) return std::nullopt;
    std::uint32_t n = (std::uint32_t{(*prefix)[0]} << 24) | (std::uint32_t{(*prefix)[1]} << 16) |
                      (std::uint32_t{(*prefix)[2]} << 8) | std::uint32_t{(*prefix)[3]};
    return read_exact(n, timeout);
  }

  // True once the server closed the connection (EOF or reset) within `timeout`;
  // bytes that arrive first are discarded.
  bool closed_by_peer(std::chrono::milliseconds timeout = 5s) {
    auto until = std::chrono::steady_clock::now() + timeout;
    std::uint8_t buf[4096];
    while (wait_readable(until)) {
      ssize_t r = ::recv(fd_, buf, sizeof buf, 0);
      if (r < 0 && errno == EINTR) continue;
      if (r <= 0) return true;
    }
    return false;
  }

  // Nothing to read and not closed for `d`.
  bool quiet_for(std::chrono::milliseconds d) {
    pollfd p{fd_, POLLIN, 0};
    return ::poll(&p, 1, static_cast<int>(d.count())) == 0;
  }

  void shutdown_write() { ::shutdown(fd_, SHUT_WR); }

 private:
  bool wait_readable(std::chrono::steady_clock::time_point until) {
    for (;;) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
      if (left.count() < 0) return false;
      pollfd p{fd_, POLLIN, 0};
      int r = ::poll(&p, 1, static_cast<int>(left.count()) + 1);
      if (r < 0 && errno == EINTR) continue;
      return r > 0;
    }
  }

  int fd_ = -1;
};

}  // namespace gannet::net::testing
