// DeleteRecords (key 21): moves each partition's log start offset up to the
// offset given (-1: the high watermark), on the partition's strand, and
// answers the new low watermark. An offset beyond the high watermark (or a
// negative one other than -1) is OFFSET_OUT_OF_RANGE; an offset below the log
// start changes nothing. A topic whose cleanup.policy lacks "delete" (compact only) is
// POLICY_VIOLATION, as Kafka's UnifiedLog.deleteRecords answers. One replica, so the request never waits for
// followers (Kafka's DelayedDeleteRecords completes at once).

#include "gannet/protocol/messages/delete_records.h"

#include "../run_on.h"
#include "gannet/common/logging.h"
#include "gannet/config/topic_config.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using response = protocol::delete_records_response;

constexpr std::int64_t high_watermark_offset = -1;  // DeleteRecordsRequest.HIGH_WATERMARK
constexpr std::int64_t invalid_low_watermark = -1;  // DeleteRecordsResponse.INVALID_LOW_WATERMARK

// On the partition's strand.
response::delete_records_partition_result delete_before(partition& p, std::int64_t requested) {
  response::delete_records_partition_result out;
  out.low_watermark = invalid_low_watermark;
  if (p.deleted()) {
    out.error_code = error_code::unknown_topic_or_partition;
    return out;
  }
  auto& lg = p.log();
  const std::int64_t target = requested == high_watermark_offset ? lg.high_watermark().value() : requested;
  if (target < 0 || target > lg.high_watermark().value()) {
    out.error_code = error_code::offset_out_of_range;
    return out;
  }
  if (target > lg.log_start_offset().value()) {
    auto r = lg.delete_records_before(gannet::offset(target), broker_state::now_ms());
    if (!r) {
      log::error("{}: DeleteRecords before {}: {}", p.tp().dir_name(), target, r.error().message());
      out.error_code = error_code::kafka_storage_error;
      return out;
    }
    p.on_log_changed();
  }
  out.low_watermark = lg.log_start_offset().value();
  return out;
}

}  // namespace

awaitable<net::handler_result> delete_records(request_context& ctx) {
  protocol::delete_records_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed DeleteRecords request");
  broker_state& s = ctx.b;
  response resp;
  for (const auto& t : req.topics) {
    response::delete_records_topic_result tr;
    tr.name = t.name;
    auto info = s.topics.find(t.name);
    const bool deletable = !info || config::topic_config::from(s.current_layers(), info->configs).delete_();
    for (const auto& rp : t.partitions) {
      response::delete_records_partition_result out;
      auto p = s.partitions.find({t.name, rp.partition_index});
      if (!p) {
        out.low_watermark = invalid_low_watermark;
        out.error_code = error_code::unknown_topic_or_partition;
      } else if (!deletable) {
        out.low_watermark = invalid_low_watermark;
        out.error_code = error_code::policy_violation;
      } else {
        partition* pp = p.get();
        std::int64_t requested = rp.offset;
        auto fn = [pp, requested] { return delete_before(*pp, requested); };
        out = co_await run_on(p->strand(), std::move(fn));
      }
      out.partition_index = rp.partition_index;
      tr.partitions.push_back(std::move(out));
    }
    resp.topics.push_back(std::move(tr));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
