// Fetch (key 1), v4+ (record batch v2 only, as Kafka 4, KIP-896). Reads return
// file slices that net sends with sendfile. A fetch that finds fewer than
// min_bytes waits (Kafka's DelayedFetch) until an append to one of its
// partitions or max_wait_ms. Topic ids from v13 (KIP-516).
//
// A follower's fetch (replica id >= 0; in ReplicaState from v15) reads up to
// the log end, and its fetch offset tells the leader its log end, which moves
// the high watermark (cluster::partition). Consumers read below the high
// watermark, from the leader only (no KIP-392 follower fetching).
//
// Fetch sessions (KIP-227, v7+): fetch_session.h. A full fetch (epoch 0) gets a
// session id when the cache has room; an incremental one reads every partition
// of its session and answers only those with news.

#include "gannet/protocol/messages/fetch.h"

#include <boost/asio/this_coro.hpp>
#include <unordered_map>

#include "../fetch_session.h"
#include "../run_on.h"
#include "current_leader.h"
#include "gannet/common/logging.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using request = protocol::fetch_request;
using response = protocol::fetch_response;

struct wanted {
  std::size_t index = 0;  // into fetch_context::partitions
  std::string topic;      // resolved name; empty if unknown
  std::shared_ptr<partition> p;
  error_code error = error_code::none;
};

struct read_outcome {
  response::partition_data data;
  std::int64_t bytes = 0;
};

// A partition whose read failed, as Kafka's LogReadResult for an error: no
// offsets (-1), no records, null aborted transactions.
response::partition_data read_error(std::int32_t partition, error_code error) {
  response::partition_data pd;
  pd.partition_index = partition;
  pd.error_code = error;
  pd.high_watermark = -1;
  pd.aborted_transactions = std::nullopt;
  pd.records = protocol::records();
  return pd;
}

struct read_args {
  std::int64_t fetch_offset = 0;
  std::int32_t max_bytes = 0;
  bool min_one_batch = false;
  // Isolation level 1, for which Kafka lists the aborted transactions (none:
  // no transactions yet); at read_uncommitted the list is null.
  bool read_committed = false;
  std::int32_t replica_id = -1;  // >= 0: a follower
  std::int32_t current_leader_epoch = -1;
  std::int32_t last_fetched_epoch = -1;
  std::int64_t follower_log_start_offset = -1;
  std::int64_t now_ms = 0;
};

// On the partition's strand.
read_outcome read_partition(partition& p, const read_args& a) {
  read_outcome out;
  if (p.deleted()) {
    out.data = read_error(0, error_code::unknown_topic_or_partition);
    return out;
  }
  auto& lg = p.log();
  const bool follower = a.replica_id >= 0;
  // Kafka's readRecords takes the offsets before the read: appends after it
  // must not keep a follower from counting as caught up, and the follower
  // learns a high watermark its own fetch moves at its next fetch.
  const std::int64_t high_watermark = lg.high_watermark().value();
  const offset log_end = lg.log_end_offset();
  if (follower) {
    auto check = p.check_follower_fetch(a.replica_id, a.current_leader_epoch, a.last_fetched_epoch, a.fetch_offset);
    if (check.error != error_code::none) {
      out.data = read_error(0, check.error);
      return out;
    }
    if (check.diverging_epoch) {
      // No records: the follower truncates to this end first (Kafka's
      // diverging_epoch answer, KIP-595's check applied to replication).
      out.data.high_watermark = high_watermark;
      out.data.last_stable_offset = high_watermark;
      out.data.log_start_offset = lg.log_start_offset().value();
      out.data.diverging_epoch.epoch = check.diverging_epoch->leader_epoch;
      out.data.diverging_epoch.end_offset = check.diverging_epoch->end_offset;
      out.data.aborted_transactions = std::nullopt;
      out.data.records = protocol::records();
      return out;
    }
  } else if (!p.is_leader()) {
    out.data = read_error(0, error_code::not_leader_or_follower);
    return out;
  }
  // A follower reads everything it lacks; a consumer what the ISR has.
  const offset upper = follower ? log_end : offset(high_watermark);
  auto r = lg.read(offset(a.fetch_offset), a.max_bytes, upper, a.min_one_batch);
  if (!r) {
    log::error("{}: read failed: {}", p.tp().dir_name(), r.error().message());
    out.data = read_error(0, error_code::kafka_storage_error);
    return out;
  }
  if (r->offset_out_of_range) {
    out.data = read_error(0, error_code::offset_out_of_range);
    return out;
  }
  out.data.high_watermark = high_watermark;
  out.data.last_stable_offset = high_watermark;
  out.data.log_start_offset = lg.log_start_offset().value();
  // Kafka's updateFollowerFetchState: the fetch offset is the follower's log
  // end; the ISR and the high watermark may move (waking consumers' fetches
  // and completing acks=all Produces).
  if (follower)
    p.record_follower_fetch(a.replica_id, a.fetch_offset, a.follower_log_start_offset, log_end.value(), a.now_ms);
  if (a.read_committed) {
    out.data.aborted_transactions = std::vector<response::aborted_transaction>{};
  } else {
    out.data.aborted_transactions = std::nullopt;
  }
  out.bytes = r->bytes;
  out.data.records = protocol::records::from_slices(std::move(r->slices));
  return out;
}

error_code check_leader_epoch(std::int32_t requested, std::int32_t ours) {
  if (requested < 0 || requested == ours) return error_code::none;
  return requested < ours ? error_code::fenced_leader_epoch : error_code::unknown_leader_epoch;
}

// By id from v13 (the name left empty), by name before (the id left zero).
fetch_partition_key key_of(std::int16_t version, const std::string& topic, const protocol::uuid& id,
                           std::int32_t partition) {
  fetch_partition_key k;
  if (version >= 13) {
    k.topic_id = id;
  } else {
    k.topic = topic;
  }
  k.partition = partition;
  return k;
}

// Kafka's FetchResponse.partitionResponse(partition, error), for partitions it
// cannot serve at all: aborted transactions an empty list, no records.
response::partition_data error_partition(std::int32_t partition, error_code error) {
  response::partition_data pd;
  pd.partition_index = partition;
  pd.error_code = error;
  pd.high_watermark = -1;
  pd.records = protocol::records();
  return pd;
}

}  // namespace

awaitable<net::handler_result> fetch(request_context& ctx) {
  request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed Fetch request");
  broker_state& s = ctx.b;
  const std::int16_t v = ctx.version();
  const std::int64_t now = broker_state::now_ms();

  // What the request names: by topic id from v13, by name before. A partition
  // named twice counts once, at its first place (Kafka keeps a LinkedHashMap).
  std::vector<fetch_partition_request> fetch_data;
  {
    std::unordered_map<fetch_partition_key, std::size_t, fetch_partition_key_hash> seen;
    for (const auto& t : req.topics) {
      for (const auto& fp : t.partitions) {
        fetch_partition_request r;
        r.key = key_of(v, t.topic, t.topic_id, fp.partition);
        r.fetch_offset = fp.fetch_offset;
        r.max_bytes = fp.partition_max_bytes;
        r.current_leader_epoch = fp.current_leader_epoch;
        r.last_fetched_epoch = v >= 12 ? fp.last_fetched_epoch : -1;
        r.log_start_offset = fp.log_start_offset;
        auto [it, added] = seen.try_emplace(r.key, fetch_data.size());
        if (added) {
          fetch_data.push_back(std::move(r));
        } else {
          fetch_data[it->second] = std::move(r);
        }
      }
    }
  }
  // Followers name themselves in ReplicaState from v15, in ReplicaId before.
  const std::int32_t replica = v >= 15 ? req.replica_state.replica_id : req.replica_id;
  fetch_context fc;
  if (v >= 7) {
    std::vector<fetch_partition_key> forgotten;
    for (const auto& t : req.forgotten_topics_data)
      for (std::int32_t p : t.partitions)
        forgotten.push_back(key_of(v, t.topic, t.topic_id, p));
    fc = s.fetch_sessions.new_context(v, req.session_id, req.session_epoch, replica >= 0, std::move(fetch_data),
                                      forgotten, now);
  } else {
    fc.partitions = std::move(fetch_data);
  }

  response resp;
  if (fc.type == fetch_context::kind::error) {
    // Kafka's SessionErrorContext: the error, session id 0, no partitions.
    resp.error_code = fc.error;
    co_return ctx.respond(resp);
  }

  // Resolve every partition once. As Kafka (KafkaApis.handleFetchRequest), the
  // partitions that cannot be served (unknown topic id, topic or partition)
  // come after the others in the response, and do not end a long poll.
  std::vector<wanted> plan;
  std::vector<wanted> erroneous;
  plan.reserve(fc.partitions.size());
  for (std::size_t i = 0; i < fc.partitions.size(); ++i) {
    const auto& r = fc.partitions[i];
    wanted w;
    w.index = i;
    std::optional<topic_info> topic = v >= 13 ? s.topics.find_by_id(r.key.topic_id) : s.topics.find(r.key.topic);
    if (topic) w.topic = topic->name;
    if (!topic) {
      w.error = v >= 13 ? error_code::unknown_topic_id : error_code::unknown_topic_or_partition;
    } else if (!(w.p = s.partitions.find({topic->name, r.key.partition}))) {
      w.error = error_code::unknown_topic_or_partition;
    }
    if (w.error != error_code::none) {
      erroneous.push_back(std::move(w));
    } else {
      w.error = check_leader_epoch(r.current_leader_epoch, w.p->leader_epoch());
      plan.push_back(std::move(w));
    }
  }

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0, req.max_wait_ms));
  auto executor = co_await boost::asio::this_coro::executor;
  std::vector<response::partition_data> answers(plan.size());
  const bool read_committed = req.isolation_level == 1;
  for (;;) {
    // Registered before reading, so an append between the read and the wait
    // still wakes us.
    auto waiter = std::make_shared<data_waiter>(executor);
    std::int64_t total = 0;
    bool any_error = false;
    for (std::size_t k = 0; k < plan.size(); ++k) {
      const wanted& w = plan[k];
      const auto& r = fc.partitions[w.index];
      if (w.error != error_code::none) {
        answers[k] = read_error(r.key.partition, w.error);
        any_error = true;
        continue;
      }
      w.p->add_waiter(waiter);
      std::int64_t room = std::max<std::int64_t>(0, static_cast<std::int64_t>(req.max_bytes) - total);
      std::int32_t limit = static_cast<std::int32_t>(std::min<std::int64_t>(r.max_bytes, room));
      bool min_one = total == 0;  // KIP-74: the first batch goes out whole even if too large
      partition* pp = w.p.get();
      read_args a;
      a.fetch_offset = r.fetch_offset;
      a.max_bytes = limit;
      a.min_one_batch = min_one;
      a.read_committed = read_committed;
      a.replica_id = replica;
      a.current_leader_epoch = r.current_leader_epoch;
      a.last_fetched_epoch = r.last_fetched_epoch;
      a.follower_log_start_offset = r.log_start_offset;
      a.now_ms = broker_state::now_ms();
      auto fn = [pp, a] { return read_partition(*pp, a); };
      auto out = co_await run_on(w.p->strand(), std::move(fn));
      // Kafka answers at once on an error and on a diverging epoch (the
      // follower has to truncate before anything else).
      if (out.data.error_code != error_code::none || out.data.diverging_epoch.end_offset >= 0) any_error = true;
      total += out.bytes;
      out.data.partition_index = r.key.partition;
      answers[k] = std::move(out.data);
    }
    if (total >= req.min_bytes || any_error || std::chrono::steady_clock::now() >= deadline || plan.empty() ||
        s.draining.load())
      break;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    co_await waiter->wait(left);
  }

  // Response order: the served partitions, then the erroneous ones.
  for (auto& w : erroneous) {
    answers.push_back(error_partition(fc.partitions[w.index].key.partition, w.error));
    plan.push_back(std::move(w));
  }
  std::vector<fetch_partition_outcome> outcomes(answers.size());
  for (std::size_t k = 0; k < answers.size(); ++k) {
    const auto& a = answers[k];
    outcomes[k] = {plan[k].index, a.high_watermark, a.log_start_offset, a.records.size_bytes() > 0,
                   a.error_code != error_code::none};
  }
  fetch_answer verdict = s.fetch_sessions.complete(fc, outcomes, broker_state::now_ms());
  if (fc.type == fetch_context::kind::full && verdict.session_id != invalid_session_id) {
    log::debug("fetch session {} created with {} partition(s)", verdict.session_id, outcomes.size());
  }
  resp.error_code = verdict.error;
  resp.session_id = verdict.session_id;
  if (verdict.error != error_code::none) co_return ctx.respond(resp);
  // Consecutive partitions of one topic share a topic entry (FetchResponse.of).
  for (std::size_t k = 0; k < answers.size(); ++k) {
    if (!verdict.send[k]) continue;
    const auto& r = fc.partitions[plan[k].index];
    const std::string& name = plan[k].topic.empty() ? r.key.topic : plan[k].topic;
    if (resp.responses.empty() || resp.responses.back().topic != name ||
        resp.responses.back().topic_id != r.key.topic_id) {
      response::fetchable_topic_response tr;
      tr.topic = name;
      tr.topic_id = r.key.topic_id;
      resp.responses.push_back(std::move(tr));
    }
    resp.responses.back().partitions.push_back(std::move(answers[k]));
  }
  if (v >= 16) {
    // KIP-951: where the partition's leader is now.
    std::map<std::int32_t, cluster::metadata_node> nodes;
    for (auto& tr : resp.responses) {
      for (auto& pr : tr.partitions) {
        if (pr.error_code != error_code::not_leader_or_follower && pr.error_code != error_code::fenced_leader_epoch)
          continue;
        set_current_leader(s, tr.topic, pr.partition_index, ctx.conn.listener_name, pr.current_leader, nodes);
      }
    }
    resp.node_endpoints = node_endpoints<response::node_endpoint>(nodes);
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
