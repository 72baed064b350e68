#pragma once
// One ZooKeeper 3.8 server per test binary (tests/cluster/zookeeper/zk-server.sh),
// started by the first test that asks for it and stopped when the binary exits
// (a GoogleTest global environment). Tests that do not use ZooKeeper never
// start it, and under ctest (one process per test) only ZooKeeper tests pay
// the second it takes.
//
// Port: GANNET_ZK_TEST_PORT if set, else a free loopback port. Data: a fresh
// temp dir, deleted at exit. Without Java (or the jars) start() fails the
// calling test with zk-server.sh's message instead of hanging.

#include <string>

namespace gannet::cluster::testing {

class zk_test_server {
 public:
  // The running server, started on first use. Fails the current test (ADD_FAILURE +
  // returns nullptr) when it cannot start; callers ASSERT_NE(..., nullptr).
  static zk_test_server* get();

  const std::string& connect() const { return connect_; }  // "127.0.0.1:port"
  int port() const { return port_; }
  // Stops and starts the server on the same port and data (sessions survive
  // if the restart is shorter than their timeout). False on failure.
  bool restart();
  bool stop();
  bool start();
  void shut_down();  // stops and removes the data dir (the environment's TearDown)

 private:
  // Runs zk-server.sh `command`; false (and its output in `out`) on failure.
  bool run(const std::string& command, std::string& out);
  bool run(const std::string& command);  // fails the current test on failure
  std::string script_;
  std::string dir_;
  std::string connect_;
  int port_ = 0;
};

}  // namespace gannet::cluster::testing
