#pragma once
// Helpers for the tests of zk_session against a real server: an io_context on
// a thread of its own, bounded waits for awaitables, recorders for watch and
// session events.

#include <gtest/gtest.h>
#include <zookeeper/zookeeper.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "cluster/zookeeper/zk_test_server.h"
#include "gannet/cluster/zk_session.h"

namespace gannet::cluster::testing {

using namespace std::chrono_literals;

class io_thread {
 public:
  io_thread() : work_(io_.get_executor()), thread_([this] { io_.run(); }) {}
  ~io_thread() {
    work_.reset();
    io_.stop();
    thread_.join();
  }
  boost::asio::any_io_executor executor() { return io_.get_executor(); }

  // Runs the awaitable on the io thread and waits at most `timeout`; a
  // timeout throws, which fails the test instead of hanging it.
  template <class T>
  T run(boost::asio::awaitable<T> a, std::chrono::milliseconds timeout = 10s) {
    auto f = boost::asio::co_spawn(io_, std::move(a), boost::asio::use_future);
    if (f.wait_for(timeout) != std::future_status::ready) throw std::runtime_error("operation timed out");
    return f.get();
  }

 private:
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::thread thread_;
};

// Collects values from any thread; waits for a count with a deadline.
template <class T>
class recorder {
 public:
  void add(T v) {
    std::lock_guard l(m_);
    items_.push_back(std::move(v));
    cv_.notify_all();
  }
  // The items once there are at least n, or what there is after `timeout`.
  std::vector<T> wait_for(std::size_t n, std::chrono::milliseconds timeout = 10s) {
    std::unique_lock l(m_);
    cv_.wait_for(l, timeout, [&] { return items_.size() >= n; });
    return items_;
  }
  std::vector<T> items() {
    std::lock_guard l(m_);
    return items_;
  }

 private:
  std::mutex m_;
  std::condition_variable cv_;
  std::vector<T> items_;
};

struct watch_record {
  zk_event_type type;
  std::string path;
  bool operator==(const watch_record&) const = default;
};
inline std::ostream& operator<<(std::ostream& o, const watch_record& r) {
  return o << static_cast<int>(r.type) << ":" << r.path;
}
struct session_record {
  zk_session_event event;
  std::int64_t session_id;
  bool operator==(const session_record&) const = default;
};
inline std::ostream& operator<<(std::ostream& o, const session_record& r) {
  return o << static_cast<int>(r.event) << ":0x" << std::hex << r.session_id << std::dec;
}

inline zk_watcher record_into(recorder<watch_record>& r) {
  return [&r](const zk_watch_event& e) { r.add({e.type, e.path}); };
}
inline zk_session_listener record_into(recorder<session_record>& r) {
  return [&r](zk_session_event e, std::int64_t id) { r.add({e, id}); };
}

// One try at expiring `s`'s session the classic way: a second handle
// attaches to the same session (id and password) and closes it at once.
inline void try_expire(zk_test_server& server, zk_session& s) {
  const auto id = s.current_client_id();
  if (id.session_id == 0) return;
  clientid_t cid{};
  cid.client_id = id.session_id;
  std::memcpy(cid.passwd, id.password.data(), sizeof(cid.passwd));
  zhandle_t* zh = zookeeper_init(server.connect().c_str(), nullptr, 6000, &cid, nullptr, 0);
  if (zh == nullptr) return;
  const auto deadline = std::chrono::steady_clock::now() + 3s;
  while (zoo_state(zh) != ZOO_CONNECTED_STATE && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(1ms);
  }
  zookeeper_close(zh);
}

// Expires the session of `s`, whose listener records into `events`; true once
// `events` holds an expiry. The old connection is closed when the second
// handle attaches; if our client reconnects before the second handle closes,
// that handle has lost the session and cannot end it: try again (rare; bounded).
inline bool expire_session(zk_test_server& server, zk_session& s, recorder<session_record>& events) {
  auto has_expired = [&] {
    for (const auto& e : events.items()) {
      if (e.event == zk_session_event::expired) return true;
    }
    return false;
  };
  for (int attempt = 0; attempt < 5 && !has_expired(); ++attempt) {
    try_expire(server, s);
    const auto until = std::chrono::steady_clock::now() + 2s;
    while (!has_expired() && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(20ms);
  }
  return has_expired();
}

}  // namespace gannet::cluster::testing
