#pragma once
// Drives a coordinator on a single-threaded io_context: spawn coroutines,
// run the context until they finish or a deadline passes.

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <future>
#include <thread>

#include "gannet/groups/coordinator.h"
#include "gannet/groups/memory_group_store.h"

namespace gannet::groups::testing {

using bytes = std::vector<std::uint8_t>;
using namespace std::chrono_literals;

// A ConsumerProtocolSubscription v0 naming `topics`, written by hand: int16
// version, int32 topic count, int16-prefixed names, null user data.
inline bytes subscription(const std::vector<std::string>& topics) {
  bytes out{0, 0};
  auto n = static_cast<std::uint32_t>(topics.size());
  for (int shift = 24; shift >= 0; shift -= 8)
    out.push_back(static_cast<std::uint8_t>(n >> shift));
  for (const auto& t : topics) {
    out.push_back(static_cast<std::uint8_t>(t.size() >> 8));
    out.push_back(static_cast<std::uint8_t>(t.size()));
    out.insert(out.end(), t.begin(), t.end());
  }
  for (int i = 0; i < 4; ++i)
    out.push_back(0xFF);  // user data: null
  return out;
}

inline std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

class coordinator_fixture : public ::testing::Test {
 protected:
  void SetUp() override {
    cfg.initial_rebalance_delay_ms = 0;
    cfg.min_session_timeout_ms = 1;
    cfg.shards = 4;
  }
  void TearDown() override {
    if (coord) {
      coord->shutdown();
      run_for(50ms);
    }
  }
  // The coordinator, made on first use; `elect` (the standalone broker's
  // start-up) makes it the coordinator of every partition first.
  coordinator& c(bool elect = true) {
    if (!coord) {
      coord = std::make_unique<coordinator>(io.get_executor(), store, cfg);
      if (elect) run(coord->elect_all_partitions());
    }
    return *coord;
  }

  template <class T>
  std::future<T> spawn(boost::asio::awaitable<T> a) {
    return boost::asio::co_spawn(io, std::move(a), boost::asio::use_future);
  }
  template <class T>
  bool ready(std::future<T>& f) {
    return f.wait_for(0s) == std::future_status::ready;
  }
  void run_for(std::chrono::milliseconds d) {
    auto until = std::chrono::steady_clock::now() + d;
    while (std::chrono::steady_clock::now() < until) {
      if (io.stopped()) io.restart();
      if (io.run_one_for(5ms) == 0) std::this_thread::sleep_for(1ms);
    }
  }
  // Runs until `f` is ready (at most `limit`), then returns its value.
  template <class T>
  T wait(std::future<T>& f, std::chrono::milliseconds limit = 5000ms) {
    auto until = std::chrono::steady_clock::now() + limit;
    while (!ready(f) && std::chrono::steady_clock::now() < until) {
      if (io.stopped()) io.restart();
      io.run_one_for(5ms);
    }
    EXPECT_TRUE(ready(f)) << "timed out";
    return f.get();
  }
  template <class T>
  T run(boost::asio::awaitable<T> a) {
    auto f = spawn(std::move(a));
    return wait(f);
  }

  join_request join_req(const std::string& group, const std::string& member_id, std::int16_t version = 5,
                        std::vector<std::pair<std::string, bytes>> protocols = {{"range", {1, 2}}},
                        std::optional<std::string> instance = std::nullopt, std::int32_t session_ms = 10000,
                        std::string protocol_type = "consumer") {
    join_request r;
    r.req.group_id = group;
    r.req.member_id = member_id;
    r.req.session_timeout_ms = session_ms;
    r.req.rebalance_timeout_ms = 10000;
    r.req.group_instance_id = std::move(instance);
    r.req.protocol_type = std::move(protocol_type);
    for (auto& [name, md] : protocols) {
      protocol::join_group_request::join_group_request_protocol p;
      p.name = name;
      p.metadata = md;
      r.req.protocols.push_back(std::move(p));
    }
    r.version = version;
    r.client_id = "client";
    r.client_host = "/127.0.0.1";
    return r;
  }

  std::future<protocol::join_group_response> join(join_request r) { return spawn(c().join_group(std::move(r))); }

  protocol::sync_group_response sync(const std::string& group, const std::string& member, std::int32_t generation,
                                     std::vector<std::pair<std::string, bytes>> assignments = {}) {
    auto f = sync_async(group, member, generation, std::move(assignments));
    return wait(f);
  }
  std::future<protocol::sync_group_response> sync_async(const std::string& group, const std::string& member,
                                                        std::int32_t generation,
                                                        std::vector<std::pair<std::string, bytes>> assignments = {},
                                                        std::optional<std::string> instance = std::nullopt) {
    protocol::sync_group_request req;
    req.group_id = group;
    req.member_id = member;
    req.generation_id = generation;
    req.group_instance_id = std::move(instance);
    for (auto& [m, a] : assignments) {
      protocol::sync_group_request::sync_group_request_assignment sa;
      sa.member_id = m;
      sa.assignment = a;
      req.assignments.push_back(std::move(sa));
    }
    return spawn(c().sync_group(std::move(req)));
  }
  protocol::error_code heartbeat(const std::string& group, const std::string& member, std::int32_t generation,
                                 std::optional<std::string> instance = std::nullopt) {
    return run(c().heartbeat(group, member, std::move(instance), generation));
  }
  std::vector<std::pair<offset_key, protocol::error_code>> commit(const std::string& group, const std::string& member,
                                                                  std::int32_t generation,
                                                                  std::vector<offset_entry> offsets) {
    return run(c().commit_offsets(group, member, std::nullopt, generation, std::move(offsets)));
  }
  static offset_entry offset(const std::string& topic, std::int32_t p, std::int64_t o, std::int64_t ts = 1000,
                             std::string metadata = "") {
    offset_record r;
    r.offset = o;
    r.commit_timestamp = ts;
    r.metadata = std::move(metadata);
    return {offset_key{topic, p}, r};
  }

  boost::asio::io_context io;
  memory_group_store store;
  coordinator_config cfg;
  std::unique_ptr<coordinator> coord;
};

}  // namespace gannet::groups::testing
