// Record batch v2 throughput: CRC-32C, validation, record iteration, codecs.
// Figures and the command that made them: docs/record-batch-format.md, "Figures".
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "gannet/records/batch_builder.h"
#include "gannet/records/compression.h"
#include "gannet/records/crc32c.h"
#include "gannet/records/record.h"
#include "gannet/records/record_batch.h"

namespace {

using namespace gannet::records;

std::vector<std::uint8_t> random_bytes(std::size_t n) {
  std::mt19937_64 rng(1);
  std::vector<std::uint8_t> v(n);
  for (auto& b : v)
    b = static_cast<std::uint8_t>(rng());
  return v;
}

// A JSON event like those of a clickstream or an order service.
std::string json_event(std::mt19937& rng, int i) {
  static const char* pages[] = {"/", "/cart", "/checkout", "/product/1234", "/search?q=shoes", "/account"};
  static const char* agents[] = {"Mozilla/5.0 (X11; Linux x86_64)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)",
                                 "okhttp/4.12.0"};
  return "{\"event_id\":\"" + std::to_string(1000000 + i) + "-" + std::to_string(rng() % 100000) +
         "\",\"user_id\":" + std::to_string(rng() % 50000) + ",\"page\":\"" + pages[rng() % 6] +
         "\",\"ts\":" + std::to_string(1700000000000 + i * 17) + ",\"agent\":\"" + agents[rng() % 3] +
         "\",\"latency_ms\":" + std::to_string(rng() % 900) + ",\"ok\":" + ((rng() % 10) ? "true" : "false") + "}";
}

// About `bytes` of record data, as a batch.
std::vector<std::uint8_t> json_batch(std::size_t bytes, compression_type c = compression_type::none) {
  std::mt19937 rng(3);
  batch_builder b({.compression = c});
  std::size_t total = 0;
  for (int i = 0; total < bytes; ++i) {
    record_data r{.key = "user-" + std::to_string(rng() % 50000),
                  .value = json_event(rng, i),
                  .headers = {},
                  .timestamp_ms = 1700000000000 + i};
    total += r.key->size() + r.value->size() + 8;
    b.add(std::move(r));
  }
  return *b.build();
}

void BM_Crc32cHardware(benchmark::State& state) {
  if (!crc32c::hardware_available()) {
    state.SkipWithError("no SSE4.2");
    return;
  }
  const auto data = random_bytes(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state)
    benchmark::DoNotOptimize(crc32c::extend_hardware(0, data));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Crc32cHardware)->Arg(4096)->Arg(1 << 20);

void BM_Crc32cSoftware(benchmark::State& state) {
  const auto data = random_bytes(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state)
    benchmark::DoNotOptimize(crc32c::extend_software(0, data));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}
BENCHMARK(BM_Crc32cSoftware)->Arg(4096)->Arg(1 << 20);

void BM_ValidateBatch16K(benchmark::State& state) {
  const auto batch = json_batch(16 * 1024);
  for (auto _ : state)
    benchmark::DoNotOptimize(validate_batch(batch));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * batch.size()));
}
BENCHMARK(BM_ValidateBatch16K);

void BM_IterateRecords16K(benchmark::State& state) {
  const auto bytes = json_batch(16 * 1024);
  const auto batch = *validate_batch(bytes);
  std::vector<std::uint8_t> buffer;
  for (auto _ : state) {
    auto reader = *read_records(batch, buffer, 0);
    std::size_t n = 0;
    for (auto r = reader.next(); r && *r; r = reader.next()) {
      benchmark::DoNotOptimize((*r)->value);
      ++n;
    }
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * batch.records_count());
}
BENCHMARK(BM_IterateRecords16K);

void BM_ValidateRecords16K(benchmark::State& state) {
  const auto bytes = json_batch(16 * 1024);
  const auto batch = *validate_batch(bytes);
  std::vector<std::uint8_t> buffer;
  for (auto _ : state)
    benchmark::DoNotOptimize(validate_records(batch, buffer, 1 << 20));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ValidateRecords16K);

// 64 KB of records section (JSON values), the unit producers compress.
std::vector<std::uint8_t> records_section_64k() {
  const auto b = json_batch(64 * 1024);
  std::vector<std::uint8_t> section(b.begin() + batch_header_size, b.end());
  section.resize(64 * 1024);
  return section;
}

void BM_Compress(benchmark::State& state) {
  const auto type = static_cast<compression_type>(state.range(0));
  const auto input = records_section_64k();
  std::vector<std::uint8_t> out;
  for (auto _ : state)
    benchmark::DoNotOptimize(compress(type, input, out));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * input.size()));
  state.counters["ratio"] = static_cast<double>(input.size()) / static_cast<double>(out.size());
  state.SetLabel(compression_name(type));
}
BENCHMARK(BM_Compress)->DenseRange(1, 4);

void BM_Decompress(benchmark::State& state) {
  const auto type = static_cast<compression_type>(state.range(0));
  const auto input = records_section_64k();
  std::vector<std::uint8_t> packed, out;
  (void)compress(type, input, packed);
  for (auto _ : state)
    benchmark::DoNotOptimize(decompress(type, packed, out, 1 << 20));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * input.size()));
  state.SetLabel(compression_name(type));
}
BENCHMARK(BM_Decompress)->DenseRange(1, 4);

}  // namespace
