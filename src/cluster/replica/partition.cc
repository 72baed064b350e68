#include "gannet/cluster/partition.h"

#include <algorithm>
#include <chrono>
#include <optional>
#include <string>

#include "gannet/common/logging.h"
#include "gannet/records/record_batch.h"
#include "gannet/storage/producer_snapshot.h"

namespace gannet::cluster {
namespace {

using protocol::error_code;

bool contains(const std::vector<std::int32_t>& v, std::int32_t id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

std::int64_t wall_clock_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

leader_and_isr standalone_state(std::int32_t broker_id) {
  leader_and_isr s;
  s.leader = broker_id;
  s.leader_epoch = 0;
  s.isr = {broker_id};
  s.partition_epoch = 0;
  s.replicas = {broker_id};
  return s;
}

partition::partition(storage::topic_partition tp, protocol::uuid topic_id, storage::log& log, strand_type strand,
                     replica_settings settings)
    : tp_(std::move(tp)), topic_id_(topic_id), log_(log), strand_(std::move(strand)), settings_(settings) {
  // The checkpointed high watermark stands until leadership says otherwise
  // (Kafka reads it from replication-offset-checkpoint), capped at the log end.
  if (log_.high_watermark() > log_.log_end_offset()) log_.set_high_watermark(log_.log_end_offset());
  publish();
  // Every roll snapshots the producer state of the batches below it. The log
  // never outlives its use by this partition (deletion marks us deleted
  // first; shutdown closes the logs before partitions go).
  log_.set_roll_listener([this](gannet::offset base) { write_producer_snapshot(base); });
}

void partition::publish() {
  log_start_offset_.store(log_.log_start_offset().value(), std::memory_order_release);
  log_end_offset_.store(log_.log_end_offset().value(), std::memory_order_release);
  high_watermark_.store(log_.high_watermark().value(), std::memory_order_release);
}

void partition::mark_deleted() {
  deleted_ = true;
  // Kafka's DelayedProduce finds no partition any more.
  fail_produce_waiters(error_code::unknown_topic_or_partition);
}

void partition::on_log_changed() { on_log_changed(wall_clock_ms()); }

void partition::on_log_changed(std::int64_t now_ms) {
  if (is_leader()) maybe_increment_high_watermark(now_ms);
  // Retention or truncation may leave the high watermark outside the log.
  if (log_.high_watermark() > log_.log_end_offset()) log_.set_high_watermark(log_.log_end_offset());
  publish();
  complete_produce_waiters();
  wake_waiters();
}

error_code partition::check_current_leader_epoch(std::int32_t requested) const {
  if (requested < 0) return error_code::none;
  const std::int32_t ours = leader_epoch();
  if (ours > requested) return error_code::fenced_leader_epoch;
  if (ours < requested) return error_code::unknown_leader_epoch;
  return error_code::none;
}

bool partition::in_isr(std::int32_t id) const { return contains(isr_, id); }
bool partition::in_maximal_isr(std::int32_t id) const { return contains(maximal_isr_, id); }

follower_replica* partition::find_follower(std::int32_t broker_id) {
  for (auto& f : followers_)
    if (f.broker_id() == broker_id) return &f;
  return nullptr;
}

const follower_replica* partition::follower(std::int32_t broker_id) const {
  for (const auto& f : followers_)
    if (f.broker_id() == broker_id) return &f;
  return nullptr;
}

void partition::set_assignment(const leader_and_isr& s) {
  replicas_ = s.replicas;
  // Followers keep their state across a re-election; a replica that left the
  // assignment is forgotten (Kafka's updateAssignmentAndIsr).
  std::vector<follower_replica> next;
  for (auto id : s.replicas) {
    if (id == settings_.local_broker_id) continue;
    if (auto* f = find_follower(id)) {
      next.push_back(*f);
    } else {
      next.emplace_back(id);
    }
  }
  followers_ = std::move(next);
}

partition::state_change partition::become_leader(const leader_and_isr& s, std::int64_t now_ms) {
  // ReplicaManager.becomeLeaderOrFollower: only a newer leader epoch is news;
  // an older or equal one comes from a controller that lost track.
  if (s.leader_epoch <= leader_epoch()) {
    log::warn("{}: ignoring become-leader at leader epoch {}: ours is {}", tp_.dir_name(), s.leader_epoch,
              leader_epoch());
    return {error_code::stale_controller_epoch, false};
  }
  if (!contains(s.replicas, settings_.local_broker_id)) return {error_code::unknown_topic_or_partition, false};
  // Partition.makeLeader: the partition epoch may equal ours (an AlterPartition
  // answer told it first) but never go back.
  if (s.partition_epoch < partition_epoch_) {
    log::info("{}: skipping become-leader: partition epoch {} is older than ours ({})", tp_.dir_name(),
              s.partition_epoch, partition_epoch_);
    return {error_code::none, false};
  }
  const bool new_leader = !is_leader();
  set_assignment(s);
  isr_ = s.isr;
  maximal_isr_ = s.isr;
  in_flight_.reset();
  // The new epoch starts at our log end. It goes in the epoch cache now, so
  // that a follower holding entries of a later-looking epoch from a previous
  // short-lived leader can still find where to truncate.
  const std::int64_t start = log_.log_end_offset().value();
  if (auto r = log_.assign_epoch_start_offset(gannet::leader_epoch(s.leader_epoch), gannet::offset(start)); !r)
    log::warn("{}: cannot record leader epoch {}: {}", tp_.dir_name(), s.leader_epoch, r.error().message());
  for (auto& f : followers_)
    f.reset(now_ms, start, new_leader, in_isr(f.broker_id()));
  leader_epoch_start_offset_ = start;
  partition_epoch_ = s.partition_epoch;
  leader_id_.store(settings_.local_broker_id, std::memory_order_release);
  leader_epoch_.store(s.leader_epoch, std::memory_order_release);
  // The ISR may be down to this broker alone: the high watermark can move.
  on_log_changed(now_ms);
  log::info("{}: leader at epoch {} (partition epoch {}), ISR {} replica(s), epoch start {}", tp_.dir_name(),
            s.leader_epoch, s.partition_epoch, isr_.size(), start);
  return {error_code::none, true};
}

partition::state_change partition::become_follower(const leader_and_isr& s, std::int64_t now_ms) {
  if (s.leader_epoch <= leader_epoch()) {
    log::warn("{}: ignoring become-follower at leader epoch {}: ours is {}", tp_.dir_name(), s.leader_epoch,
              leader_epoch());
    return {error_code::stale_controller_epoch, false};
  }
  if (!contains(s.replicas, settings_.local_broker_id)) return {error_code::unknown_topic_or_partition, false};
  if (s.partition_epoch < partition_epoch_) {
    log::info("{}: skipping become-follower: partition epoch {} is older than ours ({})", tp_.dir_name(),
              s.partition_epoch, partition_epoch_);
    return {error_code::none, false};
  }
  // Kafka's makeFollower: a follower keeps no ISR and no follower state; the
  // leader tracks those.
  leader_id_.store(s.leader, std::memory_order_release);
  leader_epoch_.store(s.leader_epoch, std::memory_order_release);
  leader_epoch_start_offset_.reset();
  partition_epoch_ = s.partition_epoch;
  replicas_ = s.replicas;
  followers_.clear();
  isr_.clear();
  maximal_isr_.clear();
  in_flight_.reset();
  // Produces that waited on us as leader will never be acknowledged by us.
  fail_produce_waiters(error_code::not_leader_or_follower);
  on_log_changed(now_ms);
  log::info("{}: follower of broker {} at epoch {}", tp_.dir_name(), s.leader, s.leader_epoch);
  return {error_code::none, true};
}

error_code partition::stop(std::int32_t request_leader_epoch) {
  // ReplicaManager.stopReplicas: the sentinels pass; a real epoch must not be
  // older than ours.
  if (request_leader_epoch != no_epoch && request_leader_epoch != epoch_during_delete &&
      request_leader_epoch < leader_epoch()) {
    return error_code::fenced_leader_epoch;
  }
  leader_id_.store(no_leader, std::memory_order_release);
  leader_epoch_start_offset_.reset();
  followers_.clear();
  isr_.clear();
  maximal_isr_.clear();
  in_flight_.reset();
  fail_produce_waiters(error_code::not_leader_or_follower);
  wake_waiters();
  return error_code::none;
}

std::int32_t partition::effective_min_isr(std::int32_t configured) const {
  // Kafka 3.9's effectiveMinIsr: never more than there are replicas, so a
  // topic with fewer replicas than min.insync.replicas still takes acks=all.
  return std::min<std::int32_t>(configured, static_cast<std::int32_t>(followers_.size()) + 1);
}

error_code partition::check_leader_append(std::int16_t acks, std::int32_t min_insync_replicas) const {
  if (deleted_) return error_code::unknown_topic_or_partition;
  if (!is_leader()) return error_code::not_leader_or_follower;
  // The committed ISR, not the maximal one: a member still being added has not
  // been acknowledged as in sync.
  if (acks == -1 && static_cast<std::int32_t>(isr_.size()) < effective_min_isr(min_insync_replicas))
    return error_code::not_enough_replicas;
  return error_code::none;
}

void partition::add_produce_waiter(std::int64_t required_offset, std::int32_t min_insync_replicas,
                                   const std::shared_ptr<produce_waiter>& w, std::size_t slot) {
  w->expect(slot);
  pending_acks_.push_back({required_offset, min_insync_replicas, w, slot});
  complete_produce_waiters();
}

void partition::complete_produce_waiters() {
  if (pending_acks_.empty()) return;
  const std::int64_t hw = log_.high_watermark().value();
  std::erase_if(pending_acks_, [&](const pending_ack& a) {
    auto w = a.waiter.lock();
    if (!w) return true;  // the Produce timed out and went
    if (!is_leader()) {
      w->complete(a.slot, error_code::not_leader_or_follower);
      return true;
    }
    if (hw < a.required_offset) return false;
    // Kafka's checkEnoughReplicasReachOffset: written and replicated, but the
    // ISR shrank below min.insync.replicas meanwhile (the maximal ISR counts,
    // as the high watermark did).
    const bool enough = effective_min_isr(a.min_insync_replicas) <= static_cast<std::int32_t>(maximal_isr_.size());
    w->complete(a.slot, enough ? error_code::none : error_code::not_enough_replicas_after_append);
    return true;
  });
}

void partition::fail_produce_waiters(error_code error) {
  for (auto& a : pending_acks_)
    if (auto w = a.waiter.lock()) w->complete(a.slot, error);
  pending_acks_.clear();
}

bool partition::maybe_increment_high_watermark(std::int64_t now_ms) {
  // Kafka's maybeIncrementLeaderHW: the smallest log end among the leader and
  // the maximal ISR, and among followers caught up enough that they are about
  // to join it (so the high watermark does not run ahead of a replica the ISR
  // is going to count).
  const std::int64_t leo = log_.log_end_offset().value();
  std::int64_t hw = leo;
  for (const auto& f : followers_) {
    const bool waits = in_maximal_isr(f.broker_id()) || f.is_caught_up(leo, now_ms, settings_.replica_lag_time_max_ms);
    if (waits && f.log_end_offset() < hw) hw = f.log_end_offset();
  }
  // Never backwards: what consumers may have read stays readable.
  if (hw <= log_.high_watermark().value()) return false;
  log_.set_high_watermark(gannet::offset(hw));
  return true;
}

follower_fetch_check partition::check_follower_fetch(std::int32_t replica_id, std::int32_t current_leader_epoch,
                                                     std::int32_t last_fetched_epoch, std::int64_t fetch_offset) const {
  follower_fetch_check out;
  if (auto e = check_current_leader_epoch(current_leader_epoch); e != error_code::none) {
    out.error = e;
    return out;
  }
  if (deleted_ || !is_leader()) {
    out.error = error_code::not_leader_or_follower;
    return out;
  }
  if (!follower(replica_id)) {
    // Kafka's followerReplicaOrThrow: a replica outside the assignment. With an
    // epoch given (it matched ours) the pair (replica, epoch) is not known yet
    // (a reassignment adding it): UNKNOWN_LEADER_EPOCH, so it retries. Without
    // one nobody can tell whose state is stale: NOT_LEADER_OR_FOLLOWER.
    out.error = current_leader_epoch >= 0 ? error_code::unknown_leader_epoch : error_code::not_leader_or_follower;
    return out;
  }
  if (last_fetched_epoch < 0) return out;
  // Kafka's readRecords: the follower's last fetched epoch must end, in our
  // log, at or after its fetch offset; otherwise it diverged and truncates to
  // the end we name.
  const epoch_end end = end_offset_for_epoch(last_fetched_epoch);
  if (end.end_offset < 0 || end.leader_epoch < 0) {
    out.error = error_code::offset_out_of_range;
    return out;
  }
  if (fetch_offset < log_.log_start_offset().value()) {
    out.error = error_code::offset_out_of_range;
    return out;
  }
  if (end.leader_epoch < last_fetched_epoch || end.end_offset < fetch_offset) out.diverging_epoch = end;
  return out;
}

void partition::record_follower_fetch(std::int32_t replica_id, std::int64_t fetch_offset,
                                      std::int64_t follower_log_start_offset, std::int64_t leader_end_offset,
                                      std::int64_t now_ms) {
  follower_replica* f = find_follower(replica_id);
  if (!f || !is_leader()) return;
  const std::int64_t before = f->log_end_offset();
  f->update_fetch_state(fetch_offset, follower_log_start_offset, now_ms, leader_end_offset);
  maybe_expand_isr(*f);
  // Only a changed log end can move the high watermark.
  if (before != f->log_end_offset() && maybe_increment_high_watermark(now_ms)) {
    publish();
    complete_produce_waiters();
    wake_waiters();
  }
}

void partition::maybe_expand_isr(const follower_replica& f) {
  // Kafka's needsExpandIsr / isFollowerInSync: one change at a time; the
  // follower has everything below the high watermark and everything of this
  // leader epoch's start, so it can serve as leader for what consumers read.
  if (in_flight_ || in_isr(f.broker_id())) return;
  if (!leader_epoch_start_offset_ || f.log_end_offset() < log_.high_watermark().value() ||
      f.log_end_offset() < *leader_epoch_start_offset_)
    return;
  auto next = isr_;
  next.push_back(f.broker_id());
  propose(std::move(next), true);
}

void partition::maybe_shrink_isr(std::int64_t now_ms) {
  if (!is_leader() || in_flight_) return;
  const std::int64_t leo = log_.log_end_offset().value();
  std::vector<std::int32_t> next;
  bool dropped = false;
  for (auto id : isr_) {
    const follower_replica* f = id == settings_.local_broker_id ? nullptr : follower(id);
    if (f && !f->is_caught_up(leo, now_ms, settings_.replica_lag_time_max_ms)) {
      log::info("{}: follower {} out of sync (log end {}, last caught up {} ms ago)", tp_.dir_name(), id,
                f->log_end_offset(), now_ms - f->last_caught_up_time_ms());
      dropped = true;
      continue;
    }
    next.push_back(id);
  }
  if (dropped) propose(std::move(next), false);
}

void partition::propose(std::vector<std::int32_t> new_isr, bool expand) {
  if (!settings_.sink) return;  // standalone: nobody to ask, and nothing to change
  in_flight_change c;
  c.id = next_proposal_id_++;
  c.proposal.id = c.id;
  c.proposal.tp = tp_;
  c.proposal.topic_id = topic_id_;
  c.proposal.leader = settings_.local_broker_id;
  c.proposal.leader_epoch = leader_epoch();
  c.proposal.isr = std::move(new_isr);
  c.proposal.partition_epoch = partition_epoch_;
  // KIP-497's maximal ISR: an addition counts for the high watermark at once
  // (the new member must have the data before acks=all is answered), a
  // removal only once committed (until then the member might still be in the
  // ISR the controller would elect from).
  if (expand) maximal_isr_ = c.proposal.isr;
  in_flight_ = c;
  settings_.sink->propose(c.proposal);
}

void partition::on_isr_change_answer(std::uint64_t proposal_id, error_code error, const leader_and_isr& committed,
                                     std::int64_t now_ms) {
  if (!in_flight_ || in_flight_->id != proposal_id) return;  // a newer state replaced it
  switch (error) {
    case error_code::none:
      // Kafka's handleAlterPartitionUpdate: an answer for another leader epoch,
      // or an older partition epoch than ours, is not ours to apply; the change
      // stays in flight until LeaderAndIsr sorts it out.
      if (committed.leader_epoch != leader_epoch() || committed.partition_epoch < partition_epoch_) return;
      isr_ = committed.isr;
      maximal_isr_ = committed.isr;
      partition_epoch_ = committed.partition_epoch;
      in_flight_.reset();
      log::info("{}: ISR now {} replica(s), partition epoch {}", tp_.dir_name(), isr_.size(), partition_epoch_);
      // A smaller ISR may let the high watermark move.
      on_log_changed(now_ms);
      return;
    case error_code::operation_not_attempted:
    case error_code::ineligible_replica:
      // The controller says it did not apply it: back to the committed ISR,
      // to be proposed again by a later fetch or check.
      maximal_isr_ = isr_;
      in_flight_.reset();
      return;
    case error_code::unknown_topic_or_partition:
    case error_code::unknown_topic_id:
    case error_code::fenced_leader_epoch:
    case error_code::invalid_update_version:
      // Stays in flight: a LeaderAndIsr (or the topic's deletion) follows.
      log::info("{}: ISR change refused ({}), waiting for new leadership", tp_.dir_name(), static_cast<int>(error));
      return;
    default:
      // Anything else is worth another try, as Kafka's shouldRetry.
      settings_.sink->propose(in_flight_->proposal);
      return;
  }
}

epoch_end partition::end_offset_for_epoch(std::int32_t epoch) const {
  auto [e, end] = log_.end_offset_for_epoch(gannet::leader_epoch(epoch));
  return {e.value(), end.value()};
}

result<storage::append_result> partition::append_as_follower(std::span<std::uint8_t> batches, std::int64_t now_ms) {
  auto r = log_.append_as_follower(batches, now_ms);
  if (!r) return r;
  // The producers of what was appended, so this replica can dedupe retries
  // once it leads (Kafka keeps producer state on followers too).
  std::size_t pos = 0;
  while (pos + records::batch_header_size <= batches.size()) {
    records::batch_view b(batches.subspan(pos));
    if (b.producer_id() >= 0) {
      batch_identity id{b.producer_id(), b.producer_epoch(), b.base_sequence(),
                        b.base_sequence() + b.last_offset_delta()};
      producers_.record(id, b.base_offset(), b.last_offset(), b.max_timestamp());
    }
    // The log validated the batches; still, never loop on a bad length.
    if (b.batch_length() <= 0) break;
    pos += b.size_bytes();
  }
  on_log_changed(now_ms);
  return r;
}

result<void> partition::truncate_to(std::int64_t o, std::int64_t now_ms, std::int64_t producer_expiration_ms) {
  if (auto r = log_.truncate_to(gannet::offset(o)); !r) return r;
  // Kafka's truncateTo reloads producer state: the snapshots and batches
  // below the new end are what is left.
  producers_ = producer_state();
  rebuild_producer_state(now_ms, producer_expiration_ms);
  on_log_changed(now_ms);
  return {};
}

void partition::update_follower_offsets(std::int64_t leader_high_watermark, std::int64_t leader_log_start_offset) {
  // Kafka's ReplicaFetcherThread.processPartitionData: the follower's high
  // watermark is the leader's, bounded by what it has (it may go back, e.g.
  // after a truncation; it is only the leader's that never does).
  const std::int64_t hw = std::min(leader_high_watermark, log_.log_end_offset().value());
  log_.set_high_watermark(gannet::offset(std::max(hw, log_.log_start_offset().value())));
  if (leader_log_start_offset > log_.log_start_offset().value()) {
    const std::int64_t start = std::min(leader_log_start_offset, log_.high_watermark().value());
    if (auto r = log_.delete_records_before(gannet::offset(start), wall_clock_ms()); !r)
      log::warn("{}: cannot move the log start to {}: {}", tp_.dir_name(), start, r.error().message());
  }
  publish();
  wake_waiters();
}

void partition::wake_waiters() {
  std::vector<std::weak_ptr<data_waiter>> waiters;
  {
    std::lock_guard lock(waiters_mutex_);
    waiters.swap(waiters_);
  }
  for (auto& w : waiters) {
    if (auto s = w.lock()) s->notify();
  }
}

void partition::write_producer_snapshot(gannet::offset o) {
  if (auto r = storage::write_producer_snapshot(log_.dir(), o, producers_.snapshot()); !r)
    log::warn("{}: cannot write producer snapshot {}: {}", tp_.dir_name(), o.value(), r.error().message());
}

void partition::rebuild_producer_state(std::int64_t now_ms, std::int64_t expiration_ms) {
  const auto dir = log_.dir();
  // As Kafka (ProducerStateManager.truncateAndReload with the log end after
  // recovery): every batch below the log end is valid once the log is loaded,
  // so any snapshot up to it matches the log. One above it (the log lost its
  // tail) is stale and deleted. A roll writes its snapshot only after the
  // sealed segment is fsynced, so a snapshot never names unwritten batches.
  const gannet::offset end = log_.log_end_offset();
  const gannet::offset bound = end;
  auto snapshots = storage::list_producer_snapshots(dir);
  // The newest snapshot that loads; later ones (above the bound) are ignored.
  std::optional<gannet::offset> loaded;
  for (auto it = snapshots.rbegin(); it != snapshots.rend() && !loaded; ++it) {
    if (*it > bound) continue;  // deleted below
    auto entries = storage::read_producer_snapshot(storage::producer_snapshot_path(dir, *it));
    if (!entries) {
      log::warn("{}: producer snapshot {} unreadable ({}), deleted", tp_.dir_name(), it->value(),
                entries.error().message());
      storage::delete_producer_snapshot(dir, *it);
      continue;
    }
    producers_.load(*entries, now_ms, expiration_ms);
    loaded = *it;
  }
  // Kafka's removeStraySnapshots: keep those at segment bases and the one loaded.
  const auto bases = log_.segment_base_offsets();
  for (auto o : snapshots) {
    bool at_base = std::binary_search(bases.begin(), bases.end(), o);
    if (o > end || (!at_base && o != loaded)) storage::delete_producer_snapshot(dir, o);
  }
  const gannet::offset from = std::max(loaded.value_or(log_.log_start_offset()), log_.log_start_offset());
  std::size_t scanned = 0;
  if (from < end) {
    auto r = log_.scan_batches(from, [&](std::span<const std::uint8_t> header) {
      records::batch_view b(header);
      ++scanned;
      if (b.producer_id() < 0 || gannet::offset(b.base_offset()) < from) return;
      batch_identity id{b.producer_id(), b.producer_epoch(), b.base_sequence(),
                        b.base_sequence() + b.last_offset_delta()};
      producers_.record(id, b.base_offset(), b.last_offset(), b.max_timestamp());
    });
    if (!r) log::warn("{}: cannot rebuild producer state: {}", tp_.dir_name(), r.error().message());
  }
  producers_.expire(now_ms, expiration_ms);
  if (loaded || scanned > 0) {
    log::debug("{}: producer state: snapshot {}, {} batch header(s) read, {} producer id(s)", tp_.dir_name(),
               loaded ? std::to_string(loaded->value()) : std::string("none"), scanned, producers_.size());
  }
}

void partition::add_waiter(const std::shared_ptr<data_waiter>& w) {
  std::lock_guard lock(waiters_mutex_);
  // Drop waiters that are gone, so a partition nobody writes to does not grow.
  std::erase_if(waiters_, [](const auto& x) { return x.expired(); });
  waiters_.push_back(w);
}

}  // namespace gannet::cluster
