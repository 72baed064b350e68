// Protocol codec benchmarks: Produce request decode (records stay a view into the request
// buffer) and Fetch response encode with a 1 MB records field, from memory (copied into the
// frame) and as file slices (spliced, zero copy). Bytes/s are the encoded frame sizes.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "gannet/protocol/messages/fetch.h"
#include "gannet/protocol/messages/produce.h"

namespace {

using namespace gannet::protocol;

std::vector<std::uint8_t> encode_produce(std::size_t partitions, std::size_t batch_bytes,
                                         std::vector<std::uint8_t>& records_buf) {
  records_buf.assign(batch_bytes, 0x5a);
  produce_request req;
  req.acks = -1;
  req.timeout_ms = 30000;
  auto& topic = req.topic_data.emplace_back();
  topic.name = "bench-topic";
  for (std::size_t p = 0; p < partitions; ++p) {
    auto& pd = topic.partition_data.emplace_back();
    pd.index = static_cast<std::int32_t>(p);
    pd.records = records::from_view(records_buf);
  }
  gannet::outbound_frame f;
  writer w(f);
  req.encode(w, 9);
  return f.bytes;
}

void BM_ProduceRequestDecode(benchmark::State& state) {
  std::vector<std::uint8_t> records_buf;
  const auto bytes = encode_produce(static_cast<std::size_t>(state.range(0)), 16 * 1024, records_buf);
  for (auto _ : state) {
    produce_request req;
    reader r(bytes);
    req.decode(r, 9);
    benchmark::DoNotOptimize(req);
    if (!r.ok()) state.SkipWithError("decode failed");
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_ProduceRequestDecode)->Arg(1)->Arg(64);

fetch_response make_fetch(records rec) {
  fetch_response resp;
  resp.session_id = 1;
  auto& topic = resp.responses.emplace_back();
  topic.topic_id[0] = 1;
  auto& p = topic.partitions.emplace_back();
  p.high_watermark = 1000;
  p.last_stable_offset = 1000;
  p.log_start_offset = 0;
  p.aborted_transactions.emplace();
  p.records = std::move(rec);
  return resp;
}

void BM_FetchResponseEncodeView(benchmark::State& state) {
  const std::vector<std::uint8_t> data(1 << 20, 0x42);
  const auto resp = make_fetch(records::from_view(data));
  std::size_t n = 0;
  for (auto _ : state) {
    gannet::outbound_frame f;
    f.bytes.reserve(resp.size(13));
    writer w(f);
    resp.encode(w, 13);
    n = f.wire_size();
    benchmark::DoNotOptimize(f.bytes.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * n));
}
BENCHMARK(BM_FetchResponseEncodeView);

void BM_FetchResponseEncodeFileSlices(benchmark::State& state) {
  const auto resp = make_fetch(
      records::from_slices({gannet::file_slice{.fd = 3, .position = 0, .length = 1 << 20, .keepalive = nullptr}}));
  std::size_t n = 0;
  for (auto _ : state) {
    gannet::outbound_frame f;
    writer w(f);
    resp.encode(w, 13);
    n = f.wire_size();
    benchmark::DoNotOptimize(f.bytes.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * n));
}
BENCHMARK(BM_FetchResponseEncodeFileSlices);

}  // namespace
