// DescribeConfigs (key 32): topic (resource type 2) and broker (4: this
// broker's id for every source, "" for the cluster-default layer only)
// resources, as Kafka 3.9's ConfigHelper.describeConfigs: a null or empty
// configuration_keys means every key, otherwise exactly the keys named.
// v0 has is_default instead of config_source; v1+ has synonyms (when asked
// for); v3+ (KIP-569) has config_type and documentation (when asked for).

#include "gannet/protocol/messages/describe_configs.h"

#include <charconv>

#include "../topic_admin.h"
#include "config_resource.h"
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
  if (version == 0) {
    // DescribeConfigsResponse v0: the value is the default (Kafka sets it from
    // the source: DEFAULT_CONFIG).
    out.is_default = e.source == config::config_source::default_config;
  } else {
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
      if (auto e = validate_topic_name(r.resource_name)) {
        err = e;
      } else if (auto t = s.topics.find(r.resource_name)) {
        entries = config::describe_topic_configs(s.current_layers(), t->configs);
      } else {
        err = topic_error{error_code::unknown_topic_or_partition, ""};
      }
    } else if (r.resource_type == resource_broker) {
      if (r.resource_name.empty()) {
        entries = config::describe_broker_configs(s.current_layers(), false);
      } else if (auto id = parse_broker_id(r.resource_name); !id) {
        err = topic_error{error_code::invalid_request, "Broker id must be an integer, but it is: " + r.resource_name};
      } else if (*id != s.node_id) {
        err = topic_error{error_code::invalid_request, "Unexpected broker id, expected " + std::to_string(s.node_id) +
                                                           " or empty string, but received " + r.resource_name};
      } else {
        entries = config::describe_broker_configs(s.current_layers(), true);
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
    } else {
      err = topic_error{error_code::invalid_request,
                        "Unsupported resource type: " + std::string(resource_type_name(r.resource_type))};
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
