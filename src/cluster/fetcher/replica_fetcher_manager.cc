// replica_fetcher_manager and fetcher_id_for (gannet/cluster/replica_fetcher.h): Kafka's
// AbstractFetcherManager. Fetchers are keyed by (source broker id, fetcher id); a partition is
// followed by exactly one fetcher, the one of its leader.

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <cstdint>
#include <set>

#include "gannet/cluster/replica_fetcher.h"
#include "gannet/common/logging.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using asio::use_awaitable;
using tp_t = storage::topic_partition;
using fetcher_key = std::pair<std::int32_t, std::int32_t>;  // (source broker id, fetcher id)

// Java's String.hashCode over the UTF-16 code units; topic names are ASCII ([a-zA-Z0-9._-]).
std::int32_t java_string_hash(const std::string& s) {
  std::uint32_t h = 0;
  for (unsigned char c : s)
    h = 31 * h + c;
  return static_cast<std::int32_t>(h);
}

}  // namespace

std::int32_t fetcher_id_for(const tp_t& tp, std::int32_t num_fetchers) {
  if (num_fetchers <= 0) return 0;
  // Utils.abs(31 * topic.hashCode() + partitionId) % numFetchersPerBroker, in Java int arithmetic.
  const auto v = static_cast<std::int32_t>(31u * static_cast<std::uint32_t>(java_string_hash(tp.topic)) +
                                           static_cast<std::uint32_t>(tp.partition));
  const std::int32_t abs = v == INT32_MIN ? 0 : (v < 0 ? -v : v);
  return abs % num_fetchers;
}

class replica_fetcher_manager::impl {
 public:
  impl(asio::any_io_executor ex, replica_fetcher_config config)
      : executor_(ex), strand_(asio::make_strand(ex)), config_(std::move(config)) {}

  asio::awaitable<void> add(std::map<tp_t, follow> parts) {
    // A partition whose leader changed leaves its old fetcher first.
    std::map<fetcher_key, std::vector<tp_t>> moving;
    for (const auto& [tp, f] : parts) {
      auto at = owner_.find(tp);
      const fetcher_key key{f.leader.id, fetcher_id_for(tp, config_.num_fetchers)};
      if (at != owner_.end() && at->second != key) moving[at->second].push_back(tp);
    }
    for (auto& [key, tps] : moving) {
      auto it = fetchers_.find(key);
      if (it != fetchers_.end()) {
        auto removed = co_await it->second->remove_partitions(tps);
        (void)removed;
      }
      for (const auto& tp : tps)
        owner_.erase(tp);
    }
    std::map<fetcher_key, std::map<tp_t, initial_fetch_state>> by_fetcher;
    std::map<fetcher_key, broker_address> endpoints;
    for (const auto& [tp, f] : parts) {
      const fetcher_key key{f.leader.id, fetcher_id_for(tp, config_.num_fetchers)};
      by_fetcher[key][tp] = f.state;
      endpoints[key] = f.leader;
    }
    for (auto& [key, states] : by_fetcher) {
      auto it = fetchers_.find(key);
      if (it != fetchers_.end() &&
          (it->second->source().host != endpoints[key].host || it->second->source().port != endpoints[key].port)) {
        // The leader moved to another address: a new fetcher (Kafka compares the BrokerEndPoint
        // and shuts the old one down; the partitions not in this call wait for their own
        // LeaderAndIsr, as in Kafka).
        auto old = std::move(it->second);
        fetchers_.erase(it);
        std::erase_if(owner_, [&](const auto& o) { return o.second == key; });
        co_await old->stop();
        it = fetchers_.end();
      }
      if (it == fetchers_.end()) {
        auto f = std::make_unique<replica_fetcher>(executor_, key.second, endpoints[key], config_);
        f->start();
        it = fetchers_.emplace(key, std::move(f)).first;
        log::info("replica fetcher manager: started fetcher {} for broker {} at {}:{}", key.second, key.first,
                  endpoints[key].host, endpoints[key].port);
      }
      replica_fetcher* fetcher = it->second.get();
      for (const auto& [tp, _] : states)
        owner_[tp] = key;
      co_await fetcher->add_partitions(std::move(states));
    }
  }

  asio::awaitable<void> remove(std::vector<tp_t> tps) {
    std::map<fetcher_key, std::vector<tp_t>> by_fetcher;
    for (const auto& tp : tps) {
      auto at = owner_.find(tp);
      if (at == owner_.end()) continue;
      by_fetcher[at->second].push_back(tp);
      owner_.erase(at);
    }
    for (auto& [key, list] : by_fetcher) {
      auto it = fetchers_.find(key);
      if (it == fetchers_.end()) continue;
      replica_fetcher* fetcher = it->second.get();
      co_await fetcher->remove_partitions(std::move(list));
    }
  }

  asio::awaitable<void> shutdown_idle() {
    std::set<fetcher_key> used;
    for (const auto& [tp, key] : owner_)
      used.insert(key);
    std::vector<std::unique_ptr<replica_fetcher>> idle;
    for (auto it = fetchers_.begin(); it != fetchers_.end();) {
      if (used.contains(it->first)) {
        ++it;
        continue;
      }
      idle.push_back(std::move(it->second));
      it = fetchers_.erase(it);
    }
    for (auto& f : idle)
      co_await f->stop();
  }

  asio::awaitable<void> stop() {
    auto all = std::move(fetchers_);
    fetchers_.clear();
    owner_.clear();
    for (auto& [key, f] : all)
      co_await f->stop();
  }

  const asio::strand<asio::any_io_executor>& strand() const { return strand_; }

  asio::awaitable<std::map<fetcher_key, std::vector<tp_t>>> assignments() {
    std::map<fetcher_key, std::vector<tp_t>> out;
    for (const auto& [tp, key] : owner_)
      out[key].push_back(tp);
    co_return out;
  }

 private:
  asio::any_io_executor executor_;
  asio::strand<asio::any_io_executor> strand_;
  replica_fetcher_config config_;
  std::map<fetcher_key, std::unique_ptr<replica_fetcher>> fetchers_;
  std::map<tp_t, fetcher_key> owner_;
};

replica_fetcher_manager::replica_fetcher_manager(asio::any_io_executor executor, replica_fetcher_config config)
    : impl_(std::make_shared<impl>(std::move(executor), std::move(config))) {}

replica_fetcher_manager::~replica_fetcher_manager() = default;

asio::awaitable<void> replica_fetcher_manager::add_fetcher_for_partitions(std::map<tp_t, follow> partitions) {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->add(std::move(partitions)), use_awaitable);
  co_await std::move(op);
}

asio::awaitable<void> replica_fetcher_manager::remove_fetcher_for_partitions(std::vector<tp_t> partitions) {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->remove(std::move(partitions)), use_awaitable);
  co_await std::move(op);
}

asio::awaitable<void> replica_fetcher_manager::shutdown_idle_fetchers() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->shutdown_idle(), use_awaitable);
  co_await std::move(op);
}

asio::awaitable<void> replica_fetcher_manager::stop() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->stop(), use_awaitable);
  co_await std::move(op);
}

asio::awaitable<std::map<fetcher_key, std::vector<tp_t>>> replica_fetcher_manager::assignments() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->assignments(), use_awaitable);
  co_return co_await std::move(op);
}

}  // namespace gannet::cluster
