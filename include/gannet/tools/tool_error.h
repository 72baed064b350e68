#pragma once
// The CLI's one failure type. A command throws it when it has to stop; main() prints it in the
// tool's layout (Kafka's wording where Kafka has one) and exits non-zero. Exceptions suit a
// short-lived CLI: there is no connection loop to keep alive (STYLE.md 7.4).

#include <optional>
#include <stdexcept>
#include <string>

#include "gannet/protocol/error_code.h"

namespace gannet::tools {

class tool_error : public std::runtime_error {
 public:
  // `exception_class` is the Java exception Kafka's tool would log for this failure (shown in
  // the stderr line Kafka's tools print); empty when there is none.
  explicit tool_error(const std::string& message, std::string exception_class = {})
      : std::runtime_error(message), exception_class_(std::move(exception_class)) {}
  const std::string& exception_class() const { return exception_class_; }

 private:
  std::string exception_class_;
};

// The error Kafka's admin client raises for a response error: its message is the broker's
// error_message when present, else Kafka's description of the code.
tool_error kafka_error(protocol::error_code code, const std::optional<std::string>& message = std::nullopt);

// Kafka's exception class for an error code ("org.apache.kafka.common.errors.TopicExistsException").
std::string exception_class_for(protocol::error_code code);

}  // namespace gannet::tools
