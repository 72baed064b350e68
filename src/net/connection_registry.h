#pragma once
// The server's list of open connections, for max.connections and shutdown.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace gannet::net {

class connection;

// Open connections by id, as weak references: a connection is owned by its own
// coroutines, and removes itself when it closes.
//
// Owner: server_impl. Thread-safety: every method is safe from any thread (a
// mutex, taken on accept and close only, never per request). Lifecycle: outlives
// the io_context, so connections destroyed with it may still call remove().
class connection_registry {
 public:
  std::uint64_t next_id() { return next_id_.fetch_add(1, std::memory_order_relaxed); }

  // False when `limit` connections are already open (the caller refuses).
  bool add(std::uint64_t id, const std::shared_ptr<connection>& c, std::size_t limit);
  void remove(std::uint64_t id);
  std::size_t size() const;

  // Asks every connection to finish its in-flight requests and close.
  void drain_all();
  // Closes every connection now.
  void close_all();
  // Waits until no connection is open, or `timeout`; true if none is.
  bool wait_empty(std::chrono::milliseconds timeout);

 private:
  std::atomic<std::uint64_t> next_id_{1};
  mutable std::mutex mu_;
  std::condition_variable empty_cv_;
  std::unordered_map<std::uint64_t, std::weak_ptr<connection>> connections_;
  std::chrono::steady_clock::time_point last_trim_{};
};

}  // namespace gannet::net
