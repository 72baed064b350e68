#pragma once
// Reading znode JSON with Boost.JSON, with the type rules of Kafka's
// kafka.utils.json decoders: to[Int] takes an integral JSON number that fits
// an int32 (a Jackson IntNode), to[String] only a JSON string, Option[...] also
// takes null. Every failure is a zk_data_errc value; nothing throws.

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gannet/cluster/zk_data.h"

namespace gannet::cluster::json_in {

// Parses the JSON value at the start of `data`, as Jackson's readTree does:
// what follows a complete value is ignored; anything else is malformed_json.
// Duplicate keys keep the last value, as in Jackson's ObjectNode.
result<boost::json::value> parse(std::string_view data);
// Parses and requires an object at the top (not_an_object otherwise).
result<boost::json::object> parse_object(std::string_view data);

// Kafka's to[Int] on a value.
result<std::int32_t> to_int32(const boost::json::value& v);
// Kafka's to[Long].
result<std::int64_t> to_int64(const boost::json::value& v);
// Kafka's to[Seq[Int]].
result<std::vector<std::int32_t>> to_int32_array(const boost::json::value& v);

// Field accessors: `required` ones give missing_field when absent, the
// optional ones nullopt when absent or null.
result<std::int32_t> required_int32(const boost::json::object& o, std::string_view key);
result<std::optional<std::int32_t>> optional_int32(const boost::json::object& o, std::string_view key);
result<std::string> required_string(const boost::json::object& o, std::string_view key);
result<std::optional<std::string>> optional_string(const boost::json::object& o, std::string_view key);
// The object at `key`, nullptr when absent; wrong_type when not an object.
result<const boost::json::object*> optional_object(const boost::json::object& o, std::string_view key);

// The millisecond timestamps Kafka writes as strings of a Long and never reads
// back: -1 when absent, not a string of digits or out of range.
std::int64_t lenient_timestamp(const boost::json::object& o, std::string_view key);

// Java's Integer.parseInt / Long.parseLong on a whole string.
std::optional<std::int32_t> parse_java_int(std::string_view s);
std::optional<std::int64_t> parse_java_long(std::string_view s);

}  // namespace gannet::cluster::json_in
