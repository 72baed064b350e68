#pragma once
// kafka-console-consumer: records -> stdout (docs/cli.md).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/records/record.h"

namespace gannet::tools {

struct consumer_settings {
  std::string bootstrap;
  std::string topic;
  std::optional<std::string> group;  // std::nullopt: a throwaway "console-consumer-N" group, no commits
  bool from_beginning = false;
  std::optional<std::int64_t> max_messages;
  std::optional<std::int32_t> partition;
  std::string offset = "latest";  // with --partition: earliest, latest or a number
  std::optional<std::int64_t> timeout_ms;
  bool read_committed = false;
  // DefaultMessageFormatter properties.
  bool print_key = false, print_value = true, print_partition = false, print_offset = false, print_timestamp = false,
       print_headers = false;
  std::string key_separator = "\t", line_separator = "\n", headers_separator = ",", null_literal = "null";
};

// Parses kafka-console-consumer's flags (Kafka 3.9 ConsoleConsumerOptions); throws usage_error.
// std::nullopt when --help was asked (help printed).
std::optional<consumer_settings> parse_consumer_options(const std::vector<std::string>& args);

// One record as DefaultMessageFormatter prints it (line separator included).
std::string format_record(const consumer_settings& s, std::int32_t partition, std::int64_t offset,
                          std::int64_t timestamp, bool log_append_time, const records::record_view& r);

int run_console_consumer(const std::vector<std::string>& args);

}  // namespace gannet::tools
