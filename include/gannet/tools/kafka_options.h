#pragma once
// Kafka-style option parsing (joptsimple's conventions: --name value, --name=value, flags),
// built on CLI11 and kept behind this interface so only one translation unit compiles CLI11.
// Errors become usage_error with joptsimple's wording ("lsit is not a recognized option").

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gannet/tools/cli_common.h"

namespace gannet::tools {

class kafka_options {
 public:
  explicit kafka_options(const std::string& tool, const std::string& description = {});
  ~kafka_options();
  kafka_options(const kafka_options&) = delete;
  kafka_options& operator=(const kafka_options&) = delete;

  // The targets must outlive parse().
  void flag(const std::string& name, bool* out, const std::string& help);
  void value(const std::string& name, std::optional<std::string>* out, const std::string& help);
  // Repeatable; each occurrence takes one or more values.
  void values(const std::string& name, std::vector<std::string>* out, const std::string& help);

  // args without the program name. Returns false when --help was asked (help() has the text).
  bool parse(const std::vector<std::string>& args);
  std::string help() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// An integer option value, or usage_error with Kafka's wording.
int parse_int_option(const std::string& name, const std::string& value);
long long parse_long_option(const std::string& name, const std::string& value);

}  // namespace gannet::tools
