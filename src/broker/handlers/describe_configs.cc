// DescribeConfigs (key 32): topic (resource type 2) and broker (4: this
// broker's id for every source, "" for the cluster-default layer only)
// resources, as Kafka 3.9's ConfigHelper.describeConfigs: a null or empty
// configuration_keys means every key, otherwise exactly the keys named.
// v0 has is_default instead of config_source; v1+ has synonyms (when asked
// for); v3+ (KIP-569) has config_type and documentation (when asked for).

#include "gannet/protocol/messages/describe_configs.h"

#include <set>

#include "../topic_admin.h"
#include "../zk_config_manager.h"
#include "config_resource.h"
#include "gannet/config/definitions.h"
#include "gannet/config/describe.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using response = protocol::describe_configs_response;

bool wanted(const protocol::describe_configs_request::describe_configs_resource& r, const std::string& name) {
  if (!r.configuration_keys || r.configuration_keys->empty()) return true;
  for (const auto& k : *r.configuration_keys) {
    if (k == name) return true;
  }
  return false;
}

response::describe_configs_resource_result to_result(const config::config_entry& e, std::int16_t version,
                                                     bool include_synonyms, bool include_documentation) {
  response::describe_configs_resource_result out;
  out.name = e.name;
  out.value = e.value;
  out.read_only = e.read_only;
  out.is_sensitive = e.sensitive;
  // v0's is_default stays false: Kafka 3.9 never sets it (checked with
  // kafka-python's DescribeConfigs v0 against the reference broker).
  if (version >= 1) {
    out.config_source = static_cast<std::int8_t>(e.source);
    if (include_synonyms) {
      for (const auto& syn : e.synonyms)
        out.synonyms.push_back({syn.name, syn.value, static_cast<std::int8_t>(syn.source)});
    }
  }
  if (version >= 3) {
    out.config_type = static_cast<std::int8_t>(e.type);
    out.documentation = include_documentation ? std::optional<std::string>(std::string(e.documentation)) : std::nullopt;
  }
  return out;
}

// Kafka 3.9's Topic.validate wording (which DescribeConfigs uses; CreateTopics
// still words these the older way).
std::optional<std::string> invalid_topic_name(const std::string& name) {
  if (name.empty()) return "Topic name is invalid: the empty string is not allowed";
  if (name == "." || name == "..") return "Topic name is invalid: '" + name + "' is not allowed";
  if (name.size() > 249) {
    return "Topic name is invalid: the length of '" + name + "' is longer than the max allowed length 249";
  }
  if (validate_topic_name(name)) {
    return "Topic name is invalid: '" + name +
           "' contains one or more characters other than ASCII alphanumerics, '.', '_' and '-'";
  }
  return std::nullopt;
}

// Keys no broker definition knows (custom keys set by AlterConfigs or in the
// file): Kafka lists them too, from the config's originals, as read-only keys
// of unknown type whose only synonym is their own layer; a key of unknown type
// may be a password, so its value is hidden (KafkaConfig.maybeSensitive).
void add_unknown_broker_keys(std::vector<config::config_entry>& entries, const config::broker_layers& layers,
                             bool per_broker) {
  std::set<std::string> seen;
  auto add = [&](const config::property_map& layer, config::config_source source) {
    for (const auto& [k, _] : layer) {
      if (config::find_broker_key(k) || !seen.insert(k).second) continue;
      config::config_entry e;
      e.name = k;
      e.value = std::nullopt;
      e.source = source;
      e.read_only = true;
      e.sensitive = true;
      e.type = config::config_type::unknown;
      e.synonyms.push_back({k, std::nullopt, source});
      entries.push_back(std::move(e));
    }
  };
  if (per_broker) add(layers.dynamic_broker, config::config_source::dynamic_broker_config);
  add(layers.dynamic_default_broker, config::config_source::dynamic_default_broker_config);
  if (per_broker) add(layers.static_broker, config::config_source::static_broker_config);
}

}  // namespace

awaitable<net::handler_result> describe_configs(request_context& ctx) {
  protocol::describe_configs_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed DescribeConfigs request");
  const broker_state& s = ctx.b;
  const std::int16_t v = ctx.version();
  const bool synonyms = v >= 1 && req.include_synonyms;
  const bool docs = v >= 3 && req.include_documentation;
  response resp;
  for (const auto& r : req.resources) {
    response::describe_configs_result res;
    res.resource_type = r.resource_type;
    res.resource_name = r.resource_name;
    std::vector<config::config_entry> entries;
    std::optional<topic_error> err;
    if (r.resource_type == resource_topic) {
      if (auto e = invalid_topic_name(r.resource_name)) {
        err = topic_error{error_code::invalid_topic_exception, *e};
      } else if (s.zk) {
        // ConfigHelper.describeConfigs: a topic the metadata cache knows, its
        // overrides read from /config/topics/<t> (ZkConfigRepository).
        std::optional<config::property_map> overrides;
        if (s.zk->metadata && s.zk->metadata->contains(r.resource_name)) {
          auto read_task = read_topic_config(*s.zk->session, r.resource_name);
          auto read = co_await std::move(read_task);
          if (read) overrides = std::move(*read);
        }
        if (overrides) {
          entries = config::describe_topic_configs(s.current_layers(), *overrides);
        } else {
          err = topic_error{error_code::unknown_topic_or_partition, ""};
        }
      } else if (auto t = s.topics.find(r.resource_name)) {
        entries = config::describe_topic_configs(s.current_layers(), t->configs);
      } else {
        err = topic_error{error_code::unknown_topic_or_partition, ""};
      }
    } else if (r.resource_type == resource_broker) {
      if (r.resource_name.empty()) {
        auto layers = s.current_layers();
        entries = config::describe_broker_configs(layers, false);
        add_unknown_broker_keys(entries, layers, false);
      } else if (auto id = parse_broker_id(r.resource_name); !id) {
        err = topic_error{error_code::invalid_request, "Broker id must be an integer, but it is: " + r.resource_name};
      } else if (*id != s.node_id) {
        err = topic_error{error_code::invalid_request, "Unexpected broker id, expected " + std::to_string(s.node_id) +
                                                           " or empty string, but received " + r.resource_name};
      } else {
        auto layers = s.current_layers();
        entries = config::describe_broker_configs(layers, true);
        add_unknown_broker_keys(entries, layers, true);
      }
    } else if (r.resource_type == resource_broker_logger) {
      // Gannet has no log4j loggers to list: the resource is checked as Kafka
      // does and answered with no entries (docs/compatibility.md).
      if (r.resource_name.empty()) {
        err = topic_error{error_code::invalid_request, "Broker id must not be empty"};
      } else if (auto id = parse_broker_id(r.resource_name); !id) {
        err = topic_error{error_code::invalid_request, "Broker id must be an integer, but it is: " + r.resource_name};
      } else if (*id != s.node_id) {
        err = topic_error{error_code::invalid_request, "Unexpected broker id, expected " + std::to_string(s.node_id) +
                                                           " but received " + r.resource_name};
      }
    } else if (r.resource_type == resource_client_metrics) {
      err = topic_error{error_code::invalid_request, "Config type client-metrics is only supported on KRaft clusters"};
    } else {
      // Kafka 3.9 fails such a resource with INVALID_REQUEST's default message.
      err = topic_error{error_code::invalid_request,
                        "This most likely occurs because of a request being malformed by the client library or the "
                        "message was sent to an incompatible broker. See the broker logs for more details."};
    }
    if (err) {
      res.error_code = err->code;
      res.error_message = err->message;
    } else {
      for (const auto& e : entries) {
        if (wanted(r, e.name)) res.configs.push_back(to_result(e, v, synonyms, docs));
      }
    }
    resp.results.push_back(std::move(res));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
