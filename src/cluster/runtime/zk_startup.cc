#include "gannet/cluster/zk_startup.h"

#include "gannet/cluster/zk_data.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

// GCC 12 destroys non-trivial temporaries inside a co_await expression twice
// (see gannet/common/run_on.h), so every argument below is a named local.

namespace gannet::cluster {

boost::asio::awaitable<result<void>> ensure_persistent_paths(zk_client& zk) {
  for (std::string_view path : zk_paths::persistent_paths) {
    std::string p(path);
    std::string empty;
    auto r = co_await zk.create_recursive(std::move(p), std::move(empty));
    if (!r) co_return r.error();
  }
  co_return result<void>{};
}

boost::asio::awaitable<result<std::string>> get_or_create_cluster_id(zk_client& zk,
                                                                     const std::function<std::string()>& new_id) {
  const std::string path(zk_paths::cluster_id);
  // Two rounds at most: a create that loses the race is followed by a read
  // that finds the winner's id.
  for (int round = 0; round < 2; ++round) {
    std::string p = path;
    auto got = co_await zk.get(std::move(p));
    if (got) {
      auto decoded = decode_cluster_id(got->data);
      if (!decoded) {
        log::error("{} holds unreadable data: {}", path, got->data);
        co_return decoded.error();
      }
      co_return decoded->id;
    }
    if (got.error() != zk_errc::no_node) co_return got.error();
    std::string data = encode_cluster_id({.id = new_id()});
    std::string create_path = path;
    auto created = co_await zk.create_recursive(std::move(create_path), std::move(data));
    if (!created) co_return created.error();
    // create_recursive treats node_exists as success: read back whichever id won.
  }
  co_return make_error_code(zk_errc::system_error);
}

boost::asio::awaitable<result<std::int32_t>> generate_broker_id(zk_client& zk, std::int32_t reserved_broker_max_id) {
  const std::string path(zk_paths::broker_seqid);
  std::string p1 = path, d1;
  auto set = co_await zk.set(std::move(p1), std::move(d1), -1);
  if (!set && set.error() == zk_errc::no_node) {
    std::string p2 = path, d2;
    auto c = co_await zk.create_recursive(std::move(p2), std::move(d2));
    if (!c) co_return c.error();
    std::string p3 = path, d3;
    set = co_await zk.set(std::move(p3), std::move(d3), -1);
  }
  if (!set) co_return set.error();
  co_return reserved_broker_max_id + set->version;
}

}  // namespace gannet::cluster
