#pragma once
// Writing JSON the way Kafka's Json.encodeAsBytes (Jackson's ObjectMapper with
// default settings) does: no spaces, strings escaped as Jackson escapes them,
// integers in plain decimal. The caller gives object members already in the
// order Kafka's map would iterate (jvm_map_order.h).

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gannet::cluster::json_out {

// A JSON string literal: '"' and '\\' escaped with a backslash, \b \t \n \f \r
// by their short forms, the other control characters as \u00XX (upper-case
// hex), everything else (including non-ASCII UTF-8) as is.
std::string string(std::string_view s);
std::string number(std::int64_t n);
inline std::string null() { return "null"; }

// An object from (key, already-encoded value) members, in the given order.
using members = std::vector<std::pair<std::string, std::string>>;
std::string object(const members& m);
// The same members, in the order given by `order` (indices into m).
std::string object(const members& m, const std::vector<std::size_t>& order);
// An array of already-encoded values.
std::string array(const std::vector<std::string>& values);
std::string int_array(const std::vector<std::int32_t>& values);

// The keys of `m`, for the jvm_map_order functions (views into m).
std::vector<std::string_view> keys(const members& m);

}  // namespace gannet::cluster::json_out
