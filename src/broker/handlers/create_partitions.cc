// CreatePartitions (key 37): increase only (a decrease or the same count is
// INVALID_PARTITIONS with Kafka's message), optional manual assignments (one
// broker: each new partition's replicas can only be [this broker]),
// validate_only, per-topic errors; a topic named twice is INVALID_REQUEST
// "Duplicate topic in request." (KafkaApis.handleCreatePartitionsRequest).

#include "gannet/protocol/messages/create_partitions.h"

#include <set>

#include "../run_on.h"
#include "../topic_admin.h"
#include "handlers.h"
#include "zk_handlers.h"

namespace gannet::broker::handlers {

awaitable<net::handler_result> create_partitions(request_context& ctx) {
  protocol::create_partitions_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed CreatePartitions request");
  broker_state& s = ctx.b;
  if (s.zk) {
    auto task = zk_create_partitions(ctx, std::move(req));
    co_return co_await std::move(task);
  }
  std::set<std::string> seen;
  std::set<std::string> duplicates;
  for (const auto& t : req.topics) {
    if (!seen.insert(t.name).second) duplicates.insert(t.name);
  }
  protocol::create_partitions_response resp;
  std::set<std::string> answered;
  for (const auto& t : req.topics) {
    if (!answered.insert(t.name).second) continue;  // one result per duplicated name
    protocol::create_partitions_response::create_partitions_topic_result out;
    out.name = t.name;
    if (duplicates.contains(t.name)) {
      out.error_code = protocol::error_code::invalid_request;
      out.error_message = "Duplicate topic in request.";
      resp.results.push_back(std::move(out));
      continue;
    }
    std::optional<std::vector<std::vector<std::int32_t>>> assignments;
    if (t.assignments) {
      assignments.emplace();
      for (const auto& a : *t.assignments)
        assignments->push_back(a.broker_ids);
    }
    auto fn = [&s, name = t.name, count = t.count, validate = req.validate_only, assignments] {
      return add_partitions(s, name, count, validate, assignments);
    };
    auto err = co_await run_on(s.control_strand, std::move(fn));
    if (err) {
      out.error_code = err->code;
      out.error_message = err->message;
    }
    resp.results.push_back(std::move(out));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
