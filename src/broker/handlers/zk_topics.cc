// CreateTopics, DeleteTopics and CreatePartitions in ZooKeeper mode, as Kafka
// 3.9's KafkaApis (handleCreateTopicsRequest, handleDeleteTopicsRequest,
// handleCreatePartitionsRequest) with its ZkAdminManager: only the active
// controller serves them (NOT_CONTROLLER elsewhere; clients retry with the
// controller Metadata names), and a success is answered once the metadata
// cache shows every partition with a leader (the topic gone, for a deletion),
// or REQUEST_TIMED_OUT at the request's timeout.

#include <chrono>
#include <map>
#include <set>

#include "../zk_topic_admin.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/config/describe.h"
#include "zk_handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using clock = std::chrono::steady_clock;

std::set<std::int32_t> partition_ids(const cluster::partition_assignment& a) {
  std::set<std::int32_t> out;
  for (const auto& [p, replicas] : a)
    out.insert(p);
  return out;
}

}  // namespace

awaitable<net::handler_result> zk_create_topics(request_context& ctx, protocol::create_topics_request req) {
  broker_state& s = ctx.b;
  using response = protocol::create_topics_response;
  response resp;
  const std::int16_t v = ctx.version();
  if (!zk_is_active_controller(s)) {
    for (const auto& t : req.topics) {
      response::creatable_topic_result out;
      out.name = t.name;
      out.error_code = error_code::not_controller;
      resp.topics.push_back(std::move(out));
    }
    co_return ctx.respond(resp);
  }
  std::map<std::string, int> count;
  for (const auto& t : req.topics)
    ++count[t.name];

  const auto deadline = clock::now() + std::chrono::milliseconds(std::max(req.timeout_ms, 0));
  std::vector<zk_topic_outcome> outcomes(req.topics.size());
  std::vector<bool> attempted(req.topics.size(), false);
  for (std::size_t i = 0; i < req.topics.size(); ++i) {
    const auto& t = req.topics[i];
    if (t.name == "__cluster_metadata") {
      outcomes[i].code = error_code::invalid_request;
      outcomes[i].message = "Creation of internal topic __cluster_metadata is prohibited.";
      continue;
    }
    if (count[t.name] > 1) {
      outcomes[i].code = error_code::invalid_request;
      outcomes[i].message = "Found multiple entries for this topic.";
      continue;
    }
    zk_new_topic nt;
    nt.name = t.name;
    nt.partitions = t.num_partitions;
    nt.replication_factor = t.replication_factor;
    for (const auto& c : t.configs) {
      if (c.value) {
        nt.configs.emplace_back(c.name, *c.value);
      } else {
        nt.null_configs.push_back(c.name);
      }
    }
    for (const auto& a : t.assignments)
      nt.assignments.emplace_back(a.partition_index, a.broker_ids);
    auto task = zk_create_topic(s, std::move(nt), req.validate_only);
    outcomes[i] = co_await std::move(task);
    attempted[i] = true;
  }

  // ZkAdminManager.createTopics, step 2 or 3: no wait (REQUEST_TIMED_OUT at
  // once for what was written) or DelayedCreatePartitions.
  std::set<std::string> timed_out;
  if (!req.validate_only) {
    std::map<std::string, std::set<std::int32_t>> wanted;
    for (std::size_t i = 0; i < req.topics.size(); ++i) {
      if (attempted[i] && outcomes[i].ok()) wanted[req.topics[i].name] = partition_ids(outcomes[i].assignment);
    }
    if (req.timeout_ms <= 0) {
      for (const auto& [name, _] : wanted)
        timed_out.insert(name);
    } else if (!wanted.empty()) {
      auto wait = zk_wait_for_leaders(s, std::move(wanted), deadline);
      timed_out = co_await std::move(wait);
    }
  }

  const auto layers = s.current_layers();
  for (std::size_t i = 0; i < req.topics.size(); ++i) {
    const auto& o = outcomes[i];
    response::creatable_topic_result out;
    out.name = req.topics[i].name;
    if (!o.ok()) {
      out.error_code = o.code;
      out.error_message = o.message;
      resp.topics.push_back(std::move(out));
      continue;
    }
    out.topic_id = o.topic_id;
    if (timed_out.contains(out.name)) {
      // Kafka resets configs and counts of a failed creation, not the id.
      out.error_code = error_code::request_timed_out;
      out.error_message = std::nullopt;
      resp.topics.push_back(std::move(out));
      continue;
    }
    out.error_message = std::nullopt;
    out.num_partitions = static_cast<std::int32_t>(o.assignment.size());
    out.replication_factor = static_cast<std::int16_t>(o.assignment.begin()->second.size());
    if (v >= 5) {
      std::vector<response::creatable_topic_configs> configs;
      for (const auto& c : config::describe_topic_configs(layers, o.configs)) {
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
    resp.topics.push_back(std::move(out));
  }
  co_return ctx.respond(resp);
}

awaitable<net::handler_result> zk_delete_topics(request_context& ctx, protocol::delete_topics_request req) {
  broker_state& s = ctx.b;
  using result_entry = protocol::delete_topics_response::deletable_topic_result;
  std::vector<protocol::delete_topics_request::delete_topic_state> wanted = req.topics;
  if (ctx.version() < 6) {
    for (const auto& n : req.topic_names) {
      protocol::delete_topics_request::delete_topic_state st;
      st.name = n;
      wanted.push_back(std::move(st));
    }
  }
  protocol::delete_topics_response resp;
  auto answer_all = [&](error_code code) {
    for (const auto& w : wanted) {
      result_entry out;
      out.name = w.name;
      out.topic_id = w.topic_id;
      out.error_code = code;
      resp.responses.push_back(std::move(out));
    }
  };
  if (!zk_is_active_controller(s)) {
    answer_all(error_code::not_controller);
    co_return ctx.respond(resp);
  }
  if (!s.cfg.delete_topic_enable) {
    answer_all(ctx.version() < 3 ? error_code::invalid_request : error_code::topic_deletion_disabled);
    co_return ctx.respond(resp);
  }
  for (const auto& w : wanted) {
    if (w.name && w.topic_id != protocol::uuid{}) {
      // "Topic name and topic ID can not both be specified.": the whole request fails.
      answer_all(error_code::invalid_request);
      co_return ctx.respond(resp);
    }
  }
  const auto* cache = s.zk->metadata.get();
  std::set<std::string> to_delete;
  for (const auto& w : wanted) {
    result_entry out;
    out.topic_id = w.topic_id;
    if (w.topic_id != protocol::uuid{}) {
      out.name = cache ? cache->topic_name(w.topic_id) : std::nullopt;
    } else {
      out.name = w.name;
    }
    if (!out.name) {
      out.error_code = error_code::unknown_topic_id;
    } else if (!cache || !cache->contains(*out.name)) {
      out.error_code = error_code::unknown_topic_or_partition;
    } else {
      to_delete.insert(*out.name);
    }
    resp.responses.push_back(std::move(out));
  }
  std::map<std::string, error_code> errors;
  for (const auto& name : to_delete) {
    auto task = zk_delete_topic(s, name);
    auto o = co_await std::move(task);
    errors[name] = o.code;
  }
  std::set<std::string> pending;
  for (const auto& [name, code] : errors) {
    if (code == error_code::none) pending.insert(name);
  }
  if (req.timeout_ms <= 0) {
    for (const auto& name : pending)
      errors[name] = error_code::request_timed_out;
  } else if (!pending.empty()) {
    const auto deadline = clock::now() + std::chrono::milliseconds(req.timeout_ms);
    auto wait = zk_wait_for_deletion(s, pending, deadline);
    auto remaining = co_await std::move(wait);
    for (const auto& name : remaining)
      errors[name] = error_code::request_timed_out;
  }
  for (auto& r : resp.responses) {
    if (r.name && errors.contains(*r.name)) r.error_code = errors[*r.name];
  }
  co_return ctx.respond(resp);
}

awaitable<net::handler_result> zk_create_partitions(request_context& ctx, protocol::create_partitions_request req) {
  broker_state& s = ctx.b;
  using topic_result = protocol::create_partitions_response::create_partitions_topic_result;
  protocol::create_partitions_response resp;
  std::map<std::string, int> count;
  for (const auto& t : req.topics)
    ++count[t.name];
  std::set<std::string> answered;
  if (!zk_is_active_controller(s)) {
    for (const auto& t : req.topics) {
      if (!answered.insert(t.name).second) continue;
      topic_result out;
      out.name = t.name;
      out.error_code = error_code::not_controller;
      resp.results.push_back(std::move(out));
    }
    co_return ctx.respond(resp);
  }
  std::map<std::string, zk_topic_outcome> outcomes;
  std::map<std::string, std::set<std::int32_t>> wanted;
  for (const auto& t : req.topics) {
    if (!answered.insert(t.name).second) continue;
    zk_topic_outcome o;
    if (count[t.name] > 1) {
      o.code = error_code::invalid_request;
      o.message = "Duplicate topic in request.";
    } else {
      const auto delete_path = cluster::zk_paths::delete_topic_path(t.name);
      auto queued_task = s.zk->session->exists(delete_path);
      auto queued = co_await std::move(queued_task);
      if (queued && queued->has_value()) {
        o.code = error_code::invalid_topic_exception;
        o.message = "The topic is queued for deletion.";
      } else {
        std::optional<std::vector<std::vector<std::int32_t>>> assignments;
        if (t.assignments) {
          assignments.emplace();
          for (const auto& a : *t.assignments)
            assignments->push_back(a.broker_ids);
        }
        auto task = zk_create_partitions(s, t.name, t.count, std::move(assignments), req.validate_only);
        o = co_await std::move(task);
        if (o.ok() && !req.validate_only) wanted[t.name] = partition_ids(o.assignment);
      }
    }
    outcomes[t.name] = std::move(o);
  }
  std::set<std::string> timed_out;
  if (req.timeout_ms <= 0) {
    for (const auto& [name, _] : wanted)
      timed_out.insert(name);
  } else if (!wanted.empty()) {
    const auto deadline = clock::now() + std::chrono::milliseconds(req.timeout_ms);
    auto wait = zk_wait_for_leaders(s, std::move(wanted), deadline);
    timed_out = co_await std::move(wait);
  }
  answered.clear();
  for (const auto& t : req.topics) {
    if (!answered.insert(t.name).second) continue;
    const auto& o = outcomes[t.name];
    topic_result out;
    out.name = t.name;
    if (timed_out.contains(t.name)) {
      out.error_code = error_code::request_timed_out;
    } else if (!o.ok()) {
      out.error_code = o.code;
      out.error_message = o.message;
    }
    resp.results.push_back(std::move(out));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
