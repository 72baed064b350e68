// Produce (key 0), v3+ (record batch v2 only, as Kafka 4 too requires,
// KIP-896): validate each partition's batch, check the idempotent producer's
// sequence, append on the partition's strand, answer with the base offset.
// acks=0 gets no response; acks=1 answers after the local append; acks=all
// (Kafka's DelayedProduce) waits until the high watermark passes each batch,
// or timeout_ms (REQUEST_TIMED_OUT). On the standalone broker the ISR is the
// broker itself, so acks=all answers as soon as acks=1 would. With
// gannet.durable.acks the log is fsynced before answering.

#include "gannet/protocol/messages/produce.h"

#include <boost/asio/this_coro.hpp>
#include <chrono>

#include "../produce_validation.h"
#include "../run_on.h"
#include "current_leader.h"
#include "gannet/cluster/produce_waiter.h"
#include "gannet/common/logging.h"
#include "gannet/config/topic_config.h"
#include "gannet/records/record_batch.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using response = protocol::produce_response;

error_code map_storage_error(const std::error_code& ec) {
  (void)ec;
  return error_code::kafka_storage_error;
}

// What acks=all needs to wait on a partition.
struct ack_wait {
  std::int16_t acks = 1;
  std::int32_t min_insync_replicas = 1;
  std::shared_ptr<cluster::produce_waiter> waiter;  // acks=all only
  std::size_t slot = 0;
};

// On the partition's strand. Kafka's appendRecordsToLeader: only the leader
// takes writes, and acks=all with too small an ISR writes nothing.
response::partition_produce_response append(partition& p, std::span<std::uint8_t> batch, const produce_check& check,
                                            std::int64_t now_ms, const ack_wait& ack) {
  response::partition_produce_response out;
  // Errors keep Kafka's shape: no offset, the log start offset once the log saw the batch.
  auto refused = [&](error_code code, std::int64_t log_start) {
    out.error_code = code;
    out.base_offset = -1;
    out.log_start_offset = log_start;
    return out;
  };
  if (auto e = p.check_leader_append(ack.acks, ack.min_insync_replicas); e != error_code::none) {
    // NotLeaderOrFollowerException is answered without a log start offset (ReplicaManager).
    return refused(e, e == error_code::not_leader_or_follower ? -1 : p.log().log_start_offset().value());
  }
  if (p.deleted()) return refused(error_code::unknown_topic_or_partition, -1);
  batch_identity id{check.producer_id, check.producer_epoch, check.base_sequence,
                    check.base_sequence + check.last_offset_delta};
  auto verdict = p.producers().check(id);
  if (verdict.error != error_code::none) return refused(verdict.error, p.log().log_start_offset().value());
  if (verdict.duplicate_first_offset) {
    // A retry of a batch already written: its original offset, nothing written.
    out.base_offset = *verdict.duplicate_first_offset;
    out.log_start_offset = p.log().log_start_offset().value();
    // acks=all still waits for the original to be replicated.
    if (ack.waiter) {
      p.add_produce_waiter(*verdict.duplicate_first_offset + check.last_offset_delta + 1, ack.min_insync_replicas,
                           ack.waiter, ack.slot);
    }
    return out;
  }
  auto r = p.log().append(batch, leader_epoch(p.leader_epoch()), now_ms);
  if (!r) {
    log::error("{}: append failed: {}", p.tp().dir_name(), r.error().message());
    return refused(map_storage_error(r.error()), -1);  // KafkaStorageException: no log start offset
  }
  if (r->needs_flush) {
    if (auto f = p.log().flush(); !f) {
      log::error("{}: flush failed: {}", p.tp().dir_name(), f.error().message());
      return refused(error_code::kafka_storage_error, -1);
    }
  }
  // The batch's max timestamp as written (LogAppendTime rewrote it in place):
  // producer expiry counts from it, as Kafka's.
  p.producers().record(id, r->first_offset.value(), r->last_offset.value(), records::batch_view(batch).max_timestamp());
  p.on_log_changed(now_ms);
  // Registered on the strand right after the append, so no move of the high
  // watermark can slip between them.
  if (ack.waiter) p.add_produce_waiter(r->last_offset.value() + 1, ack.min_insync_replicas, ack.waiter, ack.slot);
  out.base_offset = r->first_offset.value();
  out.log_append_time_ms = r->log_append_time_ms;
  out.log_start_offset = r->log_start_offset.value();
  return out;
}

// The topic's message.timestamp.{before,after}.max.ms (its overrides over the
// broker's log.message.timestamp.* values, as Kafka's LogConfig resolves them).
bool valid_acks(std::int16_t acks) { return acks == -1 || acks == 0 || acks == 1; }

timestamp_bounds bounds_for(const storage::log_config& c) {
  return {c.timestamp_before_max_ms, c.timestamp_after_max_ms};
}

}  // namespace

awaitable<net::handler_result> produce(request_context& ctx) {
  protocol::produce_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed Produce request");
  broker_state& s = ctx.b;
  const std::int64_t now = broker_state::now_ms();

  // One waiter for the whole request, one slot per partition, as Kafka's
  // DelayedProduce covers every partition of a request.
  std::shared_ptr<cluster::produce_waiter> waiter;
  std::size_t slots = 0;
  for (const auto& t : req.topic_data)
    slots += t.partition_data.size();
  // A named local: GCC 12 mishandles temporaries inside co_await expressions.
  auto executor = co_await boost::asio::this_coro::executor;
  if (req.acks == -1) waiter = std::make_shared<cluster::produce_waiter>(executor, slots);
  std::size_t slot = 0;

  response resp;
  resp.responses.reserve(req.topic_data.size());
  for (const auto& t : req.topic_data) {
    response::topic_produce_response tr;
    tr.name = t.name;
    auto topic = s.topics.find(t.name);
    std::optional<storage::log_config> cfg;
    if (topic) cfg = s.logs.config_for(t.name);
    ack_wait ack;
    ack.acks = req.acks;
    ack.waiter = waiter;
    // min.insync.replicas matters for acks=all only (the topic's override
    // over the broker's value).
    if (topic && req.acks == -1)
      ack.min_insync_replicas = config::topic_config::from(s.current_layers(), topic->configs).min_insync_replicas;
    for (const auto& pd : t.partition_data) {
      ack.slot = slot++;
      response::partition_produce_response out;
      std::shared_ptr<partition> p = topic ? s.partitions.find({t.name, pd.index}) : nullptr;
      if (!p) {
        out.index = pd.index;
        out.error_code = error_code::unknown_topic_or_partition;
        out.base_offset = -1;
        out.log_start_offset = -1;
        tr.partition_responses.push_back(std::move(out));
        continue;
      }
      auto view = pd.records.view();
      produce_check check = validate_produce_records(view, *cfg, bounds_for(*cfg), now,
                                                     t.name + "-" + std::to_string(pd.index), ctx.version());
      if (check.error == error_code::none && !valid_acks(req.acks)) {
        // ReplicaManager refuses the acks only for partitions KafkaApis let through.
        check.error = error_code::invalid_required_acks;
        check.message = "Invalid required acks " + std::to_string(req.acks);
        check.before_log = true;
      }
      if (check.error == error_code::none && check.transactional) {
        check.error = error_code::invalid_txn_state;
        check.message = "Transactions are not supported yet";
      }
      if (check.error != error_code::none) {
        log::debug("produce to {}-{} refused: {}", t.name, pd.index, check.message);
        out.error_code = check.error;
        // Kafka's LogAppendInfo of a refused append: no offset, no append time,
        // and the log start offset once the partition's log has seen it.
        out.base_offset = -1;
        out.log_append_time_ms = -1;
        out.log_start_offset = check.before_log ? -1 : p->log_start_offset();
        if (ctx.version() >= 8) {
          out.error_message = check.message;
          for (auto& [index, message] : check.record_errors)
            out.record_errors.push_back({.batch_index = index, .batch_index_error_message = std::move(message)});
        }
      } else {
        // Only the batch: a partial batch after it is dropped, as Kafka's trimInvalidBytes.
        auto batch = ctx.writable(view.first(check.valid_bytes));
        partition* pp = p.get();
        auto fn = [pp, batch, check, now, ack] { return append(*pp, batch, check, now, ack); };
        out = co_await run_on(p->strand(), std::move(fn));
      }
      out.index = pd.index;
      tr.partition_responses.push_back(std::move(out));
    }
    resp.responses.push_back(std::move(tr));
  }
  if (req.acks == 0) co_return net::handler_result::no_response();
  if (waiter && waiter->pending() > 0) {
    co_await waiter->wait(std::chrono::milliseconds(std::max(0, req.timeout_ms)));
    // Kafka's DelayedProduce.onComplete: each partition gets its outcome,
    // REQUEST_TIMED_OUT when still unreplicated; the offsets stay.
    std::size_t k = 0;
    for (auto& tr : resp.responses) {
      for (auto& pr : tr.partition_responses) {
        const std::size_t at = k++;
        if (pr.error_code != error_code::none) continue;
        auto outcome = waiter->outcome(at);
        pr.error_code = outcome ? *outcome : error_code::request_timed_out;
      }
    }
  }
  if (ctx.version() >= 10) {
    // KIP-951: where the partition's leader is now.
    std::map<std::int32_t, cluster::metadata_node> nodes;
    for (auto& tr : resp.responses) {
      for (auto& pr : tr.partition_responses) {
        if (pr.error_code != error_code::not_leader_or_follower) continue;
        set_current_leader(ctx.b, tr.name, pr.index, ctx.conn.listener_name, pr.current_leader, nodes);
      }
    }
    resp.node_endpoints = node_endpoints<response::node_endpoint>(nodes);
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
