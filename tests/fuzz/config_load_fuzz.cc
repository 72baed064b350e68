// Fuzzes the configuration loader with what an operator (or a compose file)
// can hand it: a config file (YAML or server.properties), KAFKA_* environment
// variables and --override arguments. Input layout: byte 0 picks the file kind
// (even: YAML, odd: properties); the rest is split at the first two NUL bytes
// into the file's text, the environment (NAME=VALUE lines) and the overrides
// (one per line). A bad configuration must end in config_error (main prints it
// and exits 1); any other exception, a crash or a hang is a finding.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "gannet/config/config_error.h"
#include "gannet/config/loader.h"

namespace {

std::vector<std::string> lines_of(std::string_view text) {
  std::vector<std::string> out;
  while (!text.empty()) {
    auto nl = text.find('\n');
    out.emplace_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

// One scratch directory per process: the loader reads the file by path.
const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    static const auto d = std::filesystem::temp_directory_path() / ("gannet-config-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(d);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(d, ec);
    });
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool yaml = (data[0] & 1) == 0;
  std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  auto cut = [&rest]() {
    auto nul = rest.find('\0');
    std::string_view part = rest.substr(0, nul);
    rest = nul == std::string_view::npos ? std::string_view{} : rest.substr(nul + 1);
    return part;
  };
  const std::string_view file_text = cut();
  const std::string_view env_text = cut();
  const std::string_view override_text = rest;

  const auto path = scratch_dir() / (yaml ? "fuzz.yaml" : "fuzz.properties");
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(file_text.data(), static_cast<std::streamsize>(file_text.size()));
  }
  gannet::config::load_options options;
  options.file = path;
  for (const auto& line : lines_of(env_text)) {
    auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    options.environment.emplace_back(line.substr(0, eq), line.substr(eq + 1));
  }
  options.overrides = lines_of(override_text);
  options.local_host = [] { return std::string("fuzz-host"); };
  try {
    auto loaded = gannet::config::load_config(options);
    (void)loaded;
  } catch (const gannet::config::config_error&) {
    // The expected answer to a bad configuration.
  }
  return 0;
}
