#pragma once
// Startup configuration failures. Loading throws config_error (STYLE.md,
// "Errors": exceptions are for startup and config failure); main prints what()
// and exits. Request-time validation (CreateTopics, AlterConfigs) returns
// config_problem values instead.

#include <stdexcept>
#include <string>

namespace gannet::config {

class config_error : public std::runtime_error {
 public:
  config_error(std::string key, const std::string& message) : std::runtime_error(message), key_(std::move(key)) {}
  // The offending property name (empty when the failure is not about one key,
  // e.g. an unreadable file).
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

// A rejected config in a request: the key and Kafka's wording of the reason,
// sent with INVALID_CONFIG (or INVALID_REQUEST where Kafka uses it).
struct config_problem {
  std::string name;
  std::string message;
  bool operator==(const config_problem&) const = default;
};

}  // namespace gannet::config
