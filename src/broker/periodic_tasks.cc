#include "periodic_tasks.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "broker_state.h"
#include "gannet/common/logging.h"
#include "log_cleaner_task.h"

namespace gannet::broker {
namespace {

constexpr std::chrono::milliseconds tick{100};

void run_retention(broker_state& s, std::int64_t now) {
  for (auto& p : s.partitions.all()) {
    boost::asio::post(p->strand(), [p, now] {
      auto r = p->log().delete_old_segments(now);
      if (!r) {
        log::warn("{}: retention failed: {}", p->tp().dir_name(), r.error().message());
      } else if (*r > 0) {
        log::info("{}: retention deleted {} segment(s); log start offset now {}", p->tp().dir_name(), *r,
                  p->log().log_start_offset().value());
        p->on_log_changed();
      }
    });
  }
  s.logs.delete_due(now);
}

void run_flush(broker_state& s, std::int64_t now) {
  for (auto& p : s.partitions.all()) {
    boost::asio::post(p->strand(), [p, now] {
      if (auto r = p->log().flush_if_due(now); !r)
        log::warn("{}: flush failed: {}", p->tp().dir_name(), r.error().message());
    });
  }
}

void run_producer_expiry(broker_state& s, std::int64_t now) {
  const std::int64_t ms = s.producer_id_expiration_ms();
  for (auto& p : s.partitions.all()) {
    boost::asio::post(p->strand(), [p, now, ms] { p->producers().expire(now, ms); });
  }
}

// Kafka's isr-expiration task (ReplicaManager.maybeShrinkIsr), every half
// replica.lag.time.max.ms: a follower that has not caught up for the whole lag
// time leaves the ISR. Partitions this broker does not lead skip it.
void run_isr_expiration(broker_state& s, std::int64_t now) {
  for (auto& p : s.partitions.all()) {
    boost::asio::post(p->strand(), [p, now] {
      if (!p->deleted()) p->maybe_shrink_isr(now);
    });
  }
}

boost::asio::awaitable<void> loop(broker_state* s) {
  boost::asio::steady_timer timer(co_await boost::asio::this_coro::executor);
  std::int64_t start = broker_state::now_ms();
  std::int64_t next_retention = start + s->cfg.log_retention_check_interval_ms;
  std::int64_t flush_interval = std::max<std::int64_t>(s->cfg.log_flush_scheduler_interval_ms, 100);
  std::int64_t next_flush = start + std::min<std::int64_t>(flush_interval, 1000);
  // The checkpoint files are written together: as often as the more frequent of
  // log.flush.offset.checkpoint.interval.ms and, in ZooKeeper mode,
  // replica.high.watermark.checkpoint.interval.ms (Kafka's highwatermark-checkpoint
  // task, 5 s: a follower's high watermark survives a restart).
  std::int64_t checkpoint_ms = std::max(1000, s->cfg.log_flush_offset_checkpoint_interval_ms);
  if (s->zk) {
    auto hw_ms = s->loaded.layers().value_of("replica.high.watermark.checkpoint.interval.ms").value_or("5000");
    checkpoint_ms = std::min<std::int64_t>(checkpoint_ms, std::max<std::int64_t>(100, std::stoll(hw_ms)));
  }
  std::int64_t next_checkpoint = start + checkpoint_ms;
  const std::int64_t expiry_check_ms = s->cfg.producer_id_expiration_check_interval_ms;
  std::int64_t next_expiry = start + expiry_check_ms;
  const std::int64_t isr_check_ms = std::max<std::int64_t>(s->cfg.replica_lag_time_max_ms / 2, 1);
  std::int64_t next_isr_check = start + isr_check_ms;
  while (!s->stopping.load()) {
    timer.expires_after(tick);
    co_await timer.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
    if (s->stopping.load()) break;
    std::int64_t now = broker_state::now_ms();
    if (now >= next_retention) {
      run_retention(*s, now);
      next_retention = now + s->cfg.log_retention_check_interval_ms;
    }
    if (now >= next_flush) {
      run_flush(*s, now);
      next_flush = now + std::min<std::int64_t>(flush_interval, 1000);
    }
    if (now >= next_checkpoint) {
      if (auto r = s->logs.write_checkpoints(); !r) log::warn("writing checkpoints failed: {}", r.error().message());
      next_checkpoint = now + checkpoint_ms;
    }
    if (now >= next_expiry) {
      run_producer_expiry(*s, now);
      next_expiry = now + expiry_check_ms;
    }
    if (now >= next_isr_check) {
      run_isr_expiration(*s, now);
      next_isr_check = now + isr_check_ms;
    }
  }
}

}  // namespace

void start_periodic_tasks(broker_state& s) {
  boost::asio::co_spawn(s.control_strand, loop(&s), boost::asio::detached);
  start_log_cleaner(s);
}

void stop_periodic_tasks(broker_state& s) { s.stopping.store(true); }

}  // namespace gannet::broker
