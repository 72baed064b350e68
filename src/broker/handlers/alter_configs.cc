// AlterConfigs (key 33, the legacy API): each resource's configs replace its
// whole set of overrides. Topics (type 2) and brokers (type 4: this broker's id
// for the per-broker layer, "" for the cluster default). Checks and messages
// follow Kafka 3.9 (ConfigAdminManager.preprocess, then ZkAdminManager): a
// resource named twice, duplicate or null values are INVALID_REQUEST;
// BROKER_LOGGER is refused (IncrementalAlterConfigs only).

#include "gannet/protocol/messages/alter_configs.h"

#include <map>
#include <set>

#include "../run_on.h"
#include "../zk_config_manager.h"
#include "config_resource.h"
#include "gannet/config/topic_config.h"
#include "handlers.h"

namespace gannet::broker::handlers {

using protocol::error_code;

namespace {

std::vector<std::pair<std::string, std::string>> to_pairs(const config::property_map& m) {
  return {m.begin(), m.end()};
}

}  // namespace

awaitable<alter_outcome> alter_topic_configs(broker_state& s, std::string topic, config::property_map next,
                                             bool validate_only, std::string unknown_topic_message) {
  if (s.zk) {
    // ZkAdminManager.alterTopicConfigs: the topic as the metadata cache knows it.
    if (topic.empty()) co_return alter_outcome{error_code::invalid_request, "Default topic resources are not allowed."};
    if (!s.zk->metadata || !s.zk->metadata->contains(topic)) {
      co_return alter_outcome{error_code::unknown_topic_or_partition, unknown_topic_message};
    }
  } else if (!s.topics.find(topic)) {
    co_return alter_outcome{error_code::unknown_topic_or_partition, unknown_topic_message};
  }
  if (auto p = config::validate_topic_overrides(next, s.current_layers())) {
    // Unknown names come from LogConfig.validateNames as they are; value
    // errors are wrapped by the admin manager.
    if (p->message.starts_with("Unknown topic config name"))
      co_return alter_outcome{error_code::invalid_config, p->message};
    co_return alter_outcome{error_code::invalid_config, "Invalid config value for resource " +
                                                            resource_string(resource_topic, topic) + ": " + p->message};
  }
  if (validate_only) co_return alter_outcome{};
  if (s.zk) {
    // AdminZkClient.changeTopicConfig: every broker applies it from the notification.
    auto task = write_topic_config(*s.zk->session, topic, to_pairs(next));
    auto written = co_await std::move(task);
    if (!written) co_return alter_outcome{error_code::unknown_server_error, written.error().message()};
    log::info("Updating topic {} with new configuration", topic);
    co_return alter_outcome{};
  }
  auto fn = [&s, topic, next] { return set_topic_overrides(s, topic, next); };
  auto err = co_await run_on(s.control_strand, std::move(fn));
  if (err) co_return alter_outcome{err->code, err->message};
  co_return alter_outcome{};
}

std::variant<bool, alter_outcome> broker_layer_of(const broker_state& s, const std::string& name) {
  if (name.empty()) return false;
  auto id = parse_broker_id(name);
  if (!id) return alter_outcome{error_code::invalid_request, "Node id must be an integer, but it is: " + name};
  if (*id != s.node_id) {
    return alter_outcome{error_code::invalid_request,
                         "Unexpected broker id, expected " + std::to_string(s.node_id) + ", but received " + name};
  }
  return true;
}

awaitable<alter_outcome> alter_broker_configs(broker_state& s, bool per_broker, config::property_map next,
                                              bool validate_only) {
  if (auto e = validate_dynamic_broker_configs(s, next)) co_return alter_outcome{e->code, e->message};
  if (validate_only) co_return alter_outcome{};
  if (s.zk) {
    // AdminZkClient.changeBrokerConfig: /config/brokers/<id or <default>> and
    // the notification, which this broker applies too.
    auto entity = per_broker ? std::to_string(s.node_id) : std::string("<default>");
    auto task = write_broker_config(*s.zk->session, std::move(entity), to_pairs(next));
    auto written = co_await std::move(task);
    if (!written) co_return alter_outcome{error_code::unknown_server_error, written.error().message()};
    co_return alter_outcome{};
  }
  auto fn = [&s, per_broker, next] { return set_dynamic_broker_configs(s, per_broker, next); };
  auto err = co_await run_on(s.control_strand, std::move(fn));
  if (err) co_return alter_outcome{err->code, err->message};
  co_return alter_outcome{};
}

awaitable<net::handler_result> alter_configs(request_context& ctx) {
  protocol::alter_configs_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed AlterConfigs request");
  broker_state& s = ctx.b;
  std::map<std::pair<std::int8_t, std::string>, int> count;
  for (const auto& r : req.resources)
    ++count[{r.resource_type, r.resource_name}];

  protocol::alter_configs_response resp;
  for (const auto& r : req.resources) {
    alter_outcome out;
    std::set<std::string> names;
    std::string nulls;
    bool duplicate_keys = false;
    config::property_map next;
    for (const auto& c : r.configs) {
      if (!names.insert(c.name).second) duplicate_keys = true;
      if (!c.value) {
        nulls += (nulls.empty() ? "" : ", ") + c.name;
      } else {
        next[c.name] = *c.value;
      }
    }
    if (count[{r.resource_type, r.resource_name}] > 1) {
      out = {error_code::invalid_request, "Each resource must appear at most once."};
    } else if (duplicate_keys) {
      out = {error_code::invalid_request, "Error due to duplicate config keys"};
    } else if (!nulls.empty()) {
      out = {error_code::invalid_request, "Null value not supported for : " + nulls};
    } else if (r.resource_type == resource_topic) {
      // Named awaitables: no temporaries inside co_await (GCC 12, see run_on.h).
      auto task = alter_topic_configs(s, r.resource_name, std::move(next), req.validate_only,
                                      "The topic '" + r.resource_name + "' does not exist.");
      out = co_await std::move(task);
    } else if (r.resource_type == resource_broker) {
      auto layer = broker_layer_of(s, r.resource_name);
      if (auto* e = std::get_if<alter_outcome>(&layer)) {
        out = *e;
      } else {
        auto task = alter_broker_configs(s, std::get<bool>(layer), std::move(next), req.validate_only);
        out = co_await std::move(task);
      }
    } else if (r.resource_type == resource_broker_logger) {
      out = {error_code::invalid_request, "Unknown resource type 8"};  // Kafka 3.9's wording
    } else {
      out = {error_code::invalid_request,
             "AlterConfigs is only supported for topics and brokers, but resource type is " +
                 std::string(resource_type_name(r.resource_type))};
    }
    protocol::alter_configs_response::alter_configs_resource_response rr;
    rr.resource_type = r.resource_type;
    rr.resource_name = r.resource_name;
    rr.error_code = out.code;
    rr.error_message = out.code == error_code::none ? std::nullopt : std::optional<std::string>(out.message);
    resp.responses.push_back(std::move(rr));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
