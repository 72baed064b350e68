// Command-line options of kafka_load (the librdkafka producer/consumer benchmark).
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace gannet::bench {

enum class workload { create, produce, consume, latency };

struct options {
  workload mode = workload::produce;
  std::string bootstrap = "127.0.0.1:9092";
  std::string topic;
  int partitions = 3;              // for --create, and the partitions produced to / assigned
  bool create_topic = false;       // create the topic (replication factor 1) before the run
  std::int64_t messages = 100000;  // produce: how many; latency: derived from rate*duration
  std::size_t size = 1024;         // value bytes per message
  std::string acks = "1";
  std::string compression = "none";
  std::string linger_ms;                                         // empty: librdkafka's default
  double max_seconds = 0;                                        // produce: stop sending after this long (0: no limit)
  double rate = 5000;                                            // latency: messages per second
  double duration_s = 10;                                        // latency: seconds of sending, warm-up included
  double warmup_s = 2;                                           // latency: samples sent before this are not counted
  double timeout_s = 120;                                        // give up (and fail) after this long
  std::vector<std::pair<std::string, std::string>> extra_props;  // --set key=value
  std::vector<std::pair<std::string, int>> watched;              // --watch name=pid
};

// Parses argv; prints usage and exits on --help or a bad argument.
options parse_options(int argc, char** argv);

}  // namespace gannet::bench
