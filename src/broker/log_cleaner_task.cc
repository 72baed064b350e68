#include "log_cleaner_task.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <set>

#include "broker_state.h"
#include "gannet/common/logging.h"
#include "gannet/storage/log_cleaner.h"
#include "gannet/storage/offset_map.h"
#include "run_on.h"

namespace gannet::broker {
namespace {

constexpr std::chrono::milliseconds tick{100};

// Partitions being cleaned by some loop (Kafka's inProgress map).
struct cleaner_shared {
  std::mutex mutex;
  std::set<storage::topic_partition> in_progress;
};

struct candidate {
  std::shared_ptr<partition> p;
  storage::clean_plan plan;
};

std::string setting(broker_state& s, const char* name, const char* fallback) {
  return s.current_layers().value_of(name).value_or(fallback);
}

// Step 1 on the partition's strand; nullopt when gone or not worth cleaning.
std::optional<storage::clean_plan> plan_on_strand(const std::shared_ptr<partition>& p, gannet::offset first_dirty,
                                                  std::int64_t now) {
  if (p->deleted()) return std::nullopt;
  auto plan = p->log().plan_clean(first_dirty, now);
  if (!plan) {
    log::warn("{}: cannot plan a clean: {}", p->tp().dir_name(), plan.error().message());
    return std::nullopt;
  }
  if (!plan->worth_cleaning()) return std::nullopt;
  plan->retain_batches_ending_at = p->producers().last_batch_offsets();
  return std::move(*plan);
}

// Step 3 on the partition's strand.
bool apply_on_strand(const std::shared_ptr<partition>& p, storage::clean_output& out, std::int64_t now) {
  if (p->deleted()) {
    out.discard();
    return false;
  }
  auto r = p->log().apply_clean(out, now);
  if (!r) {
    log::error("{}: swapping in cleaned segments failed: {}", p->tp().dir_name(), r.error().message());
    out.discard();
    return false;
  }
  if (*r) p->on_log_changed();
  return *r;
}

std::vector<std::shared_ptr<partition>> compacted_partitions(broker_state& s) {
  std::vector<std::shared_ptr<partition>> out;
  for (auto& p : s.partitions.all()) {
    if (s.logs.config_for(p->tp().topic).cleanup_compact) out.push_back(p);
  }
  return out;
}

boost::asio::awaitable<void> sleep_ms(broker_state& s, boost::asio::steady_timer& timer, std::int64_t ms) {
  auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (!s.stopping.load() && std::chrono::steady_clock::now() < until) {
    timer.expires_after(std::min<std::chrono::steady_clock::duration>(tick, until - std::chrono::steady_clock::now()));
    co_await timer.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
  }
}

boost::asio::awaitable<void> cleaner_loop(broker_state* s, std::shared_ptr<cleaner_shared> shared, int threads,
                                          int id) {
  boost::asio::steady_timer timer(co_await boost::asio::this_coro::executor);
  std::unique_ptr<storage::offset_map> map;  // allocated at the first clean
  while (!s->stopping.load()) {
    std::int64_t now = broker_state::now_ms();
    std::optional<candidate> best;
    for (auto& p : compacted_partitions(*s)) {
      if (s->stopping.load()) break;
      {
        std::lock_guard lock(shared->mutex);
        if (shared->in_progress.contains(p->tp())) continue;
      }
      gannet::offset first_dirty = s->logs.cleaner_checkpoint(p->tp()).value_or(gannet::offset(0));
      auto fn = [p, first_dirty, now] { return plan_on_strand(p, first_dirty, now); };
      auto plan = co_await run_on(p->strand(), std::move(fn));
      if (!plan) continue;
      if (!best || plan->cleanable_ratio() > best->plan.cleanable_ratio()) best = candidate{p, std::move(*plan)};
    }
    bool claimed = false;
    if (best) {
      std::lock_guard lock(shared->mutex);
      claimed = shared->in_progress.insert(best->p->tp()).second;
    }
    if (!claimed || s->stopping.load()) {
      std::int64_t backoff = std::stoll(setting(*s, "log.cleaner.backoff.ms", "15000"));
      co_await sleep_ms(*s, timer, backoff);
      continue;
    }
    if (!map) {
      std::int64_t memory = std::stoll(setting(*s, "log.cleaner.dedupe.buffer.size", "134217728")) / threads;
      map = std::make_unique<storage::offset_map>(memory);
    }
    double load_factor = std::stod(setting(*s, "log.cleaner.io.buffer.load.factor", "0.9"));
    // Step 2 here, on this loop's strand of the storage pool: the partition's
    // strand stays free for Produce and Fetch meanwhile.
    auto out = storage::clean_log(best->plan, *map, load_factor, now);
    bool failed = !out;
    if (failed) {
      log::error("{}: log cleaner {}: {}", best->p->tp().dir_name(), id, out.error().message());
    } else {
      auto apply = [p = best->p, o = std::make_shared<storage::clean_output>(std::move(*out)), now] {
        return std::pair<bool, gannet::offset>{apply_on_strand(p, *o, now), o->end_offset};
      };
      std::pair<bool, gannet::offset> applied = co_await run_on(best->p->strand(), std::move(apply));
      if (applied.first) {
        if (auto r = s->logs.set_cleaner_checkpoint(best->p->tp(), applied.second); !r)
          log::warn("writing cleaner-offset-checkpoint failed: {}", r.error().message());
      }
    }
    {
      std::lock_guard lock(shared->mutex);
      shared->in_progress.erase(best->p->tp());
    }
    if (failed) {
      // Do not spin on a log that cannot be cleaned (e.g. a corrupt segment).
      std::int64_t backoff = std::stoll(setting(*s, "log.cleaner.backoff.ms", "15000"));
      co_await sleep_ms(*s, timer, backoff);
    }
  }
}

}  // namespace

void start_log_cleaner(broker_state& s) {
  if (setting(s, "log.cleaner.enable", "true") != "true") {
    log::info("log cleaner disabled (log.cleaner.enable=false)");
    return;
  }
  int threads = std::stoi(setting(s, "log.cleaner.threads", "1"));
  if (threads <= 0) return;  // as Kafka: no cleaner thread, nothing is compacted
  auto shared = std::make_shared<cleaner_shared>();
  for (int i = 0; i < threads; ++i) {
    auto strand = boost::asio::make_strand(s.storage_pool.get_executor());
    boost::asio::co_spawn(strand, cleaner_loop(&s, shared, threads, i), boost::asio::detached);
  }
}

}  // namespace gannet::broker
