// Fuzzes whole request handling: one broker instance in process (the
// dispatcher, every handler, the group coordinator and real storage in a
// scratch directory) is handed sequences of requests as one client connection
// would send them. State carries over from one input to the next (topics
// created by one input are there for the next), as it would on a live broker.
// Whatever the bytes, the broker must answer, refuse with a Kafka error code or
// ask for the connection to be closed; a crash, a sanitizer report or an
// exception escaping the handler is a finding.
//
// Input layout: frames, each a big-endian u32 length and that many bytes (the
// request as it follows the size prefix on the wire). A length past the end
// takes what is left.
#include <unistd.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "gannet/broker/broker.h"
#include "gannet/common/logging.h"
#include "gannet/config/loader.h"
#include "gannet/net/connection_context.h"
#include "gannet/net/frame_handler.h"

namespace {

namespace asio = boost::asio;

// The broker's data directory, removed at exit.
std::filesystem::path scratch;

struct harness {
  asio::io_context io;
  std::unique_ptr<gannet::broker::broker> broker;
  gannet::net::connection_context ctx;
  std::uint64_t sequence = 0;
  // GANNET_FUZZ_TRACE=1: one line per request (what a seed really exercises).
  const bool trace = std::getenv("GANNET_FUZZ_TRACE") != nullptr;

  harness() {
    // tmpfs when there is one: the broker fsyncs topic metadata and checkpoints.
    const std::filesystem::path base =
        std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
    auto dir = base / ("gannet-request-fuzz-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    scratch = dir;
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratch, ec);
    });
    gannet::config::load_options options;
    options.overrides = {
        "log.dirs=" + dir.string(),
        "listeners=PLAINTEXT://127.0.0.1:0",
        // No waiting: a rebalance completes at once, a flush never waits for a timer.
        "group.initial.rebalance.delay.ms=0",
        "log.flush.interval.messages=9223372036854775807",
        "offsets.topic.num.partitions=2",
    };
    options.local_host = [] { return std::string("127.0.0.1"); };
    auto loaded = gannet::config::load_config(options);
    spdlog::set_level(spdlog::level::off);
    broker = std::make_unique<gannet::broker::broker>(std::move(loaded));
    if (!broker->start()) std::abort();
    // Long-polling Fetches answer at once (as while stopping): a fuzzer must not wait max_wait_ms.
    broker->begin_stop();
    ctx.id = 1;
    ctx.listener_name = "PLAINTEXT";
    ctx.local_endpoint = {asio::ip::make_address("127.0.0.1"), 9092};
    ctx.remote_endpoint = {asio::ip::make_address("127.0.0.1"), 40000};
    ctx.executor = asio::make_strand(io);
  }

  void handle(std::span<const std::uint8_t> bytes) {
    gannet::net::request_frame frame;
    frame.bytes.assign(bytes.begin(), bytes.end());
    frame.sequence = sequence++;
    frame.received_at = std::chrono::steady_clock::now();
    auto done = std::make_shared<bool>(false);
    asio::co_spawn(
        ctx.executor,
        [this, f = std::move(frame), done]() mutable -> asio::awaitable<void> {
          const std::size_t request_bytes = f.bytes.size();
          auto r = co_await broker->handle(std::move(f), ctx);
          if (trace) {
            std::fprintf(stderr, "request %zu bytes -> %s %zu bytes\n", request_bytes,
                         r.what == gannet::net::handler_result::action::respond ? "response"
                         : r.what == gannet::net::handler_result::action::close ? "close"
                                                                                : "no response",
                         r.frame.bytes.size());
          }
          *done = true;
        },
        [](std::exception_ptr e) {
          if (e) std::abort();  // an exception escaping the handler closes the connection in net: a bug
        });
    // A request that waits on purpose (a JoinGroup for the rest of its group, a
    // SyncGroup for its leader) stays pending; the next frame goes on meanwhile.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(50);
    while (!*done && std::chrono::steady_clock::now() < deadline) {
      io.restart();
      io.run_one_until(deadline);
    }
  }
};

harness& the_harness() {
  static harness* h = new harness();  // never destroyed: pending coroutines refer to it
  return *h;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto& h = the_harness();
  std::span<const std::uint8_t> rest(data, size);
  int frames = 0;
  while (rest.size() >= 4 && frames < 16) {
    std::size_t len =
        (std::size_t(rest[0]) << 24) | (std::size_t(rest[1]) << 16) | (std::size_t(rest[2]) << 8) | rest[3];
    rest = rest.subspan(4);
    len = std::min(len, rest.size());
    h.handle(rest.first(len));
    rest = rest.subspan(len);
    ++frames;
  }
  return 0;
}
