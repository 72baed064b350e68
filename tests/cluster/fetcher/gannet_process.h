#pragma once
// Test fixtures for the fetcher tests: a real Gannet broker as a subprocess
// (build/src/server/gannet next to this test binary's build tree), on a free loopback port
// with a temp log dir, and an io_context on two threads to await coroutines.

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace gannet::cluster::testing {

inline std::filesystem::path gannet_binary() {
  // <build>/tests/cluster/gannet_cluster_tests -> <build>/src/server/gannet
  const auto self = std::filesystem::read_symlink("/proc/self/exe");
  return self.parent_path().parent_path().parent_path() / "src" / "server" / "gannet";
}

inline bool port_open(std::uint16_t port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(port);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  ::close(fd);
  return ok;
}

// A loopback port nobody listens on now, chosen by the kernel: ctest runs
// test cases of one binary in parallel, so a fixed port would be shared.
inline std::uint16_t free_loopback_port() {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  a.sin_port = 0;
  socklen_t len = sizeof(a);
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof(a)) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("cannot pick a free loopback port");
  }
  ::close(fd);
  return ntohs(a.sin_port);
}

class gannet_process {
 public:
  // With `zookeeper_connect` the broker runs in ZooKeeper mode (its partitions then come from
  // LeaderAndIsr); without, standalone.
  gannet_process(std::filesystem::path dir, std::uint16_t port, std::string zookeeper_connect = {})
      : dir_(std::move(dir)), port_(port), zookeeper_connect_(std::move(zookeeper_connect)) {}
  ~gannet_process() { kill(SIGKILL); }

  std::uint16_t port() const { return port_; }
  std::filesystem::path log_dir() const { return dir_ / "logs"; }

  void start() {
    std::filesystem::create_directories(log_dir());
    const auto config = dir_ / "gannet.yaml";
    std::ofstream(config) << "broker.id: 0\n"
                          << "listeners: PLAINTEXT://127.0.0.1:" << port_ << "\n"
                          << "log.dirs: " << log_dir().string() << "\n"
                          << "num.partitions: 1\ndefault.replication.factor: 1\n"
                          << "auto.create.topics.enable: true\n"
                          << "offsets.topic.replication.factor: 1\n";
    if (!zookeeper_connect_.empty())
      std::ofstream(config, std::ios::app) << "zookeeper.connect: " << zookeeper_connect_ << "\n"
                                           << "zookeeper.session.timeout.ms: 6000\n";
    const std::string bin = gannet_binary().string();
    const std::string out = (dir_ / "gannet.out").string();
    pid_ = ::fork();
    if (pid_ == 0) {
      ::prctl(PR_SET_PDEATHSIG, SIGKILL);
      std::FILE* f = std::freopen(out.c_str(), "a", stdout);
      (void)f;
      ::dup2(::fileno(stdout), 2);
      ::execl(bin.c_str(), bin.c_str(), "--config", config.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (!port_open(port_)) {
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("gannet exited at startup; see " + out);
      }
      if (std::chrono::steady_clock::now() > deadline) throw std::runtime_error("gannet did not start; see " + out);
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
  }

  void signal(int sig) {
    if (pid_ > 0) ::kill(pid_, sig);
  }
  // SIGSTOP, returning once every thread is stopped (kill() only queues the signal).
  void pause() {
    signal(SIGSTOP);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (std::chrono::steady_clock::now() < deadline) {
      bool all_stopped = true;
      for (const auto& t : std::filesystem::directory_iterator("/proc/" + std::to_string(pid_) + "/task")) {
        std::ifstream stat(t.path() / "stat");
        std::string line;
        std::getline(stat, line);
        const auto close = line.rfind(')');
        if (close == std::string::npos || close + 2 >= line.size() || line[close + 2] != 'T') all_stopped = false;
      }
      if (all_stopped) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    throw std::runtime_error("gannet did not stop");
  }
  void kill(int sig) {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGCONT);
    ::kill(pid_, sig);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
  }

 private:
  std::filesystem::path dir_;
  std::uint16_t port_;
  std::string zookeeper_connect_;
  pid_t pid_ = -1;
};

// A temp directory removed at the end of the test.
class temp_dir {
 public:
  explicit temp_dir(const std::string& name) {
    std::string tmpl = (std::filesystem::temp_directory_path() / ("gannet-fetcher-" + name + "-XXXXXX")).string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp");
    path_ = tmpl;
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// An io_context on two threads; run() awaits a coroutine from the test's thread.
class asio_runner {
 public:
  asio_runner() : work_(io_.get_executor()) {
    for (int i = 0; i < 2; ++i)
      threads_.emplace_back([this] { io_.run(); });
  }
  ~asio_runner() {
    work_.reset();
    io_.stop();
    for (auto& t : threads_)
      t.join();
  }
  boost::asio::io_context& io() { return io_; }
  boost::asio::any_io_executor executor() { return io_.get_executor(); }

  template <class T>
  T run(boost::asio::awaitable<T> a) {
    auto f = boost::asio::co_spawn(io_, std::move(a), boost::asio::use_future);
    if (f.wait_for(std::chrono::seconds(30)) != std::future_status::ready)
      throw std::runtime_error("coroutine did not finish within 30 s");
    if constexpr (std::is_void_v<T>) {
      f.get();
    } else {
      return f.get();
    }
  }

 private:
  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::vector<std::thread> threads_;
};

}  // namespace gannet::cluster::testing
