#include <algorithm>
#include <atomic>
#include <cstdio>
#include <string>

#include "payload.h"
#include "proc_cpu.h"
#include "rdkafka_client.h"
#include "workloads.h"

namespace gannet::bench {
namespace {

struct delivery_state {
  std::atomic<std::int64_t> delivered{0};
  std::atomic<std::int64_t> failed{0};
};

void on_delivery(rd_kafka_t*, const rd_kafka_message_t* m, void* opaque) {
  auto* state = static_cast<delivery_state*>(opaque);
  if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
    state->delivered.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  // Only the first few: a broken run would flood stderr.
  if (state->failed.fetch_add(1, std::memory_order_relaxed) < 5)
    std::fprintf(stderr, "kafka_load: delivery failed (partition %d): %s\n", m->partition, rd_kafka_err2str(m->err));
}

}  // namespace

int run_produce(const options& o) {
  delivery_state state;
  rd_kafka_conf_t* conf = producer_conf(o);
  rd_kafka_conf_set_dr_msg_cb(conf, on_delivery);
  rd_kafka_conf_set_opaque(conf, &state);
  client_ptr rk = make_client(RD_KAFKA_PRODUCER, conf);
  // Connect and learn the leaders before the clock starts.
  int partitions = partition_count_or_exit(rk.get(), o);
  if (partitions < o.partitions) {
    std::fprintf(stderr, "kafka_load: %s has %d partitions, fewer than --partitions %d\n", o.topic.c_str(), partitions,
                 o.partitions);
    return 1;
  }
  rd_kafka_topic_t* rkt = rd_kafka_topic_new(rk.get(), o.topic.c_str(), nullptr);
  auto payloads = make_payloads(o.size, 1024);

  cpu_meter cpu(o.watched);
  const std::int64_t t0 = now_ns();
  const std::int64_t deadline = t0 + static_cast<std::int64_t>(o.timeout_s * 1e9);
  const std::int64_t stop_sending = o.max_seconds > 0 ? t0 + static_cast<std::int64_t>(o.max_seconds * 1e9) : deadline;
  bool timed_out = false;
  std::int64_t sent = 0;
  for (std::int64_t i = 0; i < o.messages && !timed_out; ++i) {
    // --max-seconds bounds a run on a slow broker; checked every 1000 messages.
    if (i % 1000 == 0 && now_ns() > stop_sending) break;
    std::string& value = payloads[static_cast<std::size_t>(i) % payloads.size()];
    write_stamp(value, {now_ns(), i});
    while (rd_kafka_produce(rkt, static_cast<std::int32_t>(i % o.partitions), RD_KAFKA_MSG_F_COPY, value.data(),
                            value.size(), nullptr, 0, nullptr) == -1) {
      if (rd_kafka_last_error() != RD_KAFKA_RESP_ERR__QUEUE_FULL) {
        std::fprintf(stderr, "kafka_load: produce: %s\n", rd_kafka_err2str(rd_kafka_last_error()));
        return 1;
      }
      rd_kafka_poll(rk.get(), 1);  // the queue is full: serve delivery reports
      if (now_ns() > deadline) {
        timed_out = true;
        break;
      }
    }
    if (!timed_out) ++sent;
    if (i % 1000 == 0) rd_kafka_poll(rk.get(), 0);
  }
  std::int64_t left_ms = std::max<std::int64_t>(0, (deadline - now_ns()) / 1000000);
  if (rd_kafka_flush(rk.get(), static_cast<int>(left_ms)) != RD_KAFKA_RESP_ERR_NO_ERROR) timed_out = true;
  const double secs = static_cast<double>(now_ns() - t0) / 1e9;
  rd_kafka_topic_destroy(rkt);

  const std::int64_t ok = state.delivered.load();
  const double bytes = static_cast<double>(ok) * static_cast<double>(o.size);
  std::printf(
      "result mode=produce messages=%lld bytes=%.0f seconds=%.3f msg_per_s=%.0f mib_per_s=%.1f failed=%lld "
      "timed_out=%d%s\n",
      static_cast<long long>(ok), bytes, secs, static_cast<double>(ok) / secs, bytes / secs / 1048576.0,
      static_cast<long long>(state.failed.load()), timed_out ? 1 : 0, cpu.finish(bytes).c_str());
  return (ok == sent && !timed_out && state.failed.load() == 0) ? 0 : 1;
}

}  // namespace gannet::bench
