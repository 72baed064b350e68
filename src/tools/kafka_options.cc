// Kafka-style options on top of CLI11 (include/gannet/tools/kafka_options.h).

#include "gannet/tools/kafka_options.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>

namespace gannet::tools {

struct kafka_options::impl {
  CLI::App app;
  impl(const std::string& description, const std::string& tool) : app(description, tool) {}
};

kafka_options::kafka_options(const std::string& tool, const std::string& description)
    : impl_(std::make_unique<impl>(description, tool)) {
  impl_->app.set_help_flag("--help", "Print usage information.");
  impl_->app.allow_extras(true);
}

kafka_options::~kafka_options() = default;

void kafka_options::flag(const std::string& name, bool* out, const std::string& help) {
  impl_->app.add_flag("--" + name, *out, help);
}

void kafka_options::value(const std::string& name, std::optional<std::string>* out, const std::string& help) {
  impl_->app.add_option_function<std::string>(
      "--" + name, [out](const std::string& v) { *out = v; }, help);
}

void kafka_options::values(const std::string& name, std::vector<std::string>* out, const std::string& help) {
  impl_->app.add_option("--" + name, *out, help)
      ->expected(1, CLI::detail::expected_max_vector_size)
      ->allow_extra_args();
}

bool kafka_options::parse(const std::vector<std::string>& args) {
  std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
  try {
    impl_->app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    return false;
  } catch (const CLI::ArgumentMismatch& e) {
    std::string what = e.what();
    std::string name = what.substr(0, what.find(':'));
    name.erase(0, name.find_first_not_of('-'));
    throw usage_error("Option " + name + " requires an argument");
  } catch (const CLI::ParseError& e) {
    throw usage_error(e.what());
  }
  for (const auto& extra : impl_->app.remaining()) {
    if (extra.rfind("--", 0) == 0) {
      std::string name =
          extra.substr(2, extra.find('=') == std::string::npos ? std::string::npos : extra.find('=') - 2);
      throw usage_error(name + " is not a recognized option");
    }
    if (extra.rfind("-", 0) == 0 && extra.size() > 1)
      throw usage_error(extra.substr(1) + " is not a recognized option");
    throw usage_error("Found non-option argument: " + extra);
  }
  return true;
}

std::string kafka_options::help() const { return impl_->app.help(); }

long long parse_long_option(const std::string& name, const std::string& value) {
  long long v = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
  if (ec != std::errc{} || p != value.data() + value.size())
    throw usage_error("Cannot parse argument '" + value + "' of option " + name);
  return v;
}

int parse_int_option(const std::string& name, const std::string& value) {
  long long v = parse_long_option(name, value);
  if (v < INT32_MIN || v > INT32_MAX) throw usage_error("Cannot parse argument '" + value + "' of option " + name);
  return static_cast<int>(v);
}

}  // namespace gannet::tools
