// kafka-topics (include/gannet/tools/topics_command.h), after Kafka 3.9's TopicCommand.

#include "gannet/tools/topics_command.h"

#include <algorithm>
#include <iostream>
#include <set>

#include "gannet/protocol/messages/create_partitions.h"
#include "gannet/protocol/messages/create_topics.h"
#include "gannet/protocol/messages/delete_topics.h"
#include "gannet/protocol/messages/describe_configs.h"
#include "gannet/tools/cli_common.h"
#include "gannet/tools/kafka_client.h"
#include "gannet/tools/kafka_options.h"
#include "gannet/tools/run_tool.h"
#include "gannet/tools/topic_description.h"

namespace gannet::tools {
namespace {

constexpr std::int8_t resource_topic = 2;
constexpr std::int8_t source_default = 5;

bool has_collision_chars(const std::string& t) { return t.find_first_of("._") != std::string::npos; }

void check_topic_name(const std::string& t) {
  // Kafka's Topic.validate, checked on the client by TopicCommand before creating.
  if (t.empty())
    throw tool_error("Topic name is illegal, it can't be empty",
                     "org.apache.kafka.common.errors.InvalidTopicException");
  if (t == "." || t == "..")
    throw tool_error("Topic name cannot be \".\" or \"..\"", "org.apache.kafka.common.errors.InvalidTopicException");
  if (t.size() > 249)
    throw tool_error("Topic name is illegal, it can't be longer than 249 characters, topic name: " + t,
                     "org.apache.kafka.common.errors.InvalidTopicException");
  for (char c : t)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-')
      throw tool_error("Topic name \"" + t +
                           "\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'",
                       "org.apache.kafka.common.errors.InvalidTopicException");
}

// Topics matching --topic (a regular expression except for --create), sorted, as getTopics.
std::vector<std::string> matching_topics(const protocol::metadata_response& md, const topics_options& o) {
  std::vector<std::string> out;
  for (const auto& t : md.topics) {
    if (!t.name || t.error_code != protocol::error_code::none) continue;
    if (o.exclude_internal && t.is_internal) continue;
    if (o.topic && !matches_include_list(*o.topic, *t.name)) continue;
    out.push_back(*t.name);
  }
  std::sort(out.begin(), out.end());
  return out;
}

void ensure_topic_exists(const std::vector<std::string>& found, const topics_options& o) {
  if (found.empty() && !o.if_exists)
    throw tool_error("Topic 'Optional[" + o.topic.value_or("") + "]' does not exist as expected",
                     "java.lang.IllegalArgumentException");
}

std::vector<std::pair<std::string, std::string>> non_default_configs(kafka_client& client, const std::string& topic) {
  protocol::describe_configs_request req;
  protocol::describe_configs_request::describe_configs_resource res;
  res.resource_type = resource_topic;
  res.resource_name = topic;
  res.configuration_keys = std::nullopt;
  req.resources.push_back(res);
  auto resp = client.send<protocol::describe_configs_response>(kafka_client::any_node, req);
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& r : resp.results) {
    if (r.error_code != protocol::error_code::none) throw kafka_error(r.error_code, r.error_message);
    for (const auto& c : r.configs) {
      const bool is_default = c.config_source >= 0 ? c.config_source == source_default : c.is_default;
      if (!is_default) out.emplace_back(c.name, c.is_sensitive ? "null" : c.value.value_or("null"));
    }
  }
  // Kafka's brokers answer in name order; sort so the line is the same whatever order a
  // broker uses (TopicCommand itself prints the broker's order).
  std::sort(out.begin(), out.end());
  return out;
}

int create(kafka_client& client, const topics_options& o) {
  const std::string& name = *o.topic;
  check_topic_name(name);
  if (has_collision_chars(name))
    std::cout << "WARNING: Due to limitations in metric names, topics with a period ('.') or underscore ('_') could "
                 "collide. To avoid issues it is best to use either, but not both.\n";
  protocol::create_topics_request req;
  protocol::create_topics_request::creatable_topic t;
  t.name = name;
  t.num_partitions = o.partitions ? parse_int_option("partitions", *o.partitions) : -1;
  const int rf = o.replication_factor ? parse_int_option("replication-factor", *o.replication_factor) : -1;
  t.replication_factor = static_cast<std::int16_t>(rf);
  if (o.partitions && t.num_partitions < 1)
    throw tool_error("The partitions must be greater than 0", "java.lang.IllegalArgumentException");
  if (o.replication_factor && (rf < 1 || rf > 32767))
    throw tool_error("The replication factor must be between 1 and 32767", "java.lang.IllegalArgumentException");
  for (const auto& [k, v] : parse_properties(o.configs, "topic config")) {
    protocol::create_topics_request::creatable_topic_config c;
    c.name = k;
    c.value = v;
    t.configs.push_back(c);
  }
  req.topics.push_back(t);
  req.timeout_ms = 30000;
  // Before KIP-464 (v4) the broker needs explicit counts.
  if (client.version_for(protocol::api_key::create_topics) < 4 && (t.num_partitions < 0 || t.replication_factor < 0))
    throw tool_error("--partitions and --replication-factor are required by this broker",
                     "java.lang.IllegalArgumentException");
  auto resp = client.send<protocol::create_topics_response>(client.controller(), req);
  for (const auto& r : resp.topics) {
    if (r.error_code == protocol::error_code::topic_already_exists && o.if_not_exists) return 0;
    if (r.error_code != protocol::error_code::none) throw kafka_error(r.error_code, r.error_message);
  }
  std::cout << "Created topic " << name << ".\n";
  return 0;
}

int list(kafka_client& client, const topics_options& o) {
  auto md = client.metadata(std::nullopt);
  auto topics = matching_topics(md, o);
  std::string out;
  for (std::size_t i = 0; i < topics.size(); ++i)
    out += (i ? "\n" : "") + topics[i];
  std::cout << out << '\n';  // one empty line when there are none, as Kafka
  return 0;
}

int describe(kafka_client& client, const topics_options& o) {
  auto md = client.metadata(std::nullopt);
  auto names = matching_topics(md, o);
  if (o.topic) ensure_topic_exists(names, o);
  std::set<std::int32_t> live;
  for (const auto& b : md.brokers)
    live.insert(b.node_id);
  describe_filter filter;
  filter.under_replicated = o.under_replicated;
  filter.unavailable = o.unavailable;
  filter.under_min_isr = o.under_min_isr;
  filter.at_min_isr = o.at_min_isr;
  filter.topics_with_overrides = o.topics_with_overrides;
  for (const auto& name : names) {
    const auto it = std::find_if(md.topics.begin(), md.topics.end(), [&](const auto& t) { return t.name == name; });
    topic_description d;
    d.name = name;
    d.topic_id = it->topic_id;
    d.internal = it->is_internal;
    for (const auto& p : it->partitions) {
      partition_description pd;
      pd.partition = p.partition_index;
      pd.leader = p.leader_id;
      pd.replicas = p.replica_nodes;
      pd.isr = p.isr_nodes;
      d.partitions.push_back(pd);
    }
    std::sort(d.partitions.begin(), d.partitions.end(),
              [](const auto& a, const auto& b) { return a.partition < b.partition; });
    if (!filter.any_partition_filter()) d.configs = non_default_configs(client, name);
    if (filter.under_min_isr || filter.at_min_isr) {
      filter.min_isr = 1;
      for (const auto& [k, v] : non_default_configs(client, name))
        if (k == "min.insync.replicas") filter.min_isr = std::stoi(v);
    }
    std::cout << format_topic_description(d, filter, live);
  }
  return 0;
}

int alter(kafka_client& client, const topics_options& o) {
  auto md = client.metadata(std::nullopt);
  auto names = matching_topics(md, o);
  ensure_topic_exists(names, o);
  if (!o.partitions) return 0;
  const int wanted = parse_int_option("partitions", *o.partitions);
  protocol::create_partitions_request req;
  for (const auto& name : names) {
    const auto it = std::find_if(md.topics.begin(), md.topics.end(), [&](const auto& t) { return t.name == name; });
    if (it->is_internal) continue;
    const auto current = static_cast<int>(it->partitions.size());
    // The broker refuses a decrease with this message too; partitions never shrink.
    if (wanted < current)
      throw tool_error("Topic currently has " + std::to_string(current) +
                           " partitions, which is higher than the requested " + std::to_string(wanted) + ".",
                       "org.apache.kafka.common.errors.InvalidPartitionsException");
    protocol::create_partitions_request::create_partitions_topic t;
    t.name = name;
    t.count = wanted;
    t.assignments = std::nullopt;
    req.topics.push_back(t);
  }
  req.timeout_ms = 30000;
  if (req.topics.empty()) return 0;
  auto resp = client.send<protocol::create_partitions_response>(client.controller(), req);
  for (const auto& r : resp.results)
    if (r.error_code != protocol::error_code::none) throw kafka_error(r.error_code, r.error_message);
  return 0;
}

int remove(kafka_client& client, const topics_options& o) {
  auto md = client.metadata(std::nullopt);
  auto names = matching_topics(md, o);
  ensure_topic_exists(names, o);
  protocol::delete_topics_request req;
  for (const auto& name : names) {
    const auto it = std::find_if(md.topics.begin(), md.topics.end(), [&](const auto& t) { return t.name == name; });
    if (it->is_internal)
      throw tool_error("Topic " + name + " is a kafka internal topic and is not allowed to be marked for deletion.",
                       "kafka.admin.AdminOperationException");
    protocol::delete_topics_request::delete_topic_state s;
    s.name = name;
    req.topics.push_back(s);
    req.topic_names.push_back(name);
  }
  req.timeout_ms = 30000;
  if (names.empty()) return 0;
  auto resp = client.send<protocol::delete_topics_response>(client.controller(), req);
  for (const auto& r : resp.responses)
    if (r.error_code != protocol::error_code::none) throw kafka_error(r.error_code, r.error_message);
  return 0;
}

}  // namespace

topics_options parse_topics_options(const std::vector<std::string>& args) {
  topics_options o;
  kafka_options p("kafka-topics", "Create, delete, describe, or change a topic.");
  p.value("bootstrap-server", &o.bootstrap_server, "REQUIRED: The Kafka server to connect to.");
  p.value("command-config", &o.command_config, "Property file for the admin client (accepted, ignored).");
  p.flag("create", &o.create, "Create a new topic.");
  p.flag("list", &o.list, "List all available topics.");
  p.flag("describe", &o.describe, "List details for the given topics.");
  p.flag("alter", &o.alter, "Alter the number of partitions of a topic.");
  p.flag("delete", &o.del, "Delete a topic.");
  p.value("topic", &o.topic,
          "The topic to create, alter, describe or delete (a regular expression except for --create).");
  p.value("partitions", &o.partitions, "The number of partitions.");
  p.value("replication-factor", &o.replication_factor, "The replication factor for each partition.");
  p.values("config", &o.configs, "A topic configuration override, key=value.");
  p.values("delete-config", &o.delete_configs, "Not supported here; use kafka-configs.");
  p.flag("if-not-exists", &o.if_not_exists, "With --create: only if the topic does not exist yet.");
  p.flag("if-exists", &o.if_exists, "With --alter, --describe or --delete: only if the topic exists.");
  p.flag("exclude-internal", &o.exclude_internal, "Leave out internal topics with --list and --describe.");
  p.flag("under-replicated-partitions", &o.under_replicated, "With --describe: only under-replicated partitions.");
  p.flag("unavailable-partitions", &o.unavailable, "With --describe: only partitions without a live leader.");
  p.flag("under-min-isr-partitions", &o.under_min_isr,
         "With --describe: only partitions with isr < min.insync.replicas.");
  p.flag("at-min-isr-partitions", &o.at_min_isr, "With --describe: only partitions with isr = min.insync.replicas.");
  p.flag("topics-with-overrides", &o.topics_with_overrides, "With --describe: only topics with overridden configs.");
  if (!p.parse(args)) {
    o.help = true;
    std::cout << p.help();
    return o;
  }
  const int actions = o.create + o.list + o.describe + o.alter + o.del;
  if (actions != 1)
    throw usage_error("Command must include exactly one action: --list, --describe, --create, --alter or --delete");
  if (!o.bootstrap_server) throw usage_error("--bootstrap-server must be specified");
  if ((o.create || o.alter || o.del) && !o.topic) throw usage_error("Missing required argument \"[topic]\"");
  if (o.alter && !o.configs.empty()) throw usage_error("Option \"[alter]\" can't be used with option \"[config]\"");
  if (!o.delete_configs.empty())
    throw usage_error("Option \"[delete-config]\" can't be used with option \"[" +
                      std::string(o.create  ? "create"
                                  : o.alter ? "alter"
                                            : "describe") +
                      "]\"");
  if (o.if_not_exists && !o.create)
    throw usage_error("Option \"[if-not-exists]\" can't be used with option \"[" +
                      std::string(o.alter  ? "alter"
                                  : o.del  ? "delete"
                                  : o.list ? "list"
                                           : "describe") +
                      "]\"");
  return o;
}

int run_topics(const std::vector<std::string>& args) {
  return run_tool("Error while executing topic command : ", "org.apache.kafka.tools.TopicCommand", [&]() {
    topics_options o = parse_topics_options(args);
    if (o.help) return 0;
    if (o.command_config) note_command_config(*o.command_config);
    client_options co;
    co.bootstrap = parse_bootstrap_servers(*o.bootstrap_server);
    kafka_client client(co);
    if (o.create) return create(client, o);
    if (o.list) return list(client, o);
    if (o.describe) return describe(client, o);
    if (o.alter) return alter(client, o);
    return remove(client, o);
  });
}

}  // namespace gannet::tools
