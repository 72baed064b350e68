#pragma once
// The znode data captured from Apache Kafka 3.9.1 (tests/cluster/data/zk/README.md).

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

namespace gannet::cluster::testing {

// The exact bytes of tests/cluster/data/zk/<name> (tests run from the source root).
inline std::string zk_golden(const std::string& name) {
  std::ifstream in("tests/cluster/data/zk/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("missing golden file tests/cluster/data/zk/" + name);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace gannet::cluster::testing
