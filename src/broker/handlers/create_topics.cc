// CreateTopics (key 19): name rules, partitions and replication factor (-1:
// the broker defaults, KIP-464), configs, validate_only, TOPIC_ALREADY_EXISTS.
// v5+ answers with the topic's partitions, replication factor and configs.

#include "gannet/protocol/messages/create_topics.h"

#include <set>

#include "../run_on.h"
#include "../topic_admin.h"
#include "gannet/config/describe.h"
#include "handlers.h"
#include "zk_handlers.h"

namespace gannet::broker::handlers {
namespace {

using response = protocol::create_topics_response;

}  // namespace

awaitable<net::handler_result> create_topics(request_context& ctx) {
  protocol::create_topics_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed CreateTopics request");
  broker_state& s = ctx.b;
  if (s.zk) {
    auto task = zk_create_topics(ctx, std::move(req));
    co_return co_await std::move(task);
  }
  response resp;
  std::set<std::string> seen;
  std::set<std::string> duplicates;
  for (const auto& t : req.topics) {
    if (!seen.insert(t.name).second) duplicates.insert(t.name);
  }
  for (const auto& t : req.topics) {
    response::creatable_topic_result out;
    out.name = t.name;
    if (duplicates.contains(t.name)) {
      out.error_code = protocol::error_code::invalid_request;
      out.error_message = "Create topics request from client `" + ctx.header.client_id.value_or("") +
                          "` contains multiple entries for the following topics: " + t.name;
      resp.topics.push_back(std::move(out));
      continue;
    }
    new_topic nt;
    nt.name = t.name;
    nt.partitions = t.num_partitions;
    nt.replication_factor = t.replication_factor;
    nt.has_assignments = !t.assignments.empty();
    bool unknown_broker = false;
    if (nt.has_assignments && t.num_partitions == -1 && t.replication_factor == -1) {
      // The counts come from the assignment (create_topic rejects an assignment given
      // beside explicit counts, so it no longer counts as one).
      nt.has_assignments = false;
      nt.partitions = static_cast<std::int32_t>(t.assignments.size());
      nt.replication_factor = static_cast<std::int16_t>(t.assignments.front().broker_ids.size());
      for (const auto& a : t.assignments) {
        for (auto id : a.broker_ids)
          unknown_broker = unknown_broker || id != s.node_id;
      }
    }
    if (unknown_broker && !req.validate_only) {
      // Kafka 3.9 in ZooKeeper mode validates such a request and, for real, creates the topic
      // with its partitions offline on the absent broker and times out waiting for their
      // leaders; one broker cannot host them, so Gannet refuses it (docs/compatibility.md).
      out.error_code = protocol::error_code::invalid_replica_assignment;
      out.error_message = "Unknown broker(s) in replica assignment.";
      resp.topics.push_back(std::move(out));
      continue;
    }
    for (const auto& c : t.configs) {
      if (c.value) nt.configs[c.name] = *c.value;
    }
    auto fn = [&s, nt, validate = req.validate_only] { return create_topic(s, nt, validate); };
    auto created = co_await run_on(s.control_strand, std::move(fn));
    if (auto* e = std::get_if<topic_error>(&created)) {
      out.error_code = e->code;
      out.error_message = e->message;
      // Kafka answers an empty config list (not null) for a topic it did not create.
    } else {
      const auto& info = std::get<topic_info>(created);
      out.error_message = std::nullopt;
      if (!req.validate_only) out.topic_id = info.id;
      out.num_partitions = info.partitions;
      out.replication_factor = info.replication_factor;
      if (ctx.version() >= 5) {
        std::vector<response::creatable_topic_configs> configs;
        for (const auto& c : config::describe_topic_configs(s.current_layers(), info.configs)) {
          response::creatable_topic_configs rc;
          rc.name = c.name;
          rc.value = c.value;
          rc.read_only = c.read_only;
          rc.config_source = static_cast<std::int8_t>(c.source);
          rc.is_sensitive = c.sensitive;
          configs.push_back(std::move(rc));
        }
        out.configs = std::move(configs);
      }
    }
    resp.topics.push_back(std::move(out));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
