#pragma once
// kafka-console-producer: stdin lines -> records (docs/cli.md).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace gannet::tools {

struct producer_settings {
  std::string bootstrap;
  std::string topic;
  bool parse_key = false;
  std::string key_separator = "\t";
  std::string compression = "none";  // none, gzip, snappy, lz4, zstd
  std::int16_t acks = -1;
  std::int32_t request_timeout_ms = 1500;
  std::int64_t linger_ms = 1000;
  std::size_t batch_size = 16384;
  std::int64_t max_block_ms = 60000;
};

// Parses kafka-console-producer's flags (Kafka 3.9 ConsoleProducer); throws usage_error.
// std::nullopt when --help was asked (help printed).
std::optional<producer_settings> parse_producer_options(const std::vector<std::string>& args);

// Kafka's default partitioner for a keyed record: murmur2(key) & 0x7fffffff mod partitions.
std::int32_t murmur2(const std::string& data);
std::int32_t partition_for_key(const std::string& key, std::int32_t partitions);

int run_console_producer(const std::vector<std::string>& args);

}  // namespace gannet::tools
