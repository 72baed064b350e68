// The error category of zk_errc (gannet/cluster/zk_client.h).

#include "gannet/cluster/zk_client.h"

namespace gannet::cluster {
namespace {

class zk_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "zookeeper"; }
  std::string message(int c) const override {
    switch (static_cast<zk_errc>(c)) {
      case zk_errc::ok:
        return "ok";
      case zk_errc::no_node:
        return "no node";
      case zk_errc::node_exists:
        return "node exists";
      case zk_errc::bad_version:
        return "bad version";
      case zk_errc::not_empty:
        return "node has children";
      case zk_errc::no_children_for_ephemerals:
        return "ephemeral nodes may not have children";
      case zk_errc::connection_loss:
        return "connection loss";
      case zk_errc::session_expired:
        return "session expired";
      case zk_errc::operation_timeout:
        return "operation timeout";
      case zk_errc::auth_failed:
        return "not authorised";
      case zk_errc::bad_arguments:
        return "bad arguments";
      case zk_errc::closing:
        return "client closing";
      case zk_errc::system_error:
        return "zookeeper system error";
    }
    return "unknown zookeeper error";
  }
};

}  // namespace

const std::error_category& zk_category() {
  static const zk_category_impl c;
  return c;
}

std::error_code make_error_code(zk_errc e) { return {static_cast<int>(e), zk_category()}; }

}  // namespace gannet::cluster
