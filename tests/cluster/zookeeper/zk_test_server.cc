// The per-binary ZooKeeper server for gannet_cluster_tests (zk_test_server.h).

#include "cluster/zookeeper/zk_test_server.h"

#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace gannet::cluster::testing {
namespace {

// A loopback port nobody listens on right now (the kernel's pick).
int free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  socklen_t len = sizeof(a);
  int port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a)) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0) {
    port = ntohs(a.sin_port);
  }
  ::close(fd);
  return port;
}

std::unique_ptr<zk_test_server>& instance() {
  static std::unique_ptr<zk_test_server> s;
  return s;
}
bool failed_once = false;

class zk_environment final : public ::testing::Environment {
 public:
  void TearDown() override {
    if (auto& s = instance()) s->shut_down();
  }
};
[[maybe_unused]] const auto* registered = ::testing::AddGlobalTestEnvironment(new zk_environment);

}  // namespace

zk_test_server* zk_test_server::get() {
  auto& s = instance();
  if (s) return s.get();
  if (failed_once) {
    ADD_FAILURE() << "the ZooKeeper test server failed to start earlier in this binary";
    return nullptr;
  }
  auto server = std::make_unique<zk_test_server>();
  // Tests run from the source dir (gtest_discover_tests WORKING_DIRECTORY);
  // GANNET_SOURCE_DIR lets a binary run from anywhere.
  const char* src = std::getenv("GANNET_SOURCE_DIR");
  server->script_ = std::string(src ? src : ".") + "/tests/cluster/zookeeper/zk-server.sh";
  if (!std::filesystem::exists(server->script_)) {
    failed_once = true;
    ADD_FAILURE() << server->script_ << " not found: run from the source dir or set GANNET_SOURCE_DIR";
    return nullptr;
  }
  const char* port = std::getenv("GANNET_ZK_TEST_PORT");
  std::string tmpl = (std::filesystem::temp_directory_path() / "gannet-zk-test.XXXXXX").string();
  if (::mkdtemp(tmpl.data()) == nullptr) {
    failed_once = true;
    ADD_FAILURE() << "mkdtemp failed";
    return nullptr;
  }
  server->dir_ = tmpl;
  // A kernel-chosen port can be taken by a parallel test between our probe
  // and the server's bind: then another one (a fixed port is tried once).
  std::string out;
  bool started = false;
  for (int attempt = 0; attempt < (port ? 1 : 3) && !started; ++attempt) {
    server->port_ = port ? std::atoi(port) : free_port();
    server->connect_ = "127.0.0.1:" + std::to_string(server->port_);
    started = server->run("start", out);
  }
  if (!started) {
    ADD_FAILURE() << "zk-server.sh start failed:\n" << out;
    failed_once = true;
    std::filesystem::remove_all(server->dir_);
    return nullptr;
  }
  s = std::move(server);
  return s.get();
}

bool zk_test_server::run(const std::string& command, std::string& out) {
  // The owner pid makes the script's watchdog stop the server if this binary dies.
  const std::string cmd = "ZK_OWNER_PID=" + std::to_string(::getpid()) + " '" + script_ + "' " + command + " --dir '" +
                          dir_ + "' --port " + std::to_string(port_) + " 2>&1";
  out.clear();
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) {
    out = "popen failed: " + cmd;
    return false;
  }
  std::array<char, 512> buf;
  while (std::fgets(buf.data(), buf.size(), p) != nullptr)
    out += buf.data();
  return ::pclose(p) == 0;
}

bool zk_test_server::run(const std::string& command) {
  std::string out;
  if (run(command, out)) return true;
  ADD_FAILURE() << "zk-server.sh " << command << " failed:\n" << out;
  return false;
}

bool zk_test_server::start() { return run("start"); }
bool zk_test_server::stop() { return run("stop"); }
bool zk_test_server::restart() { return run("restart"); }

void zk_test_server::shut_down() {
  run("stop");
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

}  // namespace gannet::cluster::testing
