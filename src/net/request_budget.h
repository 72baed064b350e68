#pragma once
// The broker-wide budget of request bytes read but not yet handled (Kafka's
// queued.max.request.bytes, its MemoryPool): a connection takes a frame's size
// from it before reading the frame's body and gives it back once the handler
// is done with the frame. When the budget is spent, connections stop reading
// their sockets (TCP backpressure) until another request finishes; memory never
// grows past it. One request is always admitted when nothing is taken, so a
// frame up to socket.request.max.bytes can never wait forever.
//
// Owner: server_impl, shared by every connection. Thread-safe (a mutex: taken
// once per request, never on a per-byte path). Wake callbacks run on the
// releasing thread, outside the lock; they post to their connection's strand.

#include <cstddef>
#include <functional>
#include <mutex>
#include <vector>

namespace gannet::net {

class request_budget {
 public:
  // limit 0: no limit.
  explicit request_budget(std::size_t limit) : limit_(limit) {}

  // Takes n bytes, or registers `wake` to be called once after the next release.
  bool acquire_or_wait(std::size_t n, std::function<void()> wake);
  void release(std::size_t n);

  std::size_t limit() const { return limit_; }
  std::size_t in_use() const;

 private:
  const std::size_t limit_;
  mutable std::mutex mu_;
  std::size_t used_ = 0;
  std::vector<std::function<void()>> waiters_;
};

}  // namespace gannet::net
