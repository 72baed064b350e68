// kafka_load: a producer/consumer benchmark on librdkafka's C API, run against
// Gannet and Apache Kafka alike by scripts/run-bench.sh (docs/performance.md).
#include "options.h"
#include "rdkafka_client.h"
#include "workloads.h"

int main(int argc, char** argv) {
  using namespace gannet::bench;
  const options o = parse_options(argc, argv);
  if (o.create_topic || o.mode == workload::create) create_topic(o);
  switch (o.mode) {
    case workload::create:
      return 0;
    case workload::produce:
      return run_produce(o);
    case workload::consume:
      return run_consume(o);
    case workload::latency:
      return run_latency(o);
  }
  return 2;
}
