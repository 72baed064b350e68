#pragma once
// One configuration key as Kafka's ConfigDef defines it: name, type, default,
// validator, importance and documentation, plus what Kafka spreads over other
// tables: whether a broker may change it at runtime (DynamicBrokerConfig), and,
// for topic keys, the broker keys it falls back to (ServerTopicConfigSynonyms).
// The tables themselves live in definitions.h; values are parsed here.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gannet::config {

// Property name -> value, as written in a file or sent by AlterConfigs.
using property_map = std::map<std::string, std::string, std::less<>>;

// Numbered as DescribeConfigs v3+ reports them (ConfigType in Kafka's
// DescribeConfigsResponse).
enum class config_type : std::int8_t {
  unknown = 0,
  boolean = 1,
  string = 2,
  int32 = 3,
  int16 = 4,
  int64 = 5,
  float64 = 6,
  list = 7,
  class_name = 8,
  password = 9,
};

// Kafka's spelling of a type, as used in its error messages ("INT", "LONG").
std::string_view kafka_type_name(config_type type);

enum class importance : std::int8_t { high, medium, low };
std::string_view importance_name(importance imp);

// What a value must satisfy beyond its type. Messages follow ConfigDef's
// validators word for word (Range, ValidString, ValidList).
struct validator {
  enum class kind : std::int8_t {
    none,
    range,             // min and/or max, inclusive
    one_of,            // string in `strings`
    list_of,           // every list element in `strings`
    gzip_level,        // 1..9 or -1 (CompressionType.GZIP.levelValidator)
    metadata_version,  // e.g. "3.0-IV1" or "3.9" (MetadataVersionValidator)
  };
  kind what = kind::none;
  std::optional<std::int64_t> min;
  std::optional<std::int64_t> max;
  std::vector<std::string_view> strings;

  static validator at_least(std::int64_t m) { return {kind::range, m, std::nullopt, {}}; }
  static validator between(std::int64_t lo, std::int64_t hi) { return {kind::range, lo, hi, {}}; }
  static validator in(std::vector<std::string_view> s) { return {kind::one_of, {}, {}, std::move(s)}; }
  static validator list_in(std::vector<std::string_view> s) { return {kind::list_of, {}, {}, std::move(s)}; }
  static validator of(kind k) { return {k, {}, {}, {}}; }

  // Kafka's rendering for documentation: "[1,...]", "[0,...,1]", "[delete, compact]".
  std::string describe() const;
};

// Conversion of a broker synonym's unit into the topic key's unit
// (ConfigSynonym.HOURS_TO_MILLISECONDS and MINUTES_TO_MILLISECONDS).
struct broker_synonym {
  std::string_view name;
  std::int64_t multiplier = 1;
};

struct config_key {
  std::string_view name;
  config_type type = config_type::string;
  // Kafka's string form of the default (ConfigDef.convertToString); nullopt
  // where Kafka's default is null (the key is then derived from another one).
  std::optional<std::string_view> default_value;
  validator valid;
  importance imp = importance::medium;
  std::string_view documentation;
  // Broker keys: may be changed with AlterConfigs without a restart
  // (Kafka's DynamicBrokerConfig.AllDynamicConfigs). DescribeConfigs reports
  // read_only = !dynamic for broker resources.
  bool dynamic = false;
  // Gannet's own key, not Kafka's.
  bool gannet_only = false;
  // Topic keys: the broker keys whose value is the topic's default, highest
  // precedence first; empty where the topic key has no server default.
  std::vector<broker_synonym> synonyms = {};

  bool sensitive() const { return type == config_type::password; }
};

// A parsed value: bool, integer (int16/int32/int64), double, string
// (string, class, password) or list, or null (monostate).
using config_value = std::variant<std::monostate, bool, std::int64_t, double, std::string, std::vector<std::string>>;

struct parsed_value {
  config_value value;
  std::string error;  // Kafka's ConfigException text; empty when valid
  bool ok() const { return error.empty(); }
};

// Parses `text` as ConfigDef.parseType does (trimming, case-insensitive
// booleans, comma lists) and applies the key's validator. Errors read
// "Invalid value <v> for configuration <name>: <reason>".
parsed_value parse_value(const config_key& key, std::string_view text);

// Kafka's string form of a parsed value (ConfigDef.convertToString): lists
// joined with ",", doubles as Java prints them ("0.5", "1.7976931348623157E308").
std::optional<std::string> to_kafka_string(const config_key& key, const config_value& value);

// Java's Double.toString.
std::string java_double_to_string(double d);

// Java's String.trim(): strips every char <= ' ' at both ends.
std::string_view java_trim(std::string_view s);

// Splits a list value as ConfigDef does: empty -> {}, else split on
// commas with surrounding whitespace.
std::vector<std::string> split_list(std::string_view text);

}  // namespace gannet::config
