// replica_fetcher (gannet/cluster/replica_fetcher.h): Kafka's AbstractFetcherThread loop.
//
// The loop and the partition map live on the fetcher's strand (the public calls co_spawn onto
// it); each step on a follower log is a
// plain function run on that partition's executor (follower_ops.h). While such a step is away,
// the partition is marked busy: remove_partitions() waits for it, so a partition is never written
// by its fetcher after it left it. The impl is held by shared_ptr only so that the loop coroutine
// keeps it alive until stop() has seen it end.

#include "gannet/cluster/replica_fetcher.h"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <set>

#include "follower_ops.h"
#include "gannet/common/logging.h"
#include "gannet/protocol/error_code.h"
#include "gannet/protocol/messages/fetch.h"
#include "gannet/protocol/messages/list_offsets.h"
#include "gannet/protocol/messages/offset_for_leader_epoch.h"
#include "run_on.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using asio::as_tuple;
using asio::use_awaitable;
using clock = std::chrono::steady_clock;
using fetcher_detail::run_on;
using protocol::error_code;
using tp_t = storage::topic_partition;

std::string name_of(const tp_t& tp) { return tp.dir_name(); }

}  // namespace

offset initial_fetch_offset(const follower_log& log, bool truncation_on_fetch) {
  if (truncation_on_fetch && log.latest_epoch()) return log.log_end_offset();
  return log.high_watermark();
}

class replica_fetcher::impl : public std::enable_shared_from_this<impl> {
 public:
  impl(asio::any_io_executor ex, std::int32_t fetcher_id, broker_address source, replica_fetcher_config config)
      : strand_(asio::make_strand(ex)),
        fetcher_id_(fetcher_id),
        source_(source),
        config_(std::move(config)),
        channel_(ex, source, channel_config(config_, fetcher_id, source)),
        wake_(strand_),
        idle_(strand_),
        done_(strand_) {}

  static broker_channel_config channel_config(const replica_fetcher_config& c, std::int32_t id,
                                              const broker_address& source) {
    broker_channel_config cc;
    // Kafka's ReplicaFetcherThread client id.
    cc.client_id = "broker-" + std::to_string(c.broker_id) + "-fetcher-" + std::to_string(id);
    cc.request_timeout = c.socket_timeout;
    cc.connect_timeout = c.socket_timeout;
    cc.receive_buffer_bytes = c.socket_receive_buffer_bytes;
    (void)source;
    return cc;
  }

  void start() {
    asio::co_spawn(strand_, run(shared_from_this()), [](std::exception_ptr e) {
      if (!e) return;
      try {
        std::rethrow_exception(e);
      } catch (const std::exception& ex) {
        log::error("replica fetcher loop ended by an exception: {}", ex.what());
      }
    });
    running_ = true;
  }

  asio::awaitable<void> stop() {
    stopping_ = true;
    wake_.cancel();
    co_await channel_.close();
    while (running_) {
      done_.expires_after(std::chrono::seconds(1));
      co_await done_.async_wait(as_tuple(use_awaitable));
    }
  }

  asio::awaitable<void> add_partitions(std::map<tp_t, initial_fetch_state> parts) {
    for (auto& [tp, init] : parts) {
      failed_.erase(tp);
      auto it = partitions_.find(tp);
      if (it != partitions_.end() && it->second.st.current_leader_epoch == init.current_leader_epoch &&
          it->second.log == init.log)
        continue;  // same leader epoch: keep the state (Kafka's partitionFetchState)
      std::vector<tp_t> one{tp};
      co_await wait_not_busy(std::move(one));
      entry e;
      e.log = init.log;
      e.st.topic_id = init.topic_id;
      e.st.current_leader_epoch = init.current_leader_epoch;
      auto fn = [log = init.log] { return read_position(*log); };
      const follower_position pos = co_await run_on(init.log->executor(), std::move(fn));
      e.log_start_offset = pos.log_start_offset;
      if (init.init_offset < offset(0)) {
        // Kafka: fetchOffsetAndTruncate right away; here the loop does it first thing.
        e.st.fetch_offset = pos.log_end_offset;
        e.needs_leader_offset = true;
        e.st.state = partition_fetch_state::phase::fetching;
        e.st.last_fetched_epoch = pos.latest_epoch;
      } else if (config_.truncation_on_fetch) {
        e.st.fetch_offset = init.init_offset;
        e.st.last_fetched_epoch = pos.latest_epoch;
        // No epoch in the log: truncate to the initial offset (the high watermark) first.
        e.st.state =
            pos.latest_epoch ? partition_fetch_state::phase::fetching : partition_fetch_state::phase::truncating;
      } else {
        e.st.fetch_offset = init.init_offset;
        e.st.state = partition_fetch_state::phase::truncating;
      }
      partitions_[tp] = std::move(e);
    }
    wake_.cancel();
  }

  asio::awaitable<std::map<tp_t, partition_fetch_state>> remove_partitions(std::vector<tp_t> tps) {
    co_await wait_not_busy(tps);
    std::map<tp_t, partition_fetch_state> out;
    for (const auto& tp : tps) {
      failed_.erase(tp);
      auto it = partitions_.find(tp);
      if (it == partitions_.end()) continue;
      out[tp] = it->second.st;
      partitions_.erase(it);
    }
    co_return out;
  }

  asio::awaitable<std::optional<partition_fetch_state>> fetch_state(tp_t tp) {
    auto it = partitions_.find(tp);
    if (it == partitions_.end()) co_return std::nullopt;
    auto st = it->second.st;
    st.delayed = it->second.delayed_until > clock::now();
    co_return st;
  }

  asio::awaitable<std::vector<tp_t>> failed() { co_return std::vector<tp_t>(failed_.begin(), failed_.end()); }

  asio::awaitable<std::size_t> count() { co_return partitions_.size(); }

  std::int32_t fetcher_id() const { return fetcher_id_; }
  const broker_address& source() const { return source_; }
  const asio::strand<asio::any_io_executor>& strand() const { return strand_; }

 private:
  struct entry {
    follower_log* log = nullptr;
    partition_fetch_state st;
    offset log_start_offset{0};
    clock::time_point delayed_until{};
    bool busy = false;
    bool needs_leader_offset = false;  // init_offset -1: ask the leader first
  };

  using phase = partition_fetch_state::phase;

  bool ready(const entry& e, clock::time_point now) const {
    return !e.busy && e.delayed_until <= now && !e.needs_leader_offset;
  }

  asio::awaitable<void> run([[maybe_unused]] std::shared_ptr<impl> self) {
    while (!stopping_) {
      co_await resolve_leader_offsets();
      if (stopping_) break;
      co_await maybe_truncate();
      if (stopping_) break;
      // (GCC 12 miscompiles co_await inside a condition: named results throughout.)
      const bool fetched = co_await maybe_fetch();
      if (!fetched && !stopping_) co_await sleep();
    }
    running_ = false;
    done_.cancel();
  }

  // Nothing to fetch: wait for the fetch backoff, a delayed partition's end of delay, or a
  // change of partitions (add_partitions wakes us), as Kafka's partitionMapCond.await.
  asio::awaitable<void> sleep() {
    auto until = clock::now() + config_.fetch_backoff;
    for (const auto& [tp, e] : partitions_)
      if (!e.busy && e.delayed_until > clock::now()) until = std::min(until, e.delayed_until);
    wake_.expires_at(until);
    co_await wake_.async_wait(as_tuple(use_awaitable));
  }

  void delay(const tp_t& tp) {
    auto it = partitions_.find(tp);
    if (it != partitions_.end()) it->second.delayed_until = clock::now() + config_.fetch_backoff;
  }

  void mark_failed(const tp_t& tp) {
    if (partitions_.erase(tp) > 0) {
      failed_.insert(tp);
      log::warn("replica fetcher {}: partition {} marked failed until its next LeaderAndIsr", fetcher_id_, name_of(tp));
    }
  }

  // Kafka's onPartitionFenced: the epoch we sent is still ours, so the leader has a newer one
  // that we do not know: stop until LeaderAndIsr brings it. Returns whether to retry later.
  bool on_fenced(const tp_t& tp, leader_epoch sent) {
    auto it = partitions_.find(tp);
    if (it == partitions_.end()) return false;
    if (it->second.st.current_leader_epoch == sent) {
      mark_failed(tp);
      return false;
    }
    return true;
  }

  asio::awaitable<void> wait_not_busy(std::vector<tp_t> tps) {
    while (true) {
      bool any = false;
      for (const auto& tp : tps) {
        auto it = partitions_.find(tp);
        any = any || (it != partitions_.end() && it->second.busy);
      }
      if (!any) co_return;
      idle_.expires_after(std::chrono::seconds(1));
      co_await idle_.async_wait(as_tuple(use_awaitable));
    }
  }

  // Marks busy; the returned guard clears it (and wakes remove_partitions) on the strand.
  entry* begin_busy(const tp_t& tp) {
    auto it = partitions_.find(tp);
    if (it == partitions_.end()) return nullptr;
    it->second.busy = true;
    return &it->second;
  }
  entry* end_busy(const tp_t& tp) {
    idle_.cancel();
    auto it = partitions_.find(tp);
    if (it == partitions_.end()) return nullptr;
    it->second.busy = false;
    return &it->second;
  }

  // --- OFFSET_OUT_OF_RANGE and init_offset -1: Kafka's fetchOffsetAndTruncate ---------------

  struct leader_offset {
    error_code error = error_code::none;
    offset off{-1};
  };

  asio::awaitable<leader_offset> list_offset(tp_t tp, leader_epoch current, std::int64_t timestamp) {
    protocol::list_offsets_request req;
    req.replica_id = config_.broker_id;
    req.isolation_level = 0;
    protocol::list_offsets_request::list_offsets_topic t;
    t.name = tp.topic;
    protocol::list_offsets_request::list_offsets_partition p;
    p.partition_index = tp.partition;
    p.current_leader_epoch = current.value();
    p.timestamp = timestamp;
    t.partitions.push_back(p);
    req.topics.push_back(std::move(t));
    auto r = co_await channel_.send<protocol::list_offsets_request, protocol::list_offsets_response>(
        std::move(req), config_.list_offsets_version);
    if (!r) {
      log::warn("replica fetcher {}: ListOffsets for {} failed: {}", fetcher_id_, name_of(tp), r.error().message());
      co_return leader_offset{error_code::network_exception, offset(-1)};
    }
    for (const auto& rt : r->body.topics)
      for (const auto& rp : rt.partitions)
        if (rt.name == tp.topic && rp.partition_index == tp.partition)
          co_return leader_offset{rp.error_code, offset(rp.offset)};
    co_return leader_offset{error_code::unknown_server_error, offset(-1)};
  }

  // Returns false when the partition must be retried after the backoff.
  asio::awaitable<bool> fetch_offset_and_truncate(tp_t tp) {
    auto* e = begin_busy(tp);
    if (e == nullptr) co_return true;
    const leader_epoch epoch = e->st.current_leader_epoch;
    follower_log* log = e->log;
    auto pos_fn = [log] { return read_position(*log); };
    const follower_position pos = co_await run_on(log->executor(), std::move(pos_fn));
    error_code failure = error_code::none;
    std::optional<truncate_outcome> outcome;
    std::int64_t lag = 0;
    const leader_offset latest = co_await list_offset(tp, epoch, -1);
    if (latest.error == error_code::none && latest.off < offset(0)) {
      // No offset in the answer: nothing to truncate to; ask again after the backoff.
      failure = error_code::unknown_server_error;
    } else if (latest.error != error_code::none) {
      failure = latest.error;
    } else if (latest.off < pos.log_end_offset) {
      // The leader is behind us (an unclean election): cut to its end.
      log::warn("replica fetcher {}: {} resets its fetch offset from {} to the leader's end {}", fetcher_id_,
                name_of(tp), pos.log_end_offset.value(), latest.off.value());
      auto fn = [log, o = latest.off] { return truncate_to_offset(*log, o); };
      outcome = co_await run_on(log->executor(), std::move(fn));
    } else {
      const leader_offset earliest = co_await list_offset(tp, epoch, -2);
      if (earliest.error == error_code::none && earliest.off < offset(0)) {
        failure = error_code::unknown_server_error;
      } else if (earliest.error != error_code::none) {
        failure = earliest.error;
      } else if (earliest.off > pos.log_end_offset) {
        // Behind the leader's log start: what we hold is stale, start over at its start.
        log::warn("replica fetcher {}: {} truncates fully and restarts at the leader's log start {} (its end was {})",
                  fetcher_id_, name_of(tp), earliest.off.value(), pos.log_end_offset.value());
        auto fn = [log, o = earliest.off] { return truncate_fully(*log, o); };
        outcome = co_await run_on(log->executor(), std::move(fn));
        lag = latest.off - earliest.off;
      } else {
        // Keep what we have and fetch on from our end.
        outcome = truncate_outcome{true, truncation_state{pos.log_end_offset, true}, pos, {}};
        lag = latest.off - pos.log_end_offset;
      }
    }
    e = end_busy(tp);
    if (e == nullptr) co_return true;
    if (failure == error_code::fenced_leader_epoch) co_return !on_fenced(tp, epoch);
    if (failure != error_code::none) {
      log::info("replica fetcher {}: could not get the leader's offsets for {}: {}", fetcher_id_, name_of(tp),
                protocol::error_code_name(failure));
      co_return false;
    }
    if (!outcome->ok) {
      log::error("replica fetcher {}: truncating {} failed: {}", fetcher_id_, name_of(tp), outcome->error.message());
      mark_failed(tp);
      co_return true;
    }
    e->needs_leader_offset = false;
    e->st.fetch_offset = outcome->truncation.truncate_to;
    e->st.lag = lag;
    e->st.state = phase::fetching;
    e->st.last_fetched_epoch = outcome->after.latest_epoch;
    e->log_start_offset = outcome->after.log_start_offset;
    co_return true;
  }

  asio::awaitable<void> resolve_leader_offsets() {
    std::vector<tp_t> todo;
    const auto now = clock::now();
    for (const auto& [tp, e] : partitions_)
      if (e.needs_leader_offset && !e.busy && e.delayed_until <= now) todo.push_back(tp);
    for (const auto& tp : todo) {
      const bool done = co_await fetch_offset_and_truncate(tp);
      if (!done) delay(tp);
    }
  }

  // --- truncation before fetching: Kafka's maybeTruncate -------------------------------------

  asio::awaitable<void> maybe_truncate() {
    const auto now = clock::now();
    std::vector<tp_t> truncating;
    for (const auto& [tp, e] : partitions_)
      if (e.st.state == phase::truncating && ready(e, now)) truncating.push_back(tp);
    if (truncating.empty()) co_return;

    // Which have leader epochs (OffsetForLeaderEpoch), which do not (truncate to the high
    // watermark, the initial fetch offset).
    std::map<tp_t, leader_epoch> with_epochs;
    for (const auto& tp : truncating) {
      auto* e = begin_busy(tp);
      if (e == nullptr) continue;
      follower_log* log = e->log;
      const offset o = e->st.fetch_offset;
      auto pos_fn = [log] { return read_position(*log); };
      const follower_position pos = co_await run_on(log->executor(), std::move(pos_fn));
      if (pos.latest_epoch) {
        end_busy(tp);
        with_epochs[tp] = *pos.latest_epoch;
        continue;
      }
      auto fn = [log, o] { return truncate_to_offset(*log, o); };
      const truncate_outcome out = co_await run_on(log->executor(), std::move(fn));
      apply_truncation(tp, out);
    }
    if (with_epochs.empty()) co_return;

    protocol::offset_for_leader_epoch_request req;
    req.replica_id = config_.broker_id;
    std::map<tp_t, leader_epoch> sent_current;
    for (const auto& [tp, epoch] : with_epochs) {
      auto it = partitions_.find(tp);
      if (it == partitions_.end()) continue;
      if (req.topics.empty() || req.topics.back().topic != tp.topic) {
        req.topics.emplace_back();
        req.topics.back().topic = tp.topic;
      }
      protocol::offset_for_leader_epoch_request::offset_for_leader_partition p;
      p.partition = tp.partition;
      p.current_leader_epoch = it->second.st.current_leader_epoch.value();
      p.leader_epoch = epoch.value();
      req.topics.back().partitions.push_back(p);
      sent_current[tp] = it->second.st.current_leader_epoch;
    }
    auto r =
        co_await channel_.send<protocol::offset_for_leader_epoch_request, protocol::offset_for_leader_epoch_response>(
            std::move(req), config_.offset_for_leader_epoch_version);
    if (!r) {
      log::warn("replica fetcher {}: OffsetForLeaderEpoch to broker {} failed: {}", fetcher_id_, source_.id,
                r.error().message());
      for (const auto& [tp, _] : sent_current)
        delay(tp);
      co_return;
    }
    for (const auto& t : r->body.topics) {
      for (const auto& p : t.partitions) {
        const tp_t tp{t.topic, p.partition};
        auto sent = sent_current.find(tp);
        if (sent == sent_current.end()) continue;
        const leader_epoch sent_epoch = sent->second;
        sent_current.erase(sent);
        if (p.error_code == error_code::fenced_leader_epoch) {
          if (on_fenced(tp, sent_epoch)) delay(tp);
          continue;
        }
        if (p.error_code != error_code::none) {
          log::info("replica fetcher {}: retrying OffsetForLeaderEpoch for {}: {}", fetcher_id_, name_of(tp),
                    protocol::error_code_name(p.error_code));
          delay(tp);
          continue;
        }
        co_await truncate_to_epoch(tp, epoch_end_offset{leader_epoch(p.leader_epoch), offset(p.end_offset)});
      }
    }
    for (const auto& [tp, _] : sent_current)
      delay(tp);  // not in the answer
  }

  asio::awaitable<void> truncate_to_epoch(tp_t tp, epoch_end_offset leader) {
    auto* e = begin_busy(tp);
    if (e == nullptr) co_return;
    follower_log* log = e->log;
    const offset o = e->st.fetch_offset;
    auto fn = [log, o, leader] { return truncate_by_epoch(*log, o, leader); };
    const truncate_outcome out = co_await run_on(log->executor(), std::move(fn));
    log::info("replica fetcher {}: {} truncated to {} for the leader's epoch {} ending at {}{}", fetcher_id_,
              name_of(tp), out.truncation.truncate_to.value(), leader.epoch.value(), leader.end_offset.value(),
              out.truncation.completed ? "" : " (intermediate: the epoch is unknown here)");
    apply_truncation(tp, out);
  }

  // Kafka's updateFetchOffsetAndMaybeMarkTruncationComplete.
  void apply_truncation(const tp_t& tp, const truncate_outcome& out) {
    auto* e = end_busy(tp);
    if (e == nullptr) return;
    if (!out.ok) {
      log::error("replica fetcher {}: truncating {} failed: {}", fetcher_id_, name_of(tp), out.error.message());
      mark_failed(tp);
      return;
    }
    e->st.fetch_offset = out.truncation.truncate_to;
    e->st.last_fetched_epoch = out.after.latest_epoch;
    e->log_start_offset = out.after.log_start_offset;
    if (config_.truncation_on_fetch || out.truncation.completed) e->st.state = phase::fetching;
  }

  // --- the fetch: Kafka's maybeFetch / processFetchRequest -----------------------------------

  // Returns false when there was nothing to fetch.
  asio::awaitable<bool> maybe_fetch() {
    const auto now = clock::now();
    struct sent_partition {
      offset fetch_offset;
      leader_epoch current_leader_epoch;
    };
    std::map<tp_t, sent_partition> sent;
    bool all_have_ids = true;
    for (const auto& [tp, e] : partitions_) {
      if (e.st.state != phase::fetching || !ready(e, now)) continue;
      sent[tp] = {e.st.fetch_offset, e.st.current_leader_epoch};
      all_have_ids = all_have_ids && e.st.topic_id != protocol::uuid{};
    }
    if (sent.empty()) co_return false;
    // FetchRequest.Builder: topic ids (v13+) only when every partition has one.
    const std::int16_t version =
        all_have_ids ? config_.fetch_version : std::min<std::int16_t>(config_.fetch_version, 12);

    protocol::fetch_request req;
    if (version >= 15) {
      // KIP-903: the replica id moved into ReplicaState, with the broker epoch.
      req.replica_state.replica_id = config_.broker_id;
      req.replica_state.replica_epoch = config_.broker_epoch;
    } else {
      req.replica_id = config_.broker_id;
    }
    req.max_wait_ms = config_.fetch_wait_max_ms;
    req.min_bytes = config_.fetch_min_bytes;
    req.max_bytes = config_.fetch_response_max_bytes;
    req.isolation_level = 0;
    // No fetch session (session id 0, epoch -1: a full request each time). Kafka's fetchers use
    // incremental sessions; a full request asks the same thing with more bytes.
    req.session_id = 0;
    req.session_epoch = -1;
    std::map<protocol::uuid, std::string> names_by_id;
    for (const auto& [tp, s] : sent) {
      const entry& e = partitions_.at(tp);
      if (req.topics.empty() || req.topics.back().topic != tp.topic) {
        req.topics.emplace_back();
        req.topics.back().topic = tp.topic;
        req.topics.back().topic_id = e.st.topic_id;
        names_by_id[e.st.topic_id] = tp.topic;
      }
      protocol::fetch_request::fetch_partition p;
      p.partition = tp.partition;
      p.current_leader_epoch = e.st.current_leader_epoch.value();
      p.fetch_offset = e.st.fetch_offset.value();
      p.last_fetched_epoch = e.st.last_fetched_epoch ? e.st.last_fetched_epoch->value() : -1;
      p.log_start_offset = e.log_start_offset.value();
      p.partition_max_bytes = config_.fetch_max_bytes;
      req.topics.back().partitions.push_back(p);
    }

    auto r = co_await channel_.send<protocol::fetch_request, protocol::fetch_response>(std::move(req), version);
    if (stopping_) co_return true;
    if (!r) {
      log::warn("replica fetcher {}: Fetch v{} to broker {} failed: {}", fetcher_id_, version, source_.id,
                r.error().message());
      for (const auto& [tp, _] : sent)
        delay(tp);
      co_return true;
    }
    if (r->body.error_code != error_code::none) {
      log::warn("replica fetcher {}: Fetch to broker {} failed: {}", fetcher_id_, source_.id,
                protocol::error_code_name(r->body.error_code));
      for (const auto& [tp, _] : sent)
        delay(tp);
      co_return true;
    }
    for (const auto& t : r->body.responses) {
      std::string topic = t.topic;
      if (version >= 13) {
        auto n = names_by_id.find(t.topic_id);
        if (n == names_by_id.end()) continue;
        topic = n->second;
      }
      for (const auto& p : t.partitions) {
        const tp_t tp{topic, p.partition_index};
        auto s = sent.find(tp);
        if (s == sent.end()) continue;
        const sent_partition what = s->second;
        sent.erase(s);
        co_await process_partition(tp, what.fetch_offset, what.current_leader_epoch, p);
      }
    }
    co_return true;
  }

  asio::awaitable<void> process_partition(tp_t tp, offset fetch_offset, leader_epoch sent_epoch,
                                          protocol::fetch_response::partition_data p) {
    // A partition removed, re-added or truncated while the request was out is left alone.
    auto it = partitions_.find(tp);
    if (it == partitions_.end() || it->second.st.fetch_offset != fetch_offset ||
        it->second.st.state != phase::fetching || it->second.busy)
      co_return;
    if (p.error_code == error_code::offset_out_of_range) {
      const bool done = co_await fetch_offset_and_truncate(tp);
      if (!done) delay(tp);
      co_return;
    }
    if (p.error_code == error_code::fenced_leader_epoch) {
      if (on_fenced(tp, sent_epoch)) delay(tp);
      co_return;
    }
    if (p.error_code != error_code::none) {
      // NOT_LEADER_OR_FOLLOWER, UNKNOWN_LEADER_EPOCH, UNKNOWN_TOPIC_OR_PARTITION, UNKNOWN_TOPIC_ID,
      // INCONSISTENT_TOPIC_ID and the rest: retried after replica.fetch.backoff.ms, as Kafka
      // (which logs the first two at debug: they are expected while leadership moves).
      if (p.error_code == error_code::not_leader_or_follower || p.error_code == error_code::unknown_leader_epoch) {
        log::debug("replica fetcher {}: {} at offset {}: {}", fetcher_id_, name_of(tp), fetch_offset.value(),
                   protocol::error_code_name(p.error_code));
      } else {
        log::warn("replica fetcher {}: {} at offset {}: {}", fetcher_id_, name_of(tp), fetch_offset.value(),
                  protocol::error_code_name(p.error_code));
      }
      delay(tp);
      co_return;
    }
    if (config_.truncation_on_fetch && (p.diverging_epoch.epoch != -1 || p.diverging_epoch.end_offset != -1)) {
      // KIP-595 truncation on fetch: the records (if any) are not appended; the next fetch, from
      // the truncated end, brings the leader's.
      co_await truncate_to_epoch(
          tp, epoch_end_offset{leader_epoch(p.diverging_epoch.epoch), offset(p.diverging_epoch.end_offset)});
      co_return;
    }
    auto* e = begin_busy(tp);
    follower_log* log = e->log;
    const auto records = p.records.view();
    const offset hw(p.high_watermark);
    const offset lso(p.log_start_offset);
    auto fn = [log, fetch_offset, records, hw, lso] { return append_fetched(*log, fetch_offset, records, hw, lso); };
    const append_outcome out = co_await run_on(log->executor(), std::move(fn));
    e = end_busy(tp);
    if (e == nullptr) co_return;
    switch (out.result) {
      case append_outcome::kind::appended: {
        const std::int64_t lag = std::max<std::int64_t>(0, p.high_watermark - out.next_fetch_offset.value());
        e->st.lag = lag;
        e->st.fetch_offset = out.next_fetch_offset;
        if (out.last_epoch) e->st.last_fetched_epoch = out.last_epoch;
        e->log_start_offset = out.log_start_offset;
        break;
      }
      case append_outcome::kind::corrupt:
        log::error("replica fetcher {}: invalid batch from broker {} for {} at offset {}: {}", fetcher_id_, source_.id,
                   name_of(tp), fetch_offset.value(), out.error.message());
        delay(tp);
        break;
      case append_outcome::kind::offset_mismatch:
        log::error("replica fetcher {}: {} fetched offset {} but its log ends at {}", fetcher_id_, name_of(tp),
                   fetch_offset.value(), out.next_fetch_offset.value());
        mark_failed(tp);
        break;
      case append_outcome::kind::storage_error:
        log::error("replica fetcher {}: appending to {} failed: {}", fetcher_id_, name_of(tp), out.error.message());
        mark_failed(tp);
        break;
    }
  }

  asio::strand<asio::any_io_executor> strand_;
  std::int32_t fetcher_id_;
  broker_address source_;
  replica_fetcher_config config_;
  broker_channel channel_;
  asio::steady_timer wake_;  // the loop's sleep
  asio::steady_timer idle_;  // remove_partitions waiting for a busy partition
  asio::steady_timer done_;  // stop() waiting for the loop
  std::map<tp_t, entry> partitions_;
  std::set<tp_t> failed_;
  bool running_ = false;
  bool stopping_ = false;
};

replica_fetcher::replica_fetcher(asio::any_io_executor executor, std::int32_t fetcher_id, broker_address source,
                                 replica_fetcher_config config)
    : impl_(std::make_shared<impl>(std::move(executor), fetcher_id, std::move(source), std::move(config))) {}

replica_fetcher::~replica_fetcher() = default;

void replica_fetcher::start() { impl_->start(); }

asio::awaitable<void> replica_fetcher::stop() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->stop(), use_awaitable);
  co_await std::move(op);
}

asio::awaitable<void> replica_fetcher::add_partitions(std::map<tp_t, initial_fetch_state> partitions) {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->add_partitions(std::move(partitions)), use_awaitable);
  co_await std::move(op);
}

asio::awaitable<std::map<tp_t, partition_fetch_state>> replica_fetcher::remove_partitions(std::vector<tp_t> tps) {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->remove_partitions(std::move(tps)), use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<std::optional<partition_fetch_state>> replica_fetcher::fetch_state(tp_t tp) {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->fetch_state(std::move(tp)), use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<std::vector<tp_t>> replica_fetcher::failed_partitions() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->failed(), use_awaitable);
  co_return co_await std::move(op);
}

asio::awaitable<std::size_t> replica_fetcher::partition_count() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->count(), use_awaitable);
  co_return co_await std::move(op);
}

std::int32_t replica_fetcher::fetcher_id() const { return impl_->fetcher_id(); }

const broker_address& replica_fetcher::source() const { return impl_->source(); }

}  // namespace gannet::cluster
