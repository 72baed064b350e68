#pragma once
// Java .properties text (java.util.Properties.load/store): `key=value`,
// `key: value` or `key value`; `#` and `!` comment lines; a line ending in an
// odd number of backslashes continues on the next; escapes \t \n \r \f \uXXXX
// and \<char>. Used for server.properties and for the broker's per-topic
// override files. Pure functions; any thread.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gannet/config/config_key.h"

namespace gannet::config {

// Entries in file order; a repeated key appears twice (the last one wins
// when folded into a property_map).
std::vector<std::pair<std::string, std::string>> parse_properties(std::string_view text);

// Properties text that parse_properties reads back to `values`, one
// `key=value` line per entry in key order, escaping as Properties.store does
// (non-ASCII bytes are written as UTF-8, not \u escapes). `header`, when not
// empty, becomes a leading `#` comment line.
std::string write_properties(const property_map& values, std::string_view header = {});

}  // namespace gannet::config
