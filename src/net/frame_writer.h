#pragma once
// Writes outbound frames to a socket: the bytes with write(2), the file splices
// with sendfile(2).

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/system/error_code.hpp>
#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "gannet/common/outbound_frame.h"
#include "gannet/net/server_stats.h"

namespace gannet::net {

// The write half of a connection.
//
// Owner: net::connection, which also owns the socket and the time point this
// refers to, and keeps them alive while write() runs. Executor: the connection's
// strand; at most one write() at a time. The socket must be in native
// non-blocking mode (sendfile returns EAGAIN rather than blocking the thread).
class frame_writer {
 public:
  frame_writer(boost::asio::ip::tcp::socket& socket, server_counters& counters,
               std::chrono::steady_clock::time_point& last_activity)
      : socket_(socket), counters_(counters), last_activity_(last_activity) {}

  // Writes the frames in order: consecutive byte ranges are gathered into one
  // write; each splice goes out with sendfile. Keeps each file_slice's keepalive
  // until its bytes are sent. An error leaves the stream broken: the caller closes.
  boost::asio::awaitable<boost::system::error_code> write(std::vector<outbound_frame> frames);

  // Empty if the frame is well formed: the size prefix equals wire_size() - 4 and
  // the splices are ordered, within `bytes` and non-negative. Otherwise a reason.
  static std::string check(const outbound_frame& frame);

 private:
  boost::asio::awaitable<boost::system::error_code> send_file(file_slice slice);
  void progress(std::size_t n);

  boost::asio::ip::tcp::socket& socket_;
  server_counters& counters_;
  std::chrono::steady_clock::time_point& last_activity_;
};

}  // namespace gannet::net
