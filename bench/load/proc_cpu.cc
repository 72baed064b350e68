#include "proc_cpu.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>

namespace gannet::bench {

std::optional<double> process_cpu_seconds(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  if (!in) return std::nullopt;
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // The command name (field 2) may hold spaces and parentheses: fields are
  // counted from the last ')'. utime and stime are fields 14 and 15.
  auto close = stat.rfind(')');
  if (close == std::string::npos) return std::nullopt;
  std::istringstream rest(stat.substr(close + 1));
  std::string field;
  unsigned long long utime = 0, stime = 0;
  for (int n = 3; n <= 15 && rest >> field; ++n) {
    if (n == 14) utime = std::stoull(field);
    if (n == 15) stime = std::stoull(field);
  }
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

cpu_meter::cpu_meter(std::vector<std::pair<std::string, int>> watched) : watched_(std::move(watched)) {
  for (const auto& [name, pid] : watched_) {
    auto s = process_cpu_seconds(pid);
    if (!s) std::fprintf(stderr, "kafka_load: cannot read /proc/%d/stat (%s)\n", pid, name.c_str());
    start_.push_back(s.value_or(0));
  }
}

std::string cpu_meter::finish(double bytes) const {
  std::string out;
  char buf[160];
  for (std::size_t i = 0; i < watched_.size(); ++i) {
    double used = process_cpu_seconds(watched_[i].second).value_or(start_[i]) - start_[i];
    double gib = bytes / (1024.0 * 1024.0 * 1024.0);
    std::snprintf(buf, sizeof buf, " cpu_s.%s=%.2f cpu_s_per_gib.%s=%.1f", watched_[i].first.c_str(), used,
                  watched_[i].first.c_str(), gib > 0 ? used / gib : 0.0);
    out += buf;
  }
  return out;
}

}  // namespace gannet::bench
