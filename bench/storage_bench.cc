// Storage benchmarks (docs/storage.md records the figures and the command).
// The data directory is $GANNET_BENCH_DIR or /tmp; every benchmark cleans up.

#include <benchmark/benchmark.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "gannet/records/batch_builder.h"
#include "gannet/storage/log.h"
#include "gannet/storage/log_manager.h"

namespace {

using namespace gannet;
using namespace gannet::storage;

struct bench_dir {
  std::filesystem::path path;
  bench_dir() {
    const char* base = std::getenv("GANNET_BENCH_DIR");
    std::string tmpl = (std::filesystem::path(base ? base : "/tmp") / "gannet-bench-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~bench_dir() { std::filesystem::remove_all(path); }
};

std::int64_t now_ms();

// One batch of `bytes` total, 1 KB records (one record if smaller), stamped now
// (ancient timestamps would make segment.ms roll on every append, as in Kafka).
std::vector<std::uint8_t> batch_of(std::size_t bytes) {
  records::batch_builder b;
  std::size_t record = std::min<std::size_t>(bytes, 1024);
  for (std::size_t n = 0; n + record <= bytes; n += record)
    b.add({std::nullopt, std::string(record - 80, 'x'), {}, now_ms()});
  return std::move(b.build().value());
}

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

const bool quiet = (spdlog::set_level(spdlog::level::warn), true);

// Append throughput (page cache, no fsync: Kafka's default flush policy).
void BM_Append(benchmark::State& state) {
  bench_dir dir;
  log_open_options o;
  o.config.segment_bytes = 256 << 20;
  o.now_ms = now_ms();
  auto l = std::move(log::open(dir.path / "a-0", {"a", 0}, o).value());
  auto batch = batch_of(static_cast<std::size_t>(state.range(0)));
  std::int64_t bytes = 0;
  for (auto _ : state) {
    auto r = l->append(batch, leader_epoch(0), o.now_ms);
    if (!r) state.SkipWithError("append failed");
    bytes += static_cast<std::int64_t>(batch.size());
    if (l->size_bytes() > (1LL << 30)) {  // keep the disk footprint bounded
      state.PauseTiming();
      l->set_high_watermark(l->log_end_offset());
      (void)l->delete_records_before(l->log_end_offset(), o.now_ms);
      state.ResumeTiming();
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Append)->Arg(1024)->Arg(16384)->Unit(benchmark::kMicrosecond)->UseRealTime();

// Durable mode: append + fsync per call (worst case: no group commit).
void BM_AppendDurable(benchmark::State& state) {
  bench_dir dir;
  log_open_options o;
  o.config.durable = true;
  o.now_ms = now_ms();
  auto l = std::move(log::open(dir.path / "d-0", {"d", 0}, o).value());
  auto batch = batch_of(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    (void)l->append(batch, leader_epoch(0), o.now_ms);
    (void)l->flush();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * batch.size()));
}
BENCHMARK(BM_AppendDurable)->Arg(16384)->Unit(benchmark::kMicrosecond)->UseRealTime();

// Sequential read of 256 MiB, 1 MiB per fetch, bytes copied out with pread (page cache).
void BM_Read(benchmark::State& state) {
  bench_dir dir;
  log_open_options o;
  o.config.segment_bytes = 64 << 20;
  o.now_ms = now_ms();
  auto l = std::move(log::open(dir.path / "r-0", {"r", 0}, o).value());
  auto batch = batch_of(16384);
  while (l->size_bytes() < (256 << 20))
    (void)l->append(batch, leader_epoch(0), o.now_ms);
  std::vector<std::uint8_t> buf(2 << 20);
  std::int64_t bytes = 0;
  for (auto _ : state) {
    offset at = l->log_start_offset();
    while (at < l->log_end_offset()) {
      auto r = l->read(at, 1 << 20, l->log_end_offset(), true).value();
      std::int64_t consumed = 0;
      for (const auto& s : r.slices) {
        benchmark::DoNotOptimize(::pread(s.fd, buf.data(), static_cast<std::size_t>(s.length), s.position));
        consumed += s.length;
      }
      bytes += consumed;
      // Whole batches are 16 KB + header: advance by whole batches read.
      auto whole = consumed / static_cast<std::int64_t>(batch.size());
      if (whole == 0) break;
      at = at + whole * 16;
    }
  }
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_Read)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Recovery after an unclean shutdown: every batch's CRC checked, indexes rebuilt.
void BM_RecoverPerGiB(benchmark::State& state) {
  bench_dir dir;
  log_open_options o;
  o.config.segment_bytes = 256 << 20;
  o.now_ms = now_ms();
  {
    auto l = std::move(log::open(dir.path / "c-0", {"c", 0}, o).value());
    auto batch = batch_of(16384);
    while (l->size_bytes() < (1LL << 30))
      (void)l->append(batch, leader_epoch(0), o.now_ms);
    (void)l->close();
  }
  o.clean_shutdown = false;
  for (auto _ : state) {
    auto l = log::open(dir.path / "c-0", {"c", 0}, o);
    if (!l) state.SkipWithError("open failed");
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) << 30);
}
BENCHMARK(BM_RecoverPerGiB)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

// Startup of 10,000 partitions (one small segment each): clean, and unclean (all recovered).
void BM_Open10kPartitions(benchmark::State& state) {
  bench_dir dir;
  bool clean = state.range(0) == 1;
  log_manager_config c;
  c.log_dirs = {dir.path};
  c.recovery_threads = 2;
  {
    log_manager m(c);
    (void)m.startup(now_ms());
    auto batch = batch_of(1024);
    for (int p = 0; p < 10000; ++p) {
      std::string topic = "t";
      topic += std::to_string(p / 100);
      auto* l = m.get_or_create({topic, p % 100}, now_ms()).value();
      (void)l->append(batch, leader_epoch(0), now_ms());
      l->release_handles();
    }
    (void)m.shutdown();
  }
  for (auto _ : state) {
    state.PauseTiming();
    if (!clean) std::filesystem::remove(dir.path / clean_shutdown_file_name);
    state.ResumeTiming();
    log_manager m(c);
    if (!m.startup(now_ms())) state.SkipWithError("startup failed");
    state.PauseTiming();
    (void)m.shutdown();
    state.ResumeTiming();
  }
}
BENCHMARK(BM_Open10kPartitions)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
