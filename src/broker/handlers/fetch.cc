// Fetch (key 1), v4+ (record batch v2 only, as Kafka 4, KIP-896). Reads return
// file slices that net sends with sendfile. A fetch that finds fewer than
// min_bytes waits (Kafka's DelayedFetch) until an append to one of its
// partitions or max_wait_ms. Topic ids from v13 (KIP-516).
//
// Fetch sessions (KIP-227, v7+): this broker creates none and answers every
// request as a full fetch with session id 0, which KIP-227 allows (it is what
// Kafka does when its session cache is full); a request naming a session id
// gets FETCH_SESSION_ID_NOT_FOUND so the client starts over with a full fetch.

#include "gannet/protocol/messages/fetch.h"

#include <boost/asio/this_coro.hpp>

#include "../run_on.h"
#include "gannet/common/logging.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using request = protocol::fetch_request;
using response = protocol::fetch_response;

struct wanted {
  std::shared_ptr<partition> p;
  error_code error = error_code::none;
  std::int64_t fetch_offset = 0;
  std::int32_t partition_max_bytes = 0;
};

struct read_outcome {
  response::partition_data data;
  std::int64_t bytes = 0;
};

// On the partition's strand.
read_outcome read_partition(partition& p, std::int64_t fetch_offset, std::int32_t max_bytes, bool min_one_batch) {
  read_outcome out;
  out.data.aborted_transactions = std::vector<response::aborted_transaction>{};
  if (p.deleted()) {
    out.data.error_code = error_code::unknown_topic_or_partition;
    return out;
  }
  auto& lg = p.log();
  auto r = lg.read(offset(fetch_offset), max_bytes, lg.high_watermark(), min_one_batch);
  out.data.high_watermark = lg.high_watermark().value();
  out.data.last_stable_offset = lg.high_watermark().value();
  out.data.log_start_offset = lg.log_start_offset().value();
  if (!r) {
    log::error("{}: read failed: {}", p.tp().dir_name(), r.error().message());
    out.data.error_code = error_code::kafka_storage_error;
    return out;
  }
  if (r->offset_out_of_range) {
    out.data.error_code = error_code::offset_out_of_range;
    return out;
  }
  out.bytes = r->bytes;
  out.data.records = protocol::records::from_slices(std::move(r->slices));
  return out;
}

error_code check_leader_epoch(std::int32_t requested, std::int32_t ours) {
  if (requested < 0 || requested == ours) return error_code::none;
  return requested < ours ? error_code::fenced_leader_epoch : error_code::unknown_leader_epoch;
}

}  // namespace

awaitable<net::handler_result> fetch(request_context& ctx) {
  request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed Fetch request");
  broker_state& s = ctx.b;
  const std::int16_t v = ctx.version();

  response resp;
  if (v >= 7 && req.session_id != 0) {
    resp.error_code = error_code::fetch_session_id_not_found;
    co_return ctx.respond(resp);
  }

  // Resolve every partition once.
  std::vector<std::vector<wanted>> plan(req.topics.size());
  resp.responses.resize(req.topics.size());
  for (std::size_t i = 0; i < req.topics.size(); ++i) {
    const auto& t = req.topics[i];
    auto& tr = resp.responses[i];
    std::optional<topic_info> topic = v >= 13 ? s.topics.find_by_id(t.topic_id) : s.topics.find(t.topic);
    tr.topic = topic ? topic->name : t.topic;
    tr.topic_id = t.topic_id;
    for (const auto& fp : t.partitions) {
      wanted w;
      w.fetch_offset = fp.fetch_offset;
      w.partition_max_bytes = fp.partition_max_bytes;
      if (!topic) {
        w.error = v >= 13 ? error_code::unknown_topic_id : error_code::unknown_topic_or_partition;
      } else if (!(w.p = s.find_partition({topic->name, fp.partition}))) {
        w.error = error_code::unknown_topic_or_partition;
      } else {
        w.error = check_leader_epoch(fp.current_leader_epoch, w.p->leader_epoch());
      }
      plan[i].push_back(std::move(w));
    }
  }

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::max(0, req.max_wait_ms));
  auto executor = co_await boost::asio::this_coro::executor;
  for (;;) {
    // Registered before reading, so an append between the read and the wait
    // still wakes us.
    auto waiter = std::make_shared<data_waiter>(executor);
    std::int64_t total = 0;
    bool any_error = false;
    for (std::size_t i = 0; i < plan.size(); ++i) {
      auto& tr = resp.responses[i];
      tr.partitions.clear();
      for (std::size_t k = 0; k < plan[i].size(); ++k) {
        const wanted& w = plan[i][k];
        response::partition_data pd;
        pd.partition_index = req.topics[i].partitions[k].partition;
        if (w.error != error_code::none) {
          pd.error_code = w.error;
          pd.high_watermark = -1;
          any_error = true;
          tr.partitions.push_back(std::move(pd));
          continue;
        }
        w.p->add_waiter(waiter);
        std::int64_t room = std::max<std::int64_t>(0, static_cast<std::int64_t>(req.max_bytes) - total);
        std::int32_t limit = static_cast<std::int32_t>(std::min<std::int64_t>(w.partition_max_bytes, room));
        bool min_one = total == 0;  // KIP-74: the first batch goes out whole even if too large
        partition* pp = w.p.get();
        std::int64_t off = w.fetch_offset;
        auto fn = [pp, off, limit, min_one] { return read_partition(*pp, off, limit, min_one); };
        auto out = co_await run_on(w.p->strand(), std::move(fn));
        if (out.data.error_code != error_code::none) any_error = true;
        total += out.bytes;
        out.data.partition_index = pd.partition_index;
        tr.partitions.push_back(std::move(out.data));
      }
    }
    if (total >= req.min_bytes || any_error || std::chrono::steady_clock::now() >= deadline || plan.empty() ||
        s.draining.load())
      break;
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    co_await waiter->wait(left);
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
