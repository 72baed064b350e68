#include <string>

#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

class zk_data_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "zk_data"; }
  std::string message(int value) const override {
    switch (static_cast<zk_data_errc>(value)) {
      case zk_data_errc::malformed_json:
        return "znode data is not valid JSON";
      case zk_data_errc::not_an_object:
        return "znode data is not the JSON object Kafka writes there";
      case zk_data_errc::missing_field:
        return "znode data lacks a field Kafka requires";
      case zk_data_errc::wrong_type:
        return "znode data has a field of a type Kafka does not accept";
      case zk_data_errc::unsupported_version:
        return "znode data has a version Kafka 3.9 does not read";
      case zk_data_errc::invalid_value:
        return "znode data has a value Kafka rejects";
    }
    return "unknown zk_data error";
  }
};

}  // namespace

const std::error_category& zk_data_category() {
  static const zk_data_category_impl category;
  return category;
}

std::error_code make_error_code(zk_data_errc e) { return {static_cast<int>(e), zk_data_category()}; }

}  // namespace gannet::cluster
