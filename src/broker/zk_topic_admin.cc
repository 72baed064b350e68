// Kafka 3.9's ZkAdminManager for topics (see zk_topic_admin.h).

#include "zk_topic_admin.h"

#include <algorithm>

#include "gannet/cluster/admin_zk.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"
#include "gannet/config/topic_config.h"

namespace gannet::broker {
namespace {

using protocol::error_code;

zk_topic_outcome fail(error_code code, std::optional<std::string> message) {
  zk_topic_outcome out;
  out.code = code;
  out.message = std::move(message);
  return out;
}

// What an unexpected ZooKeeper failure answers: Kafka's exception becomes
// UNKNOWN_SERVER_ERROR (Errors.forException) with its message.
zk_topic_outcome zk_failure(const std::string& what, const std::error_code& ec) {
  log::error("{}: {}", what, ec.message());
  return fail(error_code::unknown_server_error, what + ": " + ec.message());
}

std::string join(const std::vector<std::int32_t>& v, const char* sep = ", ") {
  std::string out;
  for (auto x : v)
    out += (out.empty() ? "" : sep) + std::to_string(x);
  return out;
}

// Scala's toString of the mutable.HashMap[Int, ArrayBuffer[Int]] Kafka builds
// from a manual assignment (small ints hash to their own order).
std::string scala_assignment_string(const cluster::partition_assignment& a) {
  std::string out = "HashMap(";
  bool first = true;
  for (const auto& [p, replicas] : a) {
    out += (first ? "" : ", ") + std::to_string(p) + " -> ArrayBuffer(" + join(replicas) + ")";
    first = false;
  }
  return out + ")";
}

bool has_duplicates(std::vector<std::int32_t> v) {
  std::sort(v.begin(), v.end());
  return std::adjacent_find(v.begin(), v.end()) != v.end();
}

// AdminUtils.assignReplicasToBrokers' exceptions as Kafka reports them.
zk_topic_outcome assignment_failure(const std::error_code& ec, std::int32_t partitions, std::int32_t rf,
                                    std::size_t brokers) {
  using cluster::assignment_errc;
  if (ec == assignment_errc::invalid_partitions) {
    (void)partitions;
    return fail(error_code::invalid_partitions, "Number of partitions must be larger than 0.");
  }
  if (ec == assignment_errc::invalid_replication_factor) {
    if (rf <= 0) return fail(error_code::invalid_replication_factor, "Replication factor must be larger than 0.");
    return fail(error_code::invalid_replication_factor,
                "Replication factor: " + std::to_string(rf) +
                    " larger than available brokers: " + std::to_string(brokers) + ".");
  }
  // AdminOperationException is no ApiException: UNKNOWN_SERVER_ERROR with its message.
  return fail(error_code::unknown_server_error,
              "Not all brokers have rack information for replica rack aware assignment.");
}

std::string unify_collision_chars(std::string s) {
  std::replace(s.begin(), s.end(), '.', '_');
  return s;
}

// AdminZkClient.validateTopicCreate, after Topic.validate: deletion marker,
// existence, collisions, then the assignment's shape.
// Coroutine arguments are named locals and results are awaited from named
// tasks: no temporaries inside a co_await expression (GCC 12, STYLE).
boost::asio::awaitable<std::optional<zk_topic_outcome>> validate_in_zk(cluster::zk_client& zk, std::string name,
                                                                       cluster::partition_assignment a) {
  const auto delete_path = cluster::zk_paths::delete_topic_path(name);
  auto marked_task = zk.exists(delete_path);
  auto marked = co_await std::move(marked_task);
  if (!marked) co_return zk_failure("cannot read " + delete_path, marked.error());
  if (marked->has_value())
    co_return fail(error_code::topic_already_exists, "Topic '" + name + "' is marked for deletion.");
  const auto topic_path = cluster::zk_paths::topic_path(name);
  auto exists_task = zk.exists(topic_path);
  auto exists = co_await std::move(exists_task);
  if (!exists) co_return zk_failure("cannot read " + topic_path, exists.error());
  if (exists->has_value()) co_return fail(error_code::topic_already_exists, "Topic '" + name + "' already exists.");
  if (name.find_first_of("._") != std::string::npos) {
    const std::string topics_path(cluster::zk_paths::broker_topics);
    auto all_task = zk.children(topics_path);
    auto all = co_await std::move(all_task);
    if (!all) co_return zk_failure("cannot list /brokers/topics", all.error());
    if (std::find(all->begin(), all->end(), name) != all->end()) {
      co_return fail(error_code::topic_already_exists, "Topic '" + name + "' already exists.");
    }
    std::string colliding;
    for (const auto& other : *all) {
      if (unify_collision_chars(other) == unify_collision_chars(name))
        colliding += (colliding.empty() ? "" : ", ") + other;
    }
    if (!colliding.empty()) {
      co_return fail(error_code::invalid_topic_exception,
                     "Topic '" + name + "' collides with existing topics: " + colliding);
    }
  }
  std::set<std::size_t> sizes;
  for (const auto& [p, replicas] : a)
    sizes.insert(replicas.size());
  if (sizes.size() != 1) {
    co_return fail(error_code::invalid_replica_assignment, "All partitions should have the same number of replicas");
  }
  for (const auto& [p, replicas] : a) {
    if (has_duplicates(replicas)) {
      co_return fail(error_code::invalid_replica_assignment,
                     "Duplicate replica assignment found: " + scala_assignment_string(a));
    }
  }
  std::int64_t sum = 0;
  for (const auto& [p, replicas] : a) {
    if (p >= 0) sum += p;
  }
  const auto n = static_cast<std::int64_t>(a.size());
  if (sum != n * (n - 1) / 2) {
    co_return fail(error_code::invalid_replica_assignment,
                   "partitions should be a consecutive 0-based integer sequence");
  }
  co_return std::nullopt;
}

}  // namespace

std::optional<std::string> topic_name_problem(const std::string& name) {
  if (name.empty()) return "Topic name is invalid: the empty string is not allowed";
  if (name == "." || name == "..") return "Topic name is invalid: '" + name + "' is not allowed";
  if (name.size() > 249) {
    return "Topic name is invalid: the length of '" + name + "' is longer than the max allowed length 249";
  }
  for (char c : name) {
    const bool legal =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!legal) {
      return "Topic name is invalid: '" + name +
             "' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'";
    }
  }
  return std::nullopt;
}

std::vector<cluster::broker_metadata> zk_alive_brokers(const broker_state& s) {
  std::vector<cluster::broker_metadata> out;
  if (!s.zk || !s.zk->metadata) return out;
  for (const auto& b : s.zk->metadata->alive_brokers())
    out.push_back({b.id, b.rack});
  return out;
}

bool zk_is_active_controller(const broker_state& s) {
  return s.zk && s.zk->controller && s.zk->controller->is_active();
}

boost::asio::awaitable<zk_topic_outcome> zk_create_topic(broker_state& s, zk_new_topic t, bool validate_only) {
  auto& zk = *s.zk->session;
  if (s.zk->metadata && s.zk->metadata->contains(t.name)) {
    co_return fail(error_code::topic_already_exists, "Topic '" + t.name + "' already exists.");
  }
  if (!t.null_configs.empty()) {
    std::string names;
    for (const auto& n : t.null_configs)
      names += (names.empty() ? "" : ",") + n;
    co_return fail(error_code::invalid_config, "Null value not supported for topic configs: " + names);
  }
  if ((t.partitions != -1 || t.replication_factor != -1) && !t.assignments.empty()) {
    co_return fail(error_code::invalid_request,
                   "Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at "
                   "the same time.");
  }
  const std::int32_t partitions = t.partitions == -1 ? s.cfg.num_partitions : t.partitions;
  const std::int32_t rf = t.replication_factor == -1 ? s.cfg.default_replication_factor : t.replication_factor;

  cluster::partition_assignment assignment;
  if (t.assignments.empty()) {
    auto brokers = zk_alive_brokers(s);
    auto assigned = cluster::assign_replicas_to_brokers(brokers, partitions, rf);
    if (!assigned) co_return assignment_failure(assigned.error(), partitions, rf, brokers.size());
    assignment = std::move(*assigned);
  } else {
    // Unknown brokers are not refused here (Kafka: "this follows the existing
    // logic in TopicCommand"); their partitions wait for a leader.
    for (const auto& [p, replicas] : t.assignments)
      assignment[p] = replicas;
  }
  if (auto problem = topic_name_problem(t.name)) co_return fail(error_code::invalid_topic_exception, *problem);
  auto zk_check = validate_in_zk(zk, t.name, assignment);
  if (auto bad = co_await std::move(zk_check)) co_return std::move(*bad);

  config::property_map overrides;
  for (const auto& [k, v] : t.configs)
    overrides[k] = v;
  if (auto p = config::validate_topic_overrides(overrides, s.current_layers())) {
    co_return fail(error_code::invalid_config, p->message);
  }

  zk_topic_outcome out;
  out.assignment = assignment;
  out.configs = overrides;
  if (validate_only) co_return out;

  cluster::entity_config cfg;
  cfg.config = t.configs;
  out.topic_id = topic_registry::new_topic_id();
  auto create_task = cluster::create_topic(zk, t.name, assignment, cfg, out.topic_id);
  auto created = co_await std::move(create_task);
  if (!created) {
    if (created.error() == cluster::admin_errc::topic_exists) {
      co_return fail(error_code::topic_already_exists, "Topic '" + t.name + "' already exists.");
    }
    co_return zk_failure("cannot create topic " + t.name + " in ZooKeeper", created.error());
  }
  log::info("Creating topic {} with {} partition(s) and replication factor {}", t.name, assignment.size(),
            assignment.begin()->second.size());
  co_return out;
}

boost::asio::awaitable<zk_topic_outcome> zk_create_partitions(
    broker_state& s, std::string topic, std::int32_t count,
    std::optional<std::vector<std::vector<std::int32_t>>> assignments, bool validate_only) {
  auto& zk = *s.zk->session;
  // AdminZkClient.getBrokerMetadatas (RackAwareMode.Enforced), from the
  // metadata cache's live brokers rather than a fresh read of /brokers/ids.
  auto listed = cluster::brokers_for_assignment(zk_alive_brokers(s), cluster::rack_aware_mode::enforced);
  if (!listed) {
    co_return fail(error_code::unknown_server_error,
                   "Not all brokers have rack information. Add --disable-rack-aware in command line to make replica "
                   "assignment without rack information.");
  }
  const auto& brokers = *listed;
  std::set<std::int32_t> broker_ids;
  for (const auto& b : brokers)
    broker_ids.insert(b.id);

  const auto path = cluster::zk_paths::topic_path(topic);
  auto get_task = zk.get(path);
  auto current = co_await std::move(get_task);
  if (!current && current.error() != cluster::zk_errc::no_node)
    co_return zk_failure("cannot read " + path, current.error());
  std::optional<cluster::topic_assignment> existing;
  if (current) {
    auto decoded = cluster::decode_topic_assignment(current->data);
    if (!decoded) co_return zk_failure("cannot decode " + path, decoded.error());
    existing = std::move(*decoded);
  }
  if (!existing || existing->partitions.empty()) {
    co_return fail(error_code::unknown_topic_or_partition, "The topic '" + topic + "' does not exist.");
  }
  for (const auto& [p, a] : existing->partitions) {
    if (!a.adding_replicas.empty() || !a.removing_replicas.empty()) {
      co_return fail(error_code::reassignment_in_progress,
                     "A partition reassignment is in progress for the topic '" + topic + "'.");
    }
  }
  const auto old_count = static_cast<std::int32_t>(existing->partitions.size());
  const std::int32_t increment = count - old_count;
  if (increment < 0) {
    co_return fail(error_code::invalid_partitions, "Topic currently has " + std::to_string(old_count) +
                                                       " partitions, which is higher than the requested " +
                                                       std::to_string(count) + ".");
  }
  if (increment == 0) {
    co_return fail(error_code::invalid_partitions, "Topic already has " + std::to_string(old_count) + " partitions.");
  }
  auto p0 = existing->partitions.find(0);
  if (p0 == existing->partitions.end()) {
    co_return fail(error_code::unknown_server_error,
                   "Unexpected existing replica assignment for topic '" + topic + "', partition id 0 is missing.");
  }
  const auto& p0_replicas = p0->second.replicas;

  cluster::partition_assignment added;
  if (assignments) {
    std::vector<std::int32_t> unknown;
    for (const auto& replicas : *assignments) {
      for (auto id : replicas) {
        if (!broker_ids.contains(id) && std::find(unknown.begin(), unknown.end(), id) == unknown.end())
          unknown.push_back(id);
      }
    }
    if (!unknown.empty()) {
      co_return fail(error_code::invalid_replica_assignment,
                     "Unknown broker(s) in replica assignment: " + join(unknown) + ".");
    }
    if (static_cast<std::int64_t>(assignments->size()) != increment) {
      co_return fail(error_code::invalid_replica_assignment,
                     "Increasing the number of partitions by " + std::to_string(increment) + " but " +
                         std::to_string(assignments->size()) + " assignments provided.");
    }
    for (std::size_t i = 0; i < assignments->size(); ++i)
      added[old_count + static_cast<std::int32_t>(i)] = (*assignments)[i];
    // AdminZkClient.validateReplicaAssignment.
    std::vector<std::int32_t> bad_partitions;
    std::vector<std::int32_t> bad_factors;
    for (const auto& [p, replicas] : added) {
      if (replicas.empty()) {
        co_return fail(error_code::invalid_replica_assignment,
                       "Cannot have replication factor of 0 for partition id " + std::to_string(p) + ".");
      }
      if (has_duplicates(replicas)) {
        co_return fail(error_code::invalid_replica_assignment,
                       "Duplicate brokers not allowed in replica assignment: " + join(replicas) + " for partition id " +
                           std::to_string(p) + ".");
      }
      if (replicas.size() != p0_replicas.size()) {
        bad_partitions.push_back(p);
        bad_factors.push_back(static_cast<std::int32_t>(replicas.size()));
      }
    }
    if (!bad_partitions.empty()) {
      co_return fail(error_code::invalid_replica_assignment,
                     "Inconsistent replication factor between partitions, partition 0 has " +
                         std::to_string(p0_replicas.size()) + " while partitions [" + join(bad_partitions) +
                         "] have replication factors [" + join(bad_factors) + "], respectively.");
    }
  } else {
    // createNewPartitionsAssignment: start at the first broker whose id is at
    // least partition 0's leader's, continuing partition ids.
    std::int32_t start = 0;
    for (std::size_t i = 0; i < brokers.size(); ++i) {
      if (!p0_replicas.empty() && brokers[i].id >= p0_replicas.front()) {
        start = static_cast<std::int32_t>(i);
        break;
      }
    }
    const auto rf = static_cast<std::int32_t>(p0_replicas.size());
    auto assigned = cluster::assign_replicas_to_brokers(brokers, increment, rf, start, old_count);
    if (!assigned) co_return assignment_failure(assigned.error(), increment, rf, brokers.size());
    added = std::move(*assigned);
  }

  zk_topic_outcome out;
  for (const auto& [p, a] : existing->partitions)
    out.assignment[p] = a.replicas;
  for (const auto& [p, replicas] : added)
    out.assignment[p] = replicas;
  if (existing->topic_id) out.topic_id = *existing->topic_id;
  if (validate_only) co_return out;
  auto add_task = cluster::add_partitions(zk, topic, added, broker_ids);
  auto written = co_await std::move(add_task);
  if (!written) co_return zk_failure("cannot add partitions to topic " + topic, written.error());
  log::info("Creating {} partitions for '{}' with the following replica assignment", increment, topic);
  co_return out;
}

boost::asio::awaitable<zk_topic_outcome> zk_delete_topic(broker_state& s, std::string topic) {
  auto delete_task = cluster::delete_topic(*s.zk->session, topic);
  auto deleted = co_await std::move(delete_task);
  if (!deleted) {
    if (deleted.error() == cluster::admin_errc::already_marked_for_deletion) co_return zk_topic_outcome{};
    if (deleted.error() == cluster::admin_errc::unknown_topic) {
      co_return fail(error_code::unknown_topic_or_partition, "Topic `" + topic + "` to delete does not exist");
    }
    co_return zk_failure("cannot mark topic " + topic + " for deletion", deleted.error());
  }
  log::info("Topic {} marked for deletion", topic);
  co_return zk_topic_outcome{};
}

boost::asio::awaitable<std::set<std::string>> zk_wait_for_leaders(broker_state& s,
                                                                  std::map<std::string, std::set<std::int32_t>> wanted,
                                                                  std::chrono::steady_clock::time_point deadline) {
  while (true) {
    std::set<std::string> missing;
    std::uint64_t seen = 0;
    if (s.zk && s.zk->metadata) {
      seen = s.zk->metadata->update_count();
      auto snap = s.zk->metadata->snapshot();
      for (const auto& [topic, partitions] : wanted) {
        auto t = snap->partition_states.find(topic);
        for (auto p : partitions) {
          if (t == snap->partition_states.end()) {
            missing.insert(topic);
            break;
          }
          auto st = t->second.find(p);
          if (st == t->second.end() || st->second.leader == -1) {
            missing.insert(topic);
            break;
          }
        }
      }
    } else {
      for (const auto& [topic, partitions] : wanted)
        missing.insert(topic);
    }
    if (missing.empty() || std::chrono::steady_clock::now() >= deadline || !s.zk || !s.zk->metadata) {
      co_return missing;
    }
    auto wait = s.zk->metadata->wait_for_update(seen, deadline);
    co_await std::move(wait);
  }
}

boost::asio::awaitable<std::set<std::string>> zk_wait_for_deletion(broker_state& s, std::set<std::string> topics,
                                                                   std::chrono::steady_clock::time_point deadline) {
  while (true) {
    std::set<std::string> remaining;
    std::uint64_t seen = 0;
    if (s.zk && s.zk->metadata) {
      seen = s.zk->metadata->update_count();
      for (const auto& t : topics) {
        if (s.zk->metadata->contains(t)) remaining.insert(t);
      }
    }
    if (remaining.empty() || std::chrono::steady_clock::now() >= deadline) co_return remaining;
    auto wait = s.zk->metadata->wait_for_update(seen, deadline);
    co_await std::move(wait);
  }
}

}  // namespace gannet::broker
