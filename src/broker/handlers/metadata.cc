// Metadata (key 3): brokers, cluster id, controller, and topics with their
// partitions. Auto-creates a missing topic when auto.create.topics.enable and
// the request allow it (v4+: allow_auto_topic_creation); __consumer_offsets is
// created as the group coordinator creates it (offsets_topic.h).

#include "gannet/protocol/messages/metadata.h"

#include "../offsets_topic.h"
#include "../run_on.h"
#include "../topic_admin.h"
#include "handlers.h"
#include "zk_handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using response = protocol::metadata_response;

// Every topic operation bit (Kafka's AclOperation codes), reported when asked
// for: there is no authorizer, so everything is allowed.
constexpr std::int32_t all_topic_operations =
    (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 10) | (1 << 11);
constexpr std::int32_t all_cluster_operations =
    (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12);

response::metadata_response_topic describe(const broker_state& s, const topic_info& t, bool with_ops) {
  response::metadata_response_topic out;
  out.name = t.name;
  out.topic_id = t.id;
  out.is_internal = t.internal || is_internal_topic(t.name);
  if (with_ops) out.topic_authorized_operations = all_topic_operations;
  out.partitions.reserve(static_cast<std::size_t>(t.partitions));
  for (std::int32_t p = 0; p < t.partitions; ++p) {
    response::metadata_response_partition part;
    part.partition_index = p;
    part.leader_id = s.node_id;
    part.leader_epoch = 0;
    part.replica_nodes = {s.node_id};
    part.isr_nodes = {s.node_id};
    if (!s.partitions.find({t.name, p})) {
      part.error_code = error_code::leader_not_available;
      part.leader_id = -1;
    }
    out.partitions.push_back(std::move(part));
  }
  return out;
}

// Kafka fills in the authorized operations of unknown and invalid topics too (3576 when asked).
response::metadata_response_topic topic_error_entry(std::optional<std::string> name, protocol::uuid id, error_code code,
                                                    bool with_ops) {
  response::metadata_response_topic out;
  out.name = std::move(name);
  out.topic_id = id;
  out.error_code = code;
  if (with_ops) out.topic_authorized_operations = all_topic_operations;
  return out;
}

// v10 and v11 carry topic ids but Kafka never served them (MetadataRequest.json:
// "this functionality was not implemented on the server"); their response topic
// name is not nullable. Kafka refuses such a request whole, as InvalidRequestException
// turned into MetadataRequest.getErrorResponse: every topic asked INVALID_REQUEST,
// its name or "", no brokers, no cluster id, controller -1.
bool topic_ids_before_v12(const protocol::metadata_request& req, std::int16_t v) {
  if (v >= 12 || !req.topics) return false;
  for (const auto& t : *req.topics) {
    if (!t.name || t.topic_id != protocol::uuid{}) return true;
  }
  return false;
}

response topic_ids_refused(const protocol::metadata_request& req) {
  response resp;
  resp.controller_id = -1;
  for (const auto& t : *req.topics)
    resp.topics.push_back(topic_error_entry(t.name.value_or(""), t.topic_id, error_code::invalid_request, false));
  return resp;
}

}  // namespace

awaitable<net::handler_result> metadata(request_context& ctx) {
  protocol::metadata_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed Metadata request");
  broker_state& s = ctx.b;
  const std::int16_t v = ctx.version();
  if (topic_ids_before_v12(req, v)) co_return ctx.respond(topic_ids_refused(req));
  if (s.zk) {
    // ZooKeeper mode: the metadata cache, not the local topic registry.
    auto task = zk_metadata(ctx, std::move(req));
    co_return co_await std::move(task);
  }

  response resp;
  resp.cluster_id = s.cluster_id;
  resp.controller_id = s.node_id;
  for (const auto& a : s.advertised) {
    if (a.listener_name != ctx.conn.listener_name && s.advertised.size() > 1) continue;
    resp.brokers.push_back({s.node_id, a.host, a.port, s.cfg.broker_rack});
    break;
  }
  const bool with_ops = req.include_topic_authorized_operations;
  if (req.include_cluster_authorized_operations) resp.cluster_authorized_operations = all_cluster_operations;

  // v0: an empty list means all topics; v1+: null means all, empty means none.
  const bool all = !req.topics.has_value() || (v == 0 && req.topics->empty());
  if (all) {
    for (const auto& t : s.topics.list())
      resp.topics.push_back(describe(s, t, with_ops));
    co_return ctx.respond(resp);
  }
  const bool may_create = s.cfg.auto_create_topics_enable && (v < 4 || req.allow_auto_topic_creation);
  for (const auto& rt : *req.topics) {
    if (!rt.name.has_value()) {
      // v10+: by topic id.
      if (auto t = s.topics.find_by_id(rt.topic_id)) {
        resp.topics.push_back(describe(s, *t, with_ops));
      } else {
        resp.topics.push_back(topic_error_entry(std::nullopt, rt.topic_id, error_code::unknown_topic_id, with_ops));
      }
      continue;
    }
    const std::string& name = *rt.name;
    if (auto t = s.topics.find(name)) {
      resp.topics.push_back(describe(s, *t, with_ops));
      continue;
    }
    if (validate_topic_name(name)) {
      resp.topics.push_back(topic_error_entry(name, {}, error_code::invalid_topic_exception, with_ops));
      continue;
    }
    if (!may_create) {
      resp.topics.push_back(topic_error_entry(name, {}, error_code::unknown_topic_or_partition, with_ops));
      continue;
    }
    auto fn = [&s, name] {
      // Another request may have created it meanwhile.
      if (auto t = s.topics.find(name)) return std::variant<topic_info, topic_error>(*t);
      // Kafka's AutoTopicCreationManager creates it with the offsets topic's settings.
      if (name == offsets_topic_name) return ensure_offsets_topic(s);
      new_topic nt;
      nt.name = name;
      return create_topic(s, std::move(nt), false);
    };
    auto created = co_await run_on(s.control_strand, std::move(fn));
    if (auto* t = std::get_if<topic_info>(&created)) {
      resp.topics.push_back(describe(s, *t, with_ops));
    } else {
      resp.topics.push_back(topic_error_entry(name, {}, std::get<topic_error>(created).code, with_ops));
    }
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
