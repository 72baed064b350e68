// Kafka's replica placement (gannet/cluster/replica_assignment.h).

#include "gannet/cluster/replica_assignment.h"

#include <algorithm>
#include <mutex>
#include <random>
#include <set>

namespace gannet::cluster {
namespace {

class assignment_category_impl final : public std::error_category {
 public:
  const char* name() const noexcept override { return "replica_assignment"; }
  std::string message(int c) const override {
    switch (static_cast<assignment_errc>(c)) {
      case assignment_errc::invalid_partitions:
        return "Number of partitions must be larger than 0.";
      case assignment_errc::invalid_replication_factor:
        return "invalid replication factor";
      case assignment_errc::incomplete_rack_information:
        return "Not all brokers have rack information for replica rack aware assignment.";
    }
    return "unknown replica assignment error";
  }
};

std::int32_t default_random(std::int32_t bound) {
  static std::mutex mu;
  static std::mt19937 gen{std::random_device{}()};
  std::lock_guard lock(mu);
  return std::uniform_int_distribution<std::int32_t>(0, bound - 1)(gen);
}

// AdminUtils.replicaIndex: the follower positions never coincide with the first replica.
std::int32_t replica_index(std::int32_t first, std::int32_t shift, std::int32_t j, std::int32_t n) {
  const std::int64_t s = 1 + (static_cast<std::int64_t>(shift) + j) % (n - 1);
  return static_cast<std::int32_t>((first + s) % n);
}

// The start index and the initial shift: Kafka draws each separately when not fixed.
std::pair<std::int32_t, std::int32_t> starts(std::int32_t fixed, std::int32_t n, const random_source& random) {
  if (fixed >= 0) return {fixed, fixed};
  const auto& draw = random ? random : random_source(default_random);
  const auto start = draw(n);
  const auto shift = draw(n);
  return {start, shift};
}

partition_assignment rack_unaware(std::int32_t partitions, std::int32_t rf, const std::vector<std::int32_t>& ids,
                                  std::int32_t fixed, std::int32_t start_partition, const random_source& random) {
  partition_assignment out;
  const auto n = static_cast<std::int32_t>(ids.size());
  auto [start, shift] = starts(fixed, n, random);
  std::int32_t p = std::max(0, start_partition);
  for (std::int32_t i = 0; i < partitions; ++i, ++p) {
    if (p > 0 && p % n == 0) shift += 1;
    const std::int32_t first = (p + start) % n;
    std::vector<std::int32_t> replicas{ids[first]};
    for (std::int32_t j = 0; j < rf - 1; ++j)
      replicas.push_back(ids[replica_index(first, shift, j, n)]);
    out.emplace(p, std::move(replicas));
  }
  return out;
}

partition_assignment rack_aware(std::int32_t partitions, std::int32_t rf,
                                const std::map<std::int32_t, std::string>& racks, std::int32_t fixed,
                                std::int32_t start_partition, const random_source& random) {
  std::set<std::string> distinct_racks;
  for (const auto& [id, rack] : racks)
    distinct_racks.insert(rack);
  const auto num_racks = static_cast<std::int32_t>(distinct_racks.size());
  const auto arranged = rack_alternated_broker_list(racks);
  const auto n = static_cast<std::int32_t>(arranged.size());
  partition_assignment out;
  auto [start, shift] = starts(fixed, n, random);
  std::int32_t p = std::max(0, start_partition);
  for (std::int32_t i = 0; i < partitions; ++i, ++p) {
    if (p > 0 && p % n == 0) shift += 1;
    const std::int32_t first = (p + start) % n;
    const auto leader = arranged[first];
    std::vector<std::int32_t> replicas{leader};
    std::set<std::string> racks_used{racks.at(leader)};
    std::set<std::int32_t> brokers_used{leader};
    std::int32_t k = 0;
    for (std::int32_t j = 0; j < rf - 1; ++j) {
      for (bool done = false; !done; ++k) {
        const auto broker = arranged[replica_index(first, shift * num_racks, k, n)];
        const auto& rack = racks.at(broker);
        const bool rack_ok = !racks_used.contains(rack) || static_cast<std::int32_t>(racks_used.size()) == num_racks;
        const bool broker_ok = !brokers_used.contains(broker) || static_cast<std::int32_t>(brokers_used.size()) == n;
        if (rack_ok && broker_ok) {
          replicas.push_back(broker);
          racks_used.insert(rack);
          brokers_used.insert(broker);
          done = true;
        }
      }
    }
    out.emplace(p, std::move(replicas));
  }
  return out;
}

}  // namespace

const std::error_category& assignment_category() {
  static const assignment_category_impl c;
  return c;
}

std::error_code make_error_code(assignment_errc e) { return {static_cast<int>(e), assignment_category()}; }

result<std::vector<broker_metadata>> brokers_for_assignment(std::vector<broker_metadata> brokers,
                                                            rack_aware_mode mode) {
  const auto with_rack =
      std::count_if(brokers.begin(), brokers.end(), [](const auto& b) { return b.rack.has_value(); });
  const bool mixed = with_rack > 0 && with_rack < static_cast<std::ptrdiff_t>(brokers.size());
  if (mode == rack_aware_mode::enforced && mixed) return make_error_code(assignment_errc::incomplete_rack_information);
  if (mode == rack_aware_mode::disabled || (mode == rack_aware_mode::safe && mixed)) {
    for (auto& b : brokers)
      b.rack.reset();
  }
  std::sort(brokers.begin(), brokers.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  return brokers;
}

std::vector<std::int32_t> rack_alternated_broker_list(const std::map<std::int32_t, std::string>& broker_racks) {
  // std::map orders both the racks and the brokers within a rack, as Kafka's sorts do.
  std::map<std::string, std::vector<std::int32_t>> by_rack;
  for (const auto& [id, rack] : broker_racks)
    by_rack[rack].push_back(id);
  std::vector<std::vector<std::int32_t>::const_iterator> next;
  std::vector<std::vector<std::int32_t>::const_iterator> end;
  for (const auto& [rack, ids] : by_rack) {
    next.push_back(ids.begin());
    end.push_back(ids.end());
  }
  std::vector<std::int32_t> out;
  for (std::size_t r = 0; out.size() < broker_racks.size(); r = (r + 1) % next.size()) {
    if (next[r] != end[r]) out.push_back(*next[r]++);
  }
  return out;
}

result<partition_assignment> assign_replicas_to_brokers(const std::vector<broker_metadata>& brokers,
                                                        std::int32_t partitions, std::int32_t replication_factor,
                                                        std::int32_t fixed_start_index, std::int32_t start_partition_id,
                                                        const random_source& random) {
  if (partitions <= 0) return make_error_code(assignment_errc::invalid_partitions);
  if (replication_factor <= 0 || replication_factor > static_cast<std::int32_t>(brokers.size())) {
    return make_error_code(assignment_errc::invalid_replication_factor);
  }
  const bool none_has_rack = std::none_of(brokers.begin(), brokers.end(), [](const auto& b) { return b.rack; });
  if (none_has_rack) {
    std::vector<std::int32_t> ids;
    for (const auto& b : brokers)
      ids.push_back(b.id);
    return rack_unaware(partitions, replication_factor, ids, fixed_start_index, start_partition_id, random);
  }
  std::map<std::int32_t, std::string> racks;
  for (const auto& b : brokers) {
    if (!b.rack) return make_error_code(assignment_errc::incomplete_rack_information);
    racks[b.id] = *b.rack;
  }
  return rack_aware(partitions, replication_factor, racks, fixed_start_index, start_partition_id, random);
}

}  // namespace gannet::cluster
