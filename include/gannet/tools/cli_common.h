#pragma once
// Helpers every CLI command shares: Kafka's log-line layout, uuid text forms, "k=v" parsing,
// and the usage_error the Kafka-style option parsers throw.

#include <cstdint>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "gannet/protocol/uuid.h"

namespace gannet::tools {

// A command-line mistake (unknown flag, missing argument). Kafka's tools print the message as
// the first line on stderr and exit 1; so do we (without the Java stack trace and usage dump).
class usage_error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Kafka's Uuid.toString(): URL-safe base64 of the 16 bytes, no padding (22 characters).
std::string uuid_to_base64(const protocol::uuid& id);

// "[2026-11-25 10:19:25,809] ERROR <text>" as Kafka's tools-log4j.properties lays it out.
std::string log4j_prefix(const char* level);

// Splits "k=v" at the first '='; returns false when there is none.
bool split_key_value(const std::string& kv, std::string& key, std::string& value);

// Kafka's --property / --config handling: each "k=v" into a list, in order.
std::vector<std::pair<std::string, std::string>> parse_properties(const std::vector<std::string>& items,
                                                                  const std::string& what);

// The value of a property list entry, or `fallback`.
std::string property_or(const std::vector<std::pair<std::string, std::string>>& props, const std::string& key,
                        const std::string& fallback);

// Java's Pattern.matches for the simple regular expressions operators pass as --topic / --group
// (ECMAScript syntax, whole-string match). A pattern that does not compile matches literally.
bool matches_include_list(const std::string& pattern, const std::string& name);

}  // namespace gannet::tools
