#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "payload.h"
#include "proc_cpu.h"
#include "rdkafka_client.h"
#include "workloads.h"

namespace gannet::bench {
namespace {

struct consumer_result {
  std::vector<std::int64_t> latencies_ns;  // of messages sent after the warm-up
  std::int64_t received = 0;
  std::int64_t errors = 0;
};

// Reads until `expected` messages arrived (set by the producer when it is done)
// or the deadline passes.
void consume_stamps(partition_reader& reader, const std::atomic<std::int64_t>& expected, std::int64_t first_counted_seq,
                    std::int64_t deadline, consumer_result& out) {
  while (out.received < expected.load(std::memory_order_acquire) && now_ns() < deadline) {
    rd_kafka_message_t* m = reader.poll(50);
    if (m == nullptr) continue;
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR && m->len >= 16) {
      const std::int64_t arrived = now_ns();
      const stamp s = read_stamp(m->payload);
      ++out.received;
      if (s.seq >= first_counted_seq) out.latencies_ns.push_back(arrived - s.send_ns);
    } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF && out.errors++ < 5) {
      std::fprintf(stderr, "kafka_load: consume: %s\n", rd_kafka_message_errstr(m));
    }
    rd_kafka_message_destroy(m);
  }
}

double percentile_ms(const std::vector<std::int64_t>& sorted, double q) {
  if (sorted.empty()) return 0;
  auto i = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
  return static_cast<double>(sorted[std::min(i, sorted.size() - 1)]) / 1e6;
}

void count_failures(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque) {
  if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) return;
  if (static_cast<std::atomic<std::int64_t>*>(opaque)->fetch_add(1) < 5)
    std::fprintf(stderr, "kafka_load: delivery failed: %s\n", rd_kafka_err2str(m->err));
}

}  // namespace

int run_latency(const options& o) {
  const auto total = static_cast<std::int64_t>(o.rate * o.duration_s);
  const auto first_counted = static_cast<std::int64_t>(o.rate * o.warmup_s);
  const std::int64_t deadline = now_ns() + static_cast<std::int64_t>(o.timeout_s * 1e9);

  std::atomic<std::int64_t> failed{0};
  rd_kafka_conf_t* pconf = producer_conf(o);
  rd_kafka_conf_set_dr_msg_cb(pconf, count_failures);
  rd_kafka_conf_set_opaque(pconf, &failed);
  client_ptr producer = make_client(RD_KAFKA_PRODUCER, pconf);
  const int partitions = std::min(partition_count_or_exit(producer.get(), o), o.partitions);
  partition_reader consumer(o);
  consumer.start_from_beginning();

  // Until the producer knows how many it sent, wait for "more than ever possible".
  std::atomic<std::int64_t> expected{INT64_MAX};
  consumer_result result;
  result.latencies_ns.reserve(static_cast<std::size_t>(std::max<std::int64_t>(0, total - first_counted)));
  std::thread reader([&] { consume_stamps(consumer, expected, first_counted, deadline, result); });

  rd_kafka_topic_t* rkt = rd_kafka_topic_new(producer.get(), o.topic.c_str(), nullptr);
  auto payloads = make_payloads(o.size, 1024);
  cpu_meter cpu(o.watched);
  const std::int64_t t0 = now_ns();
  const double interval_ns = 1e9 / o.rate;
  std::int64_t sent = 0, max_lag_ns = 0;
  for (std::int64_t i = 0; i < total && now_ns() < deadline; ++i) {
    // Fixed rate: message i is due at t0 + i/rate; a late sender catches up
    // without sleeping (its lag is reported, so a loaded load generator shows).
    const auto due = t0 + static_cast<std::int64_t>(static_cast<double>(i) * interval_ns);
    std::int64_t now = now_ns();
    if (now < due) {
      std::this_thread::sleep_for(std::chrono::nanoseconds(due - now));
      now = now_ns();
    }
    max_lag_ns = std::max(max_lag_ns, now - due);
    std::string& value = payloads[static_cast<std::size_t>(i) % payloads.size()];
    write_stamp(value, {now, i});
    if (rd_kafka_produce(rkt, static_cast<std::int32_t>(i % partitions), RD_KAFKA_MSG_F_COPY, value.data(),
                         value.size(), nullptr, 0, nullptr) == -1) {
      std::fprintf(stderr, "kafka_load: produce: %s\n", rd_kafka_err2str(rd_kafka_last_error()));
      break;
    }
    ++sent;
    rd_kafka_poll(producer.get(), 0);
  }
  const double send_secs = static_cast<double>(now_ns() - t0) / 1e9;
  rd_kafka_flush(producer.get(), static_cast<int>(std::max<std::int64_t>(0, (deadline - now_ns()) / 1000000)));
  expected.store(sent, std::memory_order_release);
  reader.join();
  rd_kafka_topic_destroy(rkt);

  auto& lat = result.latencies_ns;
  std::sort(lat.begin(), lat.end());
  const double bytes = static_cast<double>(sent) * static_cast<double>(o.size);
  std::printf(
      "result mode=latency rate=%.0f sent=%lld received=%lld failed=%lld samples=%zu achieved_rate=%.0f "
      "p50_ms=%.2f p99_ms=%.2f p999_ms=%.2f max_ms=%.2f sender_max_lag_ms=%.2f errors=%lld%s\n",
      o.rate, static_cast<long long>(sent), static_cast<long long>(result.received),
      static_cast<long long>(failed.load()), lat.size(), static_cast<double>(sent) / send_secs,
      percentile_ms(lat, 0.50), percentile_ms(lat, 0.99), percentile_ms(lat, 0.999),
      lat.empty() ? 0.0 : static_cast<double>(lat.back()) / 1e6, static_cast<double>(max_lag_ns) / 1e6,
      static_cast<long long>(result.errors), cpu.finish(bytes).c_str());
  const bool complete = sent == total && result.received == sent && failed.load() == 0 && result.errors == 0;
  return complete ? 0 : 1;
}

}  // namespace gannet::bench
