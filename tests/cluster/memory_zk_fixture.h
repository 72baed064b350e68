#pragma once
// A test fixture with two memory_zk clients (a_, b_) of one server on a
// single-threaded io_context that the test drives: run() completes one
// awaitable and then every watcher it posted.

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <vector>

#include "cluster/memory_zk.h"

namespace gannet::cluster::testing {

class memory_zk_fixture : public ::testing::Test {
 protected:
  template <class T>
  T run(boost::asio::awaitable<T> a) {
    auto f = boost::asio::co_spawn(io_, std::move(a), boost::asio::use_future);
    io_.run();
    io_.restart();
    return f.get();
  }
  void drain() {
    io_.run();
    io_.restart();
  }
  zk_watcher record(std::vector<zk_watch_event>& into) {
    return [&into](const zk_watch_event& e) { into.push_back(e); };
  }

  boost::asio::io_context io_;
  memory_zk_server server_;
  memory_zk a_{server_, io_.get_executor()};
  memory_zk b_{server_, io_.get_executor()};
};

}  // namespace gannet::cluster::testing
