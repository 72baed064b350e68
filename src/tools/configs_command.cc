// kafka-configs (include/gannet/tools/configs_command.h).

#include "gannet/tools/configs_command.h"

#include <algorithm>
#include <iostream>

#include "gannet/protocol/messages/describe_configs.h"
#include "gannet/protocol/messages/incremental_alter_configs.h"
#include "gannet/tools/kafka_client.h"
#include "gannet/tools/kafka_options.h"
#include "gannet/tools/run_tool.h"

namespace gannet::tools {
namespace {

constexpr std::int8_t resource_topic = 2;
constexpr std::int8_t resource_broker = 4;
constexpr std::int8_t op_set = 0;
constexpr std::int8_t op_delete = 1;

struct configs_options {
  std::optional<std::string> bootstrap, entity_type, entity_name, topic, broker, add_config, add_config_file,
      command_config;
  std::vector<std::string> delete_config;
  bool describe = false, alter = false, entity_default = false, all = false, help = false;
};

struct entity {
  std::int8_t type;
  std::string name;   // "" for the cluster-wide broker default
  std::string label;  // "topic rt", "broker 0", "brokers in the cluster"
};

std::string entity_label(std::int8_t type, const std::string& name) {
  if (type == resource_topic) return "topic " + name;
  if (name.empty()) return "brokers in the cluster";
  return "broker " + name;
}

void describe_one(kafka_client& client, const entity& e, bool all) {
  protocol::describe_configs_request req;
  protocol::describe_configs_request::describe_configs_resource res;
  res.resource_type = e.type;
  res.resource_name = e.name;
  res.configuration_keys = std::nullopt;
  req.resources.push_back(res);
  req.include_synonyms = true;
  const bool is_default = e.type == resource_broker && e.name.empty();
  std::cout << (all ? "All" : is_default ? "Default" : "Dynamic") << " configs for " << e.label << " are:\n";
  std::int32_t node = kafka_client::any_node;
  if (e.type == resource_broker && !e.name.empty()) node = std::stoi(e.name);
  auto resp = client.send<protocol::describe_configs_response>(node, req);
  for (const auto& r : resp.results) {
    if (r.error_code != protocol::error_code::none) throw kafka_error(r.error_code, r.error_message);
    std::vector<const protocol::describe_configs_response::describe_configs_resource_result*> entries;
    for (const auto& c : r.configs) {
      // As ConfigCommand: without --all, only the entity's own dynamic configs.
      const std::int8_t wanted = e.type == resource_topic ? 1 : is_default ? 3 : 2;
      if (all || c.config_source == wanted) entries.push_back(&c);
    }
    std::sort(entries.begin(), entries.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const auto* c : entries) {
      std::cout << "  " << c->name << "=" << (c->is_sensitive ? "null" : c->value.value_or("null"))
                << " sensitive=" << (c->is_sensitive ? "true" : "false") << " synonyms={";
      for (std::size_t i = 0; i < c->synonyms.size(); ++i) {
        const auto& s = c->synonyms[i];
        std::cout << (i ? ", " : "") << config_source_name(s.source) << ":" << s.name << "="
                  << (c->is_sensitive ? "null" : s.value.value_or("null"));
      }
      std::cout << "}\n";
    }
  }
}

void alter_one(kafka_client& client, const entity& e, const configs_options& o) {
  protocol::incremental_alter_configs_request req;
  protocol::incremental_alter_configs_request::alter_configs_resource res;
  res.resource_type = e.type;
  res.resource_name = e.name;
  if (o.add_config)
    for (const auto& [k, v] : parse_add_config(*o.add_config))
      res.configs.push_back({k, op_set, v});
  for (const auto& item : o.delete_config) {
    std::size_t start = 0;
    while (start <= item.size()) {
      auto comma = item.find(',', start);
      if (comma == std::string::npos) comma = item.size();
      if (comma > start) res.configs.push_back({item.substr(start, comma - start), op_delete, std::nullopt});
      start = comma + 1;
    }
  }
  req.resources.push_back(res);
  std::int32_t node = kafka_client::any_node;
  if (e.type == resource_broker && !e.name.empty()) node = std::stoi(e.name);
  auto resp = client.send<protocol::incremental_alter_configs_response>(node, req);
  for (const auto& r : resp.responses)
    if (r.error_code != protocol::error_code::none) throw kafka_error(r.error_code, r.error_message);
  if (e.type == resource_broker && e.name.empty())
    std::cout << "Completed updating default config for brokers in the cluster.\n";
  else
    std::cout << "Completed updating config for " << e.label << ".\n";
}

configs_options parse(const std::vector<std::string>& args) {
  configs_options o;
  kafka_options p("kafka-configs", "Add, delete or describe configs of topics and brokers.");
  p.value("bootstrap-server", &o.bootstrap, "The Kafka server to connect to.");
  p.value("command-config", &o.command_config, "Admin client property file (accepted, ignored).");
  p.value("entity-type", &o.entity_type, "topics or brokers.");
  p.value("entity-name", &o.entity_name, "Name of the entity (topic name / broker id).");
  p.flag("entity-default", &o.entity_default, "The cluster-wide broker default.");
  p.value("topic", &o.topic, "Same as --entity-type topics --entity-name <topic>.");
  p.value("broker", &o.broker, "Same as --entity-type brokers --entity-name <id>.");
  p.flag("describe", &o.describe, "List configs for the given entity.");
  p.flag("alter", &o.alter, "Alter the configuration for the entity.");
  p.flag("all", &o.all, "With --describe: all configs, not only dynamic ones.");
  p.value("add-config", &o.add_config, "k1=v1,k2=[v1,v2,v2],k3=v3");
  p.value("add-config-file", &o.add_config_file, "Not supported here.");
  p.values("delete-config", &o.delete_config, "Config keys to remove: k1,k2");
  if (!p.parse(args)) {
    std::cout << p.help();
    o.help = true;
    return o;
  }
  if (o.topic) {
    o.entity_type = "topics";
    o.entity_name = o.topic;
  }
  if (o.broker) {
    o.entity_type = "brokers";
    o.entity_name = o.broker;
  }
  if (!o.bootstrap) throw usage_error("Only one of --bootstrap-server or --bootstrap-controller must be specified");
  if (o.describe == o.alter) throw usage_error("Command must include exactly one action: --describe, --alter");
  if (!o.entity_type) throw usage_error("At least one entity type must be specified");
  if (*o.entity_type != "topics" && *o.entity_type != "brokers")
    throw usage_error("Invalid entity type " + *o.entity_type +
                      ", the entity type must be one of topics, brokers "
                      "(gannet-cli does not support clients, users, ips, broker-loggers, client-metrics, groups)");
  if (o.add_config_file) throw usage_error("--add-config-file is not supported by gannet-cli; use --add-config");
  if (o.alter && !o.add_config && o.delete_config.empty())
    throw usage_error(
        "At least one of --add-config, --add-config-file, or --delete-config must be specified with --alter");
  if (o.alter && !o.entity_name && !o.entity_default)
    throw usage_error("An entity name must be specified with --alter of " + *o.entity_type);
  return o;
}

std::string joined(const std::vector<std::string>& args) {
  std::string out;
  for (const auto& a : args)
    out += (out.empty() ? "" : " ") + a;
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> parse_add_config(const std::string& text) {
  std::vector<std::pair<std::string, std::string>> out;
  std::string current;
  int depth = 0;
  auto finish = [&]() {
    if (current.empty()) return;
    const auto eq = current.find('=');
    if (eq == std::string::npos)
      throw usage_error(
          "requirement failed: Invalid entity config: all configs to be added must be in the format \"key=val\".");
    std::string value = current.substr(eq + 1);
    if (value.size() >= 2 && value.front() == '[' && value.back() == ']') value = value.substr(1, value.size() - 2);
    out.emplace_back(current.substr(0, eq), value);
    current.clear();
  };
  for (char c : text) {
    if (c == '[') ++depth;
    if (c == ']') --depth;
    if (c == ',' && depth == 0) {
      finish();
      continue;
    }
    current += c;
  }
  finish();
  return out;
}

std::string config_source_name(std::int8_t source) {
  switch (source) {
    case 1:
      return "DYNAMIC_TOPIC_CONFIG";
    case 2:
      return "DYNAMIC_BROKER_CONFIG";
    case 3:
      return "DYNAMIC_DEFAULT_BROKER_CONFIG";
    case 4:
      return "STATIC_BROKER_CONFIG";
    case 5:
      return "DEFAULT_CONFIG";
    case 6:
      return "DYNAMIC_BROKER_LOGGER_CONFIG";
    case 7:
      return "CLIENT_METRICS_CONFIG";
    default:
      return "UNKNOWN";
  }
}

int run_configs(const std::vector<std::string>& args) {
  const auto on_error = [&](const std::string& cls, const std::string& message) {
    std::cerr << "Error while executing config command with args '" << joined(args) << "'\n"
              << "java.util.concurrent.ExecutionException: " << (cls.empty() ? "" : cls + ": ") << message << '\n';
  };
  return run_tool_with(on_error, [&]() {
    auto o = parse(args);
    if (o.help) return 0;
    if (o.command_config) note_command_config(*o.command_config);
    client_options co;
    co.bootstrap = parse_bootstrap_servers(*o.bootstrap);
    kafka_client client(co);
    const std::int8_t type = *o.entity_type == "topics" ? resource_topic : resource_broker;
    std::vector<entity> entities;
    if (o.entity_name || o.entity_default) {
      const std::string name = o.entity_default ? "" : *o.entity_name;
      entities.push_back({type, name, entity_label(type, name)});
    } else if (type == resource_topic) {
      auto md = client.metadata(std::nullopt);
      std::vector<std::string> names;
      for (const auto& t : md.topics)
        if (t.name) names.push_back(*t.name);
      std::sort(names.begin(), names.end());
      for (const auto& n : names)
        entities.push_back({type, n, entity_label(type, n)});
    } else {
      auto md = client.metadata(std::vector<std::string>{});
      std::vector<std::int32_t> ids;
      for (const auto& b : md.brokers)
        ids.push_back(b.node_id);
      std::sort(ids.begin(), ids.end());
      for (auto id : ids)
        entities.push_back({type, std::to_string(id), entity_label(type, std::to_string(id))});
      entities.push_back({type, "", entity_label(type, "")});
    }
    for (const auto& e : entities) {
      if (o.describe)
        describe_one(client, e, o.all);
      else
        alter_one(client, e, o);
    }
    return 0;
  });
}

}  // namespace gannet::tools
