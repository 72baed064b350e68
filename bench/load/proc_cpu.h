// CPU time of another process from /proc: how the benchmark charges a broker
// for the work a run made it do (CPU seconds per GiB).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace gannet::bench {

// utime + stime of every thread of `pid`, in seconds; nullopt if it is gone.
std::optional<double> process_cpu_seconds(int pid);

// CPU seconds of a set of named processes between construction and finish().
class cpu_meter {
 public:
  explicit cpu_meter(std::vector<std::pair<std::string, int>> watched);
  // Appends " cpu_s.<name>=X cpu_s_per_gib.<name>=Y" for each watched process.
  std::string finish(double bytes) const;

 private:
  std::vector<std::pair<std::string, int>> watched_;
  std::vector<double> start_;
};

}  // namespace gannet::bench
