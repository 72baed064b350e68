// Thin RAII over librdkafka's C API (Debian's librdkafka 2.0.2) for the benchmark.
#pragma once

#include <librdkafka/rdkafka.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "options.h"

namespace gannet::bench {

struct rdkafka_deleter {
  void operator()(rd_kafka_t* rk) const { rd_kafka_destroy(rk); }
};
using client_ptr = std::unique_ptr<rd_kafka_t, rdkafka_deleter>;

// A configuration with bootstrap.servers and every --set property; exits on a bad one.
rd_kafka_conf_t* base_conf(const options& o);
void set_prop(rd_kafka_conf_t* conf, const std::string& key, const std::string& value);

// The producer used by every workload: acks, compression, linger from the options.
rd_kafka_conf_t* producer_conf(const options& o);

client_ptr make_client(rd_kafka_type_t type, rd_kafka_conf_t* conf);

// Creates the topic (replication factor 1); TOPIC_ALREADY_EXISTS is an error
// too, since a run must start from an empty topic. Exits on failure.
void create_topic(const options& o);

// Reads every partition of a topic from its first offset through one queue,
// with librdkafka's simple consumer: no group, no coordinator, no commits.
class partition_reader {
 public:
  explicit partition_reader(const options& o);  // exits if the topic is unknown
  ~partition_reader();
  partition_reader(const partition_reader&) = delete;
  partition_reader& operator=(const partition_reader&) = delete;

  int partitions() const { return partitions_; }
  rd_kafka_t* client() const { return rk_.get(); }
  void start_from_beginning();
  // The next message or nullptr after timeout_ms; the caller destroys it.
  rd_kafka_message_t* poll(int timeout_ms);

 private:
  client_ptr rk_;
  int partitions_ = 0;
  int started_ = 0;
  rd_kafka_topic_t* topic_ = nullptr;
  rd_kafka_queue_t* queue_ = nullptr;
};

// partition_count(), exiting if the topic is unknown.
int partition_count_or_exit(rd_kafka_t* rk, const options& o);

// The partition count the broker reports for the topic (0 if unknown).
int partition_count(rd_kafka_t* rk, const std::string& topic);

}  // namespace gannet::bench
