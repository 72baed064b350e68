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

// A consumer that never joins its group: positions come from assign_from_start().
client_ptr make_consumer(const options& o);
// Assigns partitions [0, partitions) of the topic from their first offset.
void assign_from_start(rd_kafka_t* rk, const std::string& topic, int partitions);
// partition_count(), exiting if the topic is unknown.
int partition_count_or_exit(rd_kafka_t* rk, const options& o);

// The partition count the broker reports for the topic (0 if unknown).
int partition_count(rd_kafka_t* rk, const std::string& topic);

}  // namespace gannet::bench
