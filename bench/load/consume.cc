#include <cstdio>
#include <vector>

#include "payload.h"
#include "proc_cpu.h"
#include "rdkafka_client.h"
#include "workloads.h"

namespace gannet::bench {

int run_consume(const options& o) {
  partition_reader reader(o);
  rd_kafka_t* rk = reader.client();
  const int partitions = reader.partitions();
  // What "everything" is: the log end of each partition when the run starts.
  std::int64_t expected = 0;
  for (int p = 0; p < partitions; ++p) {
    std::int64_t low = 0, high = 0;
    rd_kafka_resp_err_t err = rd_kafka_query_watermark_offsets(rk, o.topic.c_str(), p, &low, &high, 10000);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
      std::fprintf(stderr, "kafka_load: watermarks of %s-%d: %s\n", o.topic.c_str(), p, rd_kafka_err2str(err));
      return 1;
    }
    expected += high - low;
  }

  cpu_meter cpu(o.watched);
  const std::int64_t t0 = now_ns();
  const std::int64_t deadline = t0 + static_cast<std::int64_t>(o.timeout_s * 1e9);
  reader.start_from_beginning();
  std::int64_t received = 0, errors = 0;
  double bytes = 0;
  while (received < expected && now_ns() < deadline) {
    rd_kafka_message_t* m = reader.poll(100);
    if (m == nullptr) continue;
    if (m->err == RD_KAFKA_RESP_ERR_NO_ERROR) {
      ++received;
      bytes += static_cast<double>(m->len);
    } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF && errors++ < 5) {
      std::fprintf(stderr, "kafka_load: consume: %s\n", rd_kafka_message_errstr(m));
    }
    rd_kafka_message_destroy(m);
  }
  const double secs = static_cast<double>(now_ns() - t0) / 1e9;
  std::printf(
      "result mode=consume messages=%lld expected=%lld bytes=%.0f seconds=%.3f msg_per_s=%.0f "
      "mib_per_s=%.1f errors=%lld%s\n",
      static_cast<long long>(received), static_cast<long long>(expected), bytes, secs,
      static_cast<double>(received) / secs, bytes / secs / 1048576.0, static_cast<long long>(errors),
      cpu.finish(bytes).c_str());
  return (received == expected && errors == 0) ? 0 : 1;
}

}  // namespace gannet::bench
