// Topic creation, partition increases and deletion requests in ZooKeeper (gannet/cluster/admin_zk.h).

#include "gannet/cluster/admin_zk.h"

#include <algorithm>

#include "gannet/cluster/zk_paths.h"

namespace gannet::cluster {

namespace {

class admin_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "admin_zk"; }
  std::string message(int c) const override {
    switch (static_cast<admin_errc>(c)) {
      case admin_errc::topic_exists:
        return "topic already exists";
      case admin_errc::unknown_topic:
        return "topic does not exist";
      case admin_errc::already_marked_for_deletion:
        return "topic is already marked for deletion";
      case admin_errc::invalid_replica_assignment:
        return "invalid replica assignment";
      case admin_errc::invalid_partitions:
        return "the number of partitions can only be increased";
      case admin_errc::broker_not_available:
        return "some brokers specified are not available";
      case admin_errc::concurrent_change:
        return "the topic's assignment changed concurrently";
    }
    return "unknown admin error";
  }
};

bool has_duplicates(std::vector<std::int32_t> v) {
  std::sort(v.begin(), v.end());
  return std::adjacent_find(v.begin(), v.end()) != v.end();
}

}  // namespace

const std::error_category& admin_category() {
  static const admin_category_impl c;
  return c;
}

std::error_code make_error_code(admin_errc e) { return {static_cast<int>(e), admin_category()}; }

result<void> validate_assignment(const partition_assignment& assignment) {
  if (assignment.empty()) return make_error_code(admin_errc::invalid_replica_assignment);
  const auto rf = assignment.begin()->second.size();
  std::int32_t expected = 0;
  for (const auto& [p, replicas] : assignment) {
    if (replicas.size() != rf || replicas.empty() || has_duplicates(replicas) || p != expected++) {
      return make_error_code(admin_errc::invalid_replica_assignment);
    }
  }
  return {};
}

boost::asio::awaitable<result<void>> create_topic(zk_client& zk, std::string topic, partition_assignment assignment,
                                                  entity_config config, protocol::uuid topic_id) {
  if (auto v = validate_assignment(assignment); !v) co_return v.error();
  auto marked = co_await zk.exists(zk_paths::delete_topic_path(topic));
  if (!marked) co_return marked.error();
  if (marked->has_value()) co_return make_error_code(admin_errc::topic_exists);
  auto exists = co_await zk.exists(zk_paths::topic_path(topic));
  if (!exists) co_return exists.error();
  if (exists->has_value()) co_return make_error_code(admin_errc::topic_exists);

  // The config first, not atomically with the assignment (as Kafka): the
  // controller reads the topic only once /brokers/topics/<t> appears.
  const auto config_path = zk_paths::topic_config_path(topic);
  const auto config_data = encode_entity_config(config);
  auto set = co_await zk.set(config_path, config_data, -1);
  if (!set && set.error() == zk_errc::no_node) {
    auto created = co_await zk.create_recursive(config_path, config_data);
    if (!created) co_return created.error();
  } else if (!set) {
    co_return set.error();
  }

  topic_assignment a;
  a.topic_id = topic_id;
  for (auto& [p, replicas] : assignment)
    a.partitions[p].replicas = std::move(replicas);
  auto created =
      co_await zk.create(zk_paths::topic_path(topic), encode_topic_assignment(a), zk_create_mode::persistent);
  if (!created) {
    if (created.error() == zk_errc::node_exists) co_return make_error_code(admin_errc::topic_exists);
    co_return created.error();
  }
  co_return result<void>{};
}

boost::asio::awaitable<result<void>> add_partitions(zk_client& zk, std::string topic, partition_assignment added,
                                                    std::set<std::int32_t> live_brokers) {
  const auto path = zk_paths::topic_path(topic);
  auto current = co_await zk.get(path);
  if (!current) {
    if (current.error() == zk_errc::no_node) co_return make_error_code(admin_errc::unknown_topic);
    co_return current.error();
  }
  auto a = decode_topic_assignment(current->data);
  if (!a) co_return a.error();
  auto p0 = a->partitions.find(0);
  if (p0 == a->partitions.end()) co_return make_error_code(admin_errc::invalid_replica_assignment);
  if (added.empty()) co_return make_error_code(admin_errc::invalid_partitions);
  auto next = static_cast<std::int32_t>(a->partitions.size());
  for (const auto& [p, replicas] : added) {
    if (p != next++) co_return make_error_code(admin_errc::invalid_partitions);
    if (replicas.empty() || has_duplicates(replicas)) co_return make_error_code(admin_errc::invalid_replica_assignment);
    for (auto r : replicas) {
      if (!live_brokers.contains(r)) co_return make_error_code(admin_errc::broker_not_available);
    }
    if (replicas.size() != p0->second.replicas.size()) {
      co_return make_error_code(admin_errc::invalid_replica_assignment);
    }
  }
  for (auto& [p, replicas] : added)
    a->partitions[p].replicas = std::move(replicas);
  auto set = co_await zk.set(path, encode_topic_assignment(*a), current->stat.version);
  if (!set) {
    if (set.error() == zk_errc::bad_version) co_return make_error_code(admin_errc::concurrent_change);
    co_return set.error();
  }
  co_return result<void>{};
}

boost::asio::awaitable<result<void>> delete_topic(zk_client& zk, std::string topic) {
  auto exists = co_await zk.exists(zk_paths::topic_path(topic));
  if (!exists) co_return exists.error();
  if (!exists->has_value()) co_return make_error_code(admin_errc::unknown_topic);
  auto created = co_await zk.create(zk_paths::delete_topic_path(topic), "", zk_create_mode::persistent);
  if (!created) {
    if (created.error() == zk_errc::node_exists) co_return make_error_code(admin_errc::already_marked_for_deletion);
    co_return created.error();
  }
  co_return result<void>{};
}

}  // namespace gannet::cluster
