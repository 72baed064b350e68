// IncrementalAlterConfigs (key 44, KIP-339): SET (0), DELETE (1), APPEND (2)
// and SUBTRACT (3, list keys only) applied to a topic's overrides or to one
// dynamic broker layer (this broker's id, or "" for the cluster default), then
// validated and persisted as AlterConfigs does. Preprocessing as Kafka 3.9's
// ConfigAdminManager: a resource named twice, a key named twice, and a null
// value for anything but DELETE are INVALID_REQUEST.

#include "gannet/protocol/messages/incremental_alter_configs.h"

#include <map>
#include <set>
#include <sstream>

#include "../zk_config_manager.h"
#include "config_resource.h"
#include "gannet/config/definitions.h"
#include "gannet/config/topic_config.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using request = protocol::incremental_alter_configs_request;

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    out.push_back(item);
  return out;
}

std::string join_list(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v)
    out += (out.empty() ? "" : ",") + x;
  return out;
}

// ZkAdminManager.prepareIncrementalConfigs on a broker layer.
std::optional<alter_outcome> apply_broker_ops(config::property_map& layer,
                                              const std::vector<request::alterable_config>& ops) {
  for (const auto& op : ops) {
    switch (static_cast<config::alter_op>(op.config_operation)) {
      case config::alter_op::set:
        layer[op.name] = *op.value;
        break;
      case config::alter_op::remove:
        layer.erase(op.name);
        break;
      case config::alter_op::append:
      case config::alter_op::subtract: {
        const bool append = op.config_operation == static_cast<std::int8_t>(config::alter_op::append);
        const auto* key = config::find_broker_key(op.name);
        if (!key || key->type != config::config_type::list) {
          return alter_outcome{error_code::invalid_config, std::string("Config value ") +
                                                               (append ? "append" : "subtract") +
                                                               " is not allowed for config key: " + op.name};
        }
        auto it = layer.find(op.name);
        auto current =
            split_list(it != layer.end() ? it->second : std::string(key->default_value.value_or(std::string_view{})));
        auto given = split_list(*op.value);
        if (append) {
          current.insert(current.end(), given.begin(), given.end());
        } else {
          // Scala's List.diff: removes one occurrence per given value.
          for (const auto& g : given) {
            if (auto pos = std::find(current.begin(), current.end(), g); pos != current.end()) current.erase(pos);
          }
        }
        layer[op.name] = join_list(current);
        break;
      }
      default:
        return alter_outcome{error_code::invalid_request,
                             "Unknown operation type " + std::to_string(op.config_operation)};
    }
  }
  return std::nullopt;
}

}  // namespace

awaitable<net::handler_result> incremental_alter_configs(request_context& ctx) {
  request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed IncrementalAlterConfigs request");
  broker_state& s = ctx.b;
  std::map<std::pair<std::int8_t, std::string>, int> count;
  for (const auto& r : req.resources)
    ++count[{r.resource_type, r.resource_name}];

  protocol::incremental_alter_configs_response resp;
  for (const auto& r : req.resources) {
    alter_outcome out;
    std::set<std::string> names;
    std::string nulls;
    bool duplicate_keys = false;
    bool unknown_operation = false;
    for (const auto& c : r.configs) {
      if (!names.insert(c.name).second) duplicate_keys = true;
      if (c.config_operation < 0 || c.config_operation > static_cast<std::int8_t>(config::alter_op::subtract))
        unknown_operation = true;
      if (!c.value && c.config_operation != static_cast<std::int8_t>(config::alter_op::remove)) {
        nulls += (nulls.empty() ? "" : ", ") + c.name;
      }
    }
    if (count[{r.resource_type, r.resource_name}] > 1) {
      out = {error_code::invalid_request, "Each resource must appear at most once."};
    } else if (duplicate_keys) {
      out = {error_code::invalid_request, "Error due to duplicate config keys"};
    } else if (unknown_operation) {
      // Kafka 3.9 (ZooKeeper mode) has no OpType for the id and fails the resource with an
      // internal error: UNKNOWN_SERVER_ERROR and no message, as the differential test found.
      out = {error_code::unknown_server_error, ""};
    } else if (!nulls.empty()) {
      out = {error_code::invalid_request, "Null value not supported for : " + nulls};
    } else if (r.resource_type == resource_topic) {
      // The current overrides: the local registry's, or ZooKeeper's in
      // ZooKeeper mode (ZkAdminManager reads configRepository.topicConfig).
      std::optional<config::property_map> current;
      if (!s.zk) {
        if (auto t = s.topics.find(r.resource_name)) current = t->configs;
      } else if (s.zk->metadata && s.zk->metadata->contains(r.resource_name)) {
        auto read_task = read_topic_config(*s.zk->session, r.resource_name);
        auto read = co_await std::move(read_task);
        if (read) current = std::move(*read);
      }
      if (!current) {
        out = {error_code::unknown_topic_or_partition, "The topic '" + r.resource_name + "' does not exist."};
      } else {
        std::vector<config::alter_config_op> ops;
        for (const auto& c : r.configs)
          ops.push_back({static_cast<config::alter_op>(c.config_operation), c.name, c.value});
        config::property_map next = std::move(*current);
        if (auto p = config::apply_incremental_ops(next, ops, s.current_layers())) {
          if (p->message.starts_with("Config value") || p->message.starts_with("Unknown topic config name")) {
            out = {error_code::invalid_config, p->message};
          } else {
            out = {error_code::invalid_config, "Invalid config value for resource " +
                                                   resource_string(resource_topic, r.resource_name) + ": " +
                                                   p->message};
          }
        } else {
          // Named awaitables: no temporaries inside co_await (GCC 12, see run_on.h).
          auto task = alter_topic_configs(s, r.resource_name, std::move(next), req.validate_only,
                                          "The topic '" + r.resource_name + "' does not exist.");
          out = co_await std::move(task);
        }
      }
    } else if (r.resource_type == resource_broker) {
      auto layer = broker_layer_of(s, r.resource_name);
      if (auto* e = std::get_if<alter_outcome>(&layer)) {
        out = *e;
      } else {
        const bool per_broker = std::get<bool>(layer);
        auto layers = s.current_layers();
        config::property_map next = per_broker ? layers.dynamic_broker : layers.dynamic_default_broker;
        if (auto e = apply_broker_ops(next, r.configs)) {
          out = *e;
        } else {
          auto task = alter_broker_configs(s, per_broker, std::move(next), req.validate_only);
          out = co_await std::move(task);
        }
      }
    } else if (r.resource_type == resource_broker_logger) {
      // No log4j loggers in Gannet (docs/compatibility.md).
      out = {error_code::invalid_request, "BROKER_LOGGER resources are not supported by Gannet"};
    } else {
      out = {error_code::invalid_request,
             "AlterConfigs is only supported for topics and brokers, but resource type is " +
                 std::string(resource_type_name(r.resource_type))};
    }
    protocol::incremental_alter_configs_response::alter_configs_resource_response rr;
    rr.resource_type = r.resource_type;
    rr.resource_name = r.resource_name;
    rr.error_code = out.code;
    rr.error_message = out.code == error_code::none || out.code == error_code::unknown_server_error
                           ? std::nullopt
                           : std::optional<std::string>(out.message);
    resp.responses.push_back(std::move(rr));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
