// kafka-consumer-groups (include/gannet/tools/consumer_groups_command.h).

#include "gannet/tools/consumer_groups_command.h"

#include <algorithm>
#include <ctime>
#include <iostream>
#include <set>

#include "gannet/protocol/messages/delete_groups.h"
#include "gannet/protocol/messages/describe_groups.h"
#include "gannet/protocol/messages/list_groups.h"
#include "gannet/tools/consumer_group_format.h"
#include "gannet/tools/group_member.h"
#include "gannet/tools/kafka_options.h"
#include "gannet/tools/partition_ops.h"
#include "gannet/tools/run_tool.h"

namespace gannet::tools {
namespace {

struct groups_options {
  std::optional<std::string> bootstrap, command_config, to_offset, shift_by, to_datetime, by_duration, from_file;
  std::vector<std::string> groups, topics;
  bool list = false, describe = false, del = false, reset = false, all_groups = false, all_topics = false;
  bool members = false, state = false, offsets = false, verbose = false;
  bool to_earliest = false, to_latest = false, to_current = false, dry_run = false, execute = false;
};

std::string client_host_of(const std::string& h) { return h; }

protocol::describe_groups_response::described_group describe_group(kafka_client& client, std::int32_t coordinator,
                                                                   const std::string& group) {
  protocol::describe_groups_request req;
  req.groups.push_back(group);
  auto resp = client.send<protocol::describe_groups_response>(coordinator, req);
  if (resp.groups.empty()) throw tool_error("DescribeGroups returned no group");
  return resp.groups.front();
}

std::vector<std::pair<std::string, std::string>> list_groups(kafka_client& client) {
  auto md = client.metadata(std::vector<std::string>{});
  std::vector<std::pair<std::string, std::string>> out;
  std::set<std::string> seen;
  for (const auto& b : md.brokers) {
    protocol::list_groups_request req;
    auto resp = client.send<protocol::list_groups_response>(b.node_id, req);
    if (resp.error_code != protocol::error_code::none) throw kafka_error(resp.error_code);
    for (const auto& g : resp.groups)
      if ((g.protocol_type == "consumer" || g.protocol_type.empty()) && seen.insert(g.group_id).second)
        out.emplace_back(g.group_id, g.group_state);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool report_missing(const protocol::describe_groups_response::described_group& g) {
  if (g.error_code == protocol::error_code::group_id_not_found || g.group_state == "Dead") {
    std::cout << "\nError: Consumer group '" << g.group_id << "' does not exist.\n";
    return true;
  }
  if (g.error_code != protocol::error_code::none) throw kafka_error(g.error_code);
  return false;
}

void report_state(const protocol::describe_groups_response::described_group& g) {
  std::cout.flush();
  if (g.group_state == "Empty") std::cerr << "\nConsumer group '" << g.group_id << "' has no active members.\n";
  if (g.group_state == "PreparingRebalance" || g.group_state == "CompletingRebalance")
    std::cerr << "\nWarning: Consumer group '" << g.group_id << "' is rebalancing.\n";
}

void describe(kafka_client& client, const groups_options& o) {
  std::vector<std::string> groups = o.groups;
  if (o.all_groups)
    for (const auto& [g, s] : list_groups(client))
      groups.push_back(g);
  for (const auto& group : groups) {
    const std::int32_t coordinator = client.coordinator(group);
    auto g = describe_group(client, coordinator, group);
    if (report_missing(g)) continue;
    if (o.state) {
      const auto& b = client.metadata(std::vector<std::string>{});
      std::string coord = "-";
      for (const auto& br : b.brokers)
        if (br.node_id == coordinator)
          coord = br.host + ":" + std::to_string(br.port) + "  (" + std::to_string(coordinator) + ")";
      std::cout << format_state(group, coord, g.protocol_data, g.group_state,
                                static_cast<std::int32_t>(g.members.size()));
    } else if (o.members) {
      std::vector<member_row> rows;
      for (const auto& m : g.members)
        rows.push_back({group, m.member_id, client_host_of(m.client_host), m.client_id,
                        static_cast<std::int32_t>(decode_assignment(m.member_assignment).size())});
      std::cout << format_members(rows);
    } else {
      std::vector<offset_row> rows;
      std::set<topic_partition> assigned;
      for (const auto& m : g.members)
        for (const auto& tp : decode_assignment(m.member_assignment)) {
          offset_row r;
          r.group = group;
          r.topic = tp.first;
          r.partition = tp.second;
          r.consumer_id = m.member_id;
          r.host = m.client_host;
          r.client_id = m.client_id;
          rows.push_back(r);
          assigned.insert(tp);
        }
      auto committed = committed_offsets(client, coordinator, group, std::nullopt);
      for (const auto& [tp, off] : committed)
        if (!assigned.contains(tp))
          rows.push_back({group, tp.first, tp.second, std::nullopt, std::nullopt, "-", "-", "-"});
      std::vector<topic_partition> tps;
      for (const auto& r : rows)
        tps.emplace_back(r.topic, r.partition);
      std::sort(tps.begin(), tps.end());
      auto ends = tps.empty() ? std::map<topic_partition, std::int64_t>{} : list_offsets(client, tps, latest_timestamp);
      for (auto& r : rows) {
        const topic_partition tp{r.topic, r.partition};
        if (auto it = committed.find(tp); it != committed.end()) r.current_offset = it->second;
        if (auto it = ends.find(tp); it != ends.end()) r.log_end_offset = it->second;
      }
      std::stable_sort(rows.begin(), rows.end(), [](const offset_row& a, const offset_row& b) {
        return std::tie(a.topic, a.partition) < std::tie(b.topic, b.partition);
      });
      std::cout << format_offsets(rows);
    }
    report_state(g);
  }
}

void remove(kafka_client& client, const groups_options& o) {
  std::vector<std::string> ok;
  std::vector<std::pair<std::string, std::string>> failed;
  for (const auto& group : o.groups) {
    protocol::delete_groups_request req;
    req.groups_names.push_back(group);
    auto resp = client.send<protocol::delete_groups_response>(client.coordinator(group), req);
    for (const auto& r : resp.results) {
      if (r.error_code == protocol::error_code::none) {
        ok.push_back(r.group_id);
      } else {
        auto e = kafka_error(r.error_code);
        failed.emplace_back(r.group_id,
                            "java.util.concurrent.ExecutionException: " + e.exception_class() + ": " + e.what());
      }
    }
  }
  auto quoted = [](const std::vector<std::string>& v) {
    std::string s;
    for (const auto& g : v)
      s += (s.empty() ? "'" : ", '") + g + "'";
    return s;
  };
  if (failed.empty()) {
    std::cout << "Deletion of requested consumer groups (" << quoted(ok) << ") was successful.\n";
    return;
  }
  std::cout << "\nError: Deletion of some consumer groups failed:\n";
  for (const auto& [g, why] : failed)
    std::cout << "* Group '" << g << "' could not be deleted due to: " << why << '\n';
  if (!ok.empty()) std::cout << "\nThese consumer groups were deleted successfully: " << quoted(ok) << '\n';
}

// --topic t (all partitions) or t:0,1; --all-topics: what the group has committed.
std::vector<topic_partition> reset_scope(kafka_client& client, const groups_options& o,
                                         const std::map<topic_partition, std::int64_t>& committed) {
  std::vector<topic_partition> out;
  if (o.all_topics) {
    for (const auto& [tp, off] : committed)
      out.push_back(tp);
    return out;
  }
  for (const auto& spec : o.topics) {
    const auto colon = spec.find(':');
    const std::string topic = spec.substr(0, colon);
    if (colon != std::string::npos) {
      std::size_t start = colon + 1;
      while (start <= spec.size()) {
        auto comma = spec.find(',', start);
        if (comma == std::string::npos) comma = spec.size();
        if (comma > start) out.emplace_back(topic, parse_int_option("topic", spec.substr(start, comma - start)));
        start = comma + 1;
      }
    } else {
      for (const auto& [tp, leader] : partition_leaders(client, {topic}))
        out.push_back(tp);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

void reset(kafka_client& client, const groups_options& o) {
  const std::string& group = o.groups.front();
  const std::int32_t coordinator = client.coordinator(group);
  auto g = describe_group(client, coordinator, group);
  if (g.group_state != "Empty" && g.group_state != "Dead")
    throw tool_error("Assignments can only be reset if the group '" + group +
                     "' is inactive, but the current state is " + g.group_state + ".");
  auto committed = committed_offsets(client, coordinator, group, std::nullopt);
  auto scope = reset_scope(client, o, committed);
  std::map<topic_partition, std::int64_t> target;
  if (!scope.empty()) {
    auto earliest = list_offsets(client, scope, earliest_timestamp);
    auto latest = list_offsets(client, scope, latest_timestamp);
    std::map<topic_partition, std::int64_t> by_time;
    if (o.to_datetime) by_time = list_offsets(client, scope, parse_reset_datetime(*o.to_datetime));
    for (const auto& tp : scope) {
      std::int64_t want = 0;
      bool clamp = true;
      if (o.to_earliest)
        want = earliest[tp];
      else if (o.to_latest)
        want = latest[tp];
      else if (o.to_current)
        want = committed.contains(tp) ? committed[tp] : latest[tp];
      else if (o.to_offset)
        want = parse_long_option("to-offset", *o.to_offset);
      else if (o.shift_by)
        want = (committed.contains(tp) ? committed[tp] : latest[tp]) + parse_long_option("shift-by", *o.shift_by);
      else if (o.to_datetime) {
        want = by_time[tp] < 0 ? latest[tp] : by_time[tp];
        clamp = false;
      }
      const std::string name = tp.first + "-" + std::to_string(tp.second);
      if (clamp && want > latest[tp]) {
        std::cerr << log4j_prefix("WARN") << "New offset (" << want
                  << ") is higher than latest offset for topic partition " << name << ". Value will be set to "
                  << latest[tp] << " (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)\n";
        want = latest[tp];
      } else if (clamp && want < earliest[tp]) {
        std::cerr << log4j_prefix("WARN") << "New offset (" << want
                  << ") is lower than earliest offset for topic partition " << name << ". Value will be set to "
                  << earliest[tp] << " (org.apache.kafka.tools.consumer.group.ConsumerGroupCommand)\n";
        want = earliest[tp];
      }
      target[tp] = want;
    }
  }
  if (o.execute) commit_offsets(client, coordinator, group, target);
  std::vector<offset_row> rows;
  for (const auto& [tp, off] : target)
    rows.push_back({group, tp.first, tp.second, off, std::nullopt, "-", "-", "-"});
  std::cout << format_reset(rows);
  if (!o.execute && !o.dry_run)
    std::cerr
        << "WARN: No action will be performed as the --execute option is missing.In a future major release, the "
           "default "
           "behavior of this command will be to prompt the user before executing the reset rather than doing a dry "
           "run. You should add the --dry-run option explicitly if you are scripting this command and want to keep the "
           "current default behavior without prompting.\n";
}

groups_options parse(const std::vector<std::string>& args, bool& help) {
  groups_options o;
  kafka_options p("kafka-consumer-groups", "List, describe, delete consumer groups and reset their offsets.");
  p.value("bootstrap-server", &o.bootstrap, "REQUIRED: The server(s) to connect to.");
  p.value("command-config", &o.command_config, "Admin client property file (accepted, ignored).");
  p.flag("list", &o.list, "List all consumer groups.");
  p.flag("describe", &o.describe, "Describe consumer group(s): offsets and lag.");
  p.flag("delete", &o.del, "Delete consumer group(s).");
  p.flag("reset-offsets", &o.reset, "Reset the offsets of a consumer group.");
  p.values("group", &o.groups, "The consumer group.");
  p.flag("all-groups", &o.all_groups, "Apply to all consumer groups.");
  p.values("topic", &o.topics, "The topic (topic or topic:0,1) for --reset-offsets.");
  p.flag("all-topics", &o.all_topics, "All topics the group has offsets for (--reset-offsets).");
  p.flag("members", &o.members, "With --describe: the group's members.");
  p.flag("state", &o.state, "With --describe or --list: the group's state.");
  p.flag("offsets", &o.offsets, "With --describe: the group's offsets (the default).");
  p.flag("verbose", &o.verbose, "Accepted; ignored.");
  p.flag("to-earliest", &o.to_earliest, "Reset to the earliest offset.");
  p.flag("to-latest", &o.to_latest, "Reset to the latest offset.");
  p.flag("to-current", &o.to_current, "Reset to the current offset.");
  p.value("to-offset", &o.to_offset, "Reset to this offset.");
  p.value("shift-by", &o.shift_by, "Shift the current offset by n (may be negative).");
  p.value("to-datetime", &o.to_datetime, "Reset to the first offset at or after YYYY-MM-DDTHH:mm:SS.sss.");
  p.value("by-duration", &o.by_duration, "Not supported here.");
  p.value("from-file", &o.from_file, "Not supported here.");
  p.flag("dry-run", &o.dry_run, "Only show the result.");
  p.flag("execute", &o.execute, "Execute the reset.");
  if (!p.parse(args)) {
    std::cout << p.help();
    help = true;
    return o;
  }
  if (o.list + o.describe + o.del + o.reset != 1)
    throw usage_error("Command must include exactly one action: --list, --describe, --delete, --reset-offsets");
  if (!o.bootstrap) throw usage_error("Missing required argument \"[bootstrap-server]\"");
  if ((o.describe || o.del || o.reset) && o.groups.empty() && !o.all_groups)
    throw usage_error(std::string("Option [") +
                      (o.describe ? "describe"
                       : o.del    ? "delete"
                                  : "reset-offsets") +
                      "] takes one of these options: [all-groups], [group]");
  if (o.reset) {
    const int specs = o.to_earliest + o.to_latest + o.to_current + o.to_offset.has_value() + o.shift_by.has_value() +
                      o.to_datetime.has_value() + o.by_duration.has_value() + o.from_file.has_value();
    if (specs != 1)
      throw usage_error(
          "Option [reset-offsets] takes exactly one of these options: [to-datetime], [by-duration], [to-earliest], "
          "[to-latest], [shift-by], [from-file], [to-current], [to-offset]");
    if (o.by_duration || o.from_file)
      throw usage_error("--by-duration and --from-file are not supported by gannet-cli");
    if (o.topics.empty() && !o.all_topics)
      throw usage_error("Option [reset-offsets] takes one of these options: [all-topics], [topic]");
    if (o.all_groups)
      throw usage_error("--all-groups with --reset-offsets is not supported by gannet-cli; name the --group");
  }
  return o;
}

}  // namespace

std::int64_t parse_reset_datetime(const std::string& text) {
  std::tm tm{};
  int ms = 0;
  char rest[16] = {0};
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%15s", &tm.tm_year, &tm.tm_mon, &tm.tm_mday,
                            &tm.tm_hour, &tm.tm_min, &tm.tm_sec, &ms, rest);
  if (n < 7)
    throw usage_error("Error parsing timestamp. It does not contain a 'T' according to ISO8601 format: " + text);
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  std::int64_t seconds;
  const std::string zone = n == 8 ? rest : "";
  if (zone.empty()) {
    tm.tm_isdst = -1;
    seconds = std::mktime(&tm);
  } else {
    seconds = timegm(&tm);
    if (zone != "Z") {
      int hh = 0, mm = 0;
      if (std::sscanf(zone.c_str() + 1, "%2d:%2d", &hh, &mm) < 1 || (zone[0] != '+' && zone[0] != '-'))
        throw usage_error("Error parsing timestamp with time zone: " + text);
      const int off = (hh * 60 + mm) * 60;
      seconds -= zone[0] == '+' ? off : -off;
    }
  }
  return seconds * 1000 + ms;
}

int run_consumer_groups(const std::vector<std::string>& args) {
  return run_tool("\nError: Executing consumer group command failed due to ",
                  "org.apache.kafka.tools.consumer.group.ConsumerGroupCommand", [&]() {
                    bool help = false;
                    auto o = parse(args, help);
                    if (help) return 0;
                    if (o.command_config) note_command_config(*o.command_config);
                    client_options co;
                    co.bootstrap = parse_bootstrap_servers(*o.bootstrap);
                    kafka_client client(co);
                    if (o.list) {
                      auto groups = list_groups(client);
                      if (o.state) {
                        std::cout << format_list_with_state(groups);
                      } else {
                        for (const auto& [g, s] : groups)
                          std::cout << g << '\n';
                      }
                    } else if (o.describe) {
                      describe(client, o);
                    } else if (o.del) {
                      remove(client, o);
                    } else {
                      reset(client, o);
                    }
                    return 0;
                  });
}

}  // namespace gannet::tools
