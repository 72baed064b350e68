// kafka-console-consumer (include/gannet/tools/console_consumer.h), after Kafka 3.9's
// ConsoleConsumer: subscribes through a consumer group (or assigns one --partition), fetches
// from each partition's leader, prints with DefaultMessageFormatter's layout and reports
// "Processed a total of N messages" on stderr.

#include "gannet/tools/console_consumer.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <random>

#include "gannet/protocol/messages/fetch.h"
#include "gannet/records/batch_reader.h"
#include "gannet/tools/group_member.h"
#include "gannet/tools/kafka_options.h"
#include "gannet/tools/partition_ops.h"
#include "gannet/tools/run_tool.h"

namespace gannet::tools {
namespace {

volatile std::sig_atomic_t stop_requested = 0;
void on_signal(int) { stop_requested = 1; }

std::string bytes_or(const records::nullable_bytes& b, const std::string& null_literal) {
  if (!b) return null_literal;
  return std::string(reinterpret_cast<const char*>(b->data()), b->size());
}

class consumer {
 public:
  consumer(kafka_client& client, const consumer_settings& s) : client_(client), s_(s) {}

  // Returns the number of records printed.
  std::int64_t run() {
    std::optional<group_member> member;
    std::vector<topic_partition> assignment;
    const bool commits = s_.group.has_value();
    if (s_.partition) {
      assignment = {{s_.topic, *s_.partition}};
      partition_leaders(client_, {s_.topic}, true);
    } else {
      partition_leaders(client_, {s_.topic}, true);  // auto-creates the topic, as the Java consumer may
      const std::string group =
          s_.group.value_or("console-consumer-" + std::to_string(std::uniform_int_distribution<int>(0, 99999)(rng_)));
      member.emplace(client_, group, std::vector<std::string>{s_.topic});
      assignment = member->join();
    }
    resolve_positions(assignment, member ? std::optional<std::int32_t>(member->coordinator()) : std::nullopt);
    auto last_record = std::chrono::steady_clock::now();
    while (!stop_requested && !done()) {
      if (member && !member->heartbeat_if_due()) {
        if (commits) commit(*member);
        assignment = member->join();
        resolve_positions(assignment, member->coordinator());
      }
      const std::int64_t before = printed_;
      fetch_once();
      if (printed_ != before) last_record = std::chrono::steady_clock::now();
      if (s_.timeout_ms && std::chrono::steady_clock::now() - last_record > std::chrono::milliseconds(*s_.timeout_ms)) {
        std::cerr
            << log4j_prefix("ERROR") << "Error processing message, terminating consumer process:  "
            << "(org.apache.kafka.tools.consumer.ConsoleConsumer)\norg.apache.kafka.common.errors.TimeoutException\n";
        break;
      }
    }
    std::fflush(stdout);
    if (member) {
      if (commits) commit(*member);
      member->leave();
    } else if (commits) {
      commit_offsets(client_, client_.coordinator(*s_.group), *s_.group, consumed_);
    }
    return printed_;
  }

 private:
  bool done() const { return s_.max_messages && printed_ >= *s_.max_messages; }

  void commit(group_member& m) {
    if (consumed_.empty()) return;
    try {
      m.commit(consumed_);
    } catch (const tool_error& e) {
      std::cerr << log4j_prefix("WARN") << "Offset commit failed: " << e.what() << '\n';
    }
  }

  void resolve_positions(const std::vector<topic_partition>& assignment, std::optional<std::int32_t> coordinator) {
    positions_.clear();
    if (assignment.empty()) return;
    std::map<topic_partition, std::int64_t> committed;
    if (coordinator && s_.group && !s_.partition)
      committed = committed_offsets(client_, *coordinator, *s_.group, assignment);
    std::int64_t reset = s_.from_beginning ? earliest_timestamp : latest_timestamp;
    std::optional<std::int64_t> exact;
    if (s_.partition) {
      if (s_.offset == "earliest")
        reset = earliest_timestamp;
      else if (s_.offset == "latest")
        reset = latest_timestamp;
      else
        exact = std::stoll(s_.offset);
    }
    std::vector<topic_partition> need;
    for (const auto& tp : assignment) {
      if (auto it = committed.find(tp); it != committed.end())
        positions_[tp] = it->second;
      else if (exact && *exact >= 0)
        positions_[tp] = *exact;
      else
        need.push_back(tp);
    }
    if (!need.empty()) {
      auto offs = list_offsets(client_, need, reset);
      if (exact && *exact < 0) {  // a negative --offset counts back from the end
        for (auto& [tp, off] : list_offsets(client_, need, latest_timestamp))
          offs[tp] = std::max<std::int64_t>(0, off + *exact);
      }
      for (const auto& [tp, off] : offs)
        positions_[tp] = off;
    }
  }

  void fetch_once() {
    if (positions_.empty()) {
      ::usleep(500000);
      return;
    }
    std::vector<std::string> topics{s_.topic};
    auto leaders = partition_leaders(client_, topics);
    std::map<std::int32_t, protocol::fetch_request> by_leader;
    for (const auto& [tp, pos] : positions_) {
      auto& req = by_leader[leaders.at(tp)];
      req.replica_id = -1;
      req.max_wait_ms = 500;
      req.min_bytes = 1;
      req.max_bytes = 52428800;
      req.isolation_level = s_.read_committed ? 1 : 0;
      if (req.topics.empty()) {
        req.topics.emplace_back();
        req.topics.back().topic = tp.first;
      }
      protocol::fetch_request::fetch_partition fp;
      fp.partition = tp.second;
      fp.fetch_offset = pos;
      fp.partition_max_bytes = partition_max_bytes_[tp] ? partition_max_bytes_[tp] : 1048576;
      req.topics.back().partitions.push_back(fp);
    }
    for (const auto& [leader, req] : by_leader) {
      std::vector<std::uint8_t> storage;
      auto resp = client_.send<protocol::fetch_response>(leader, req, std::chrono::milliseconds(30000), storage);
      if (resp.error_code != protocol::error_code::none) throw kafka_error(resp.error_code);
      for (const auto& t : resp.responses)
        for (const auto& p : t.partitions) {
          topic_partition tp{t.topic, p.partition_index};
          if (p.error_code == protocol::error_code::offset_out_of_range) {
            auto offs = list_offsets(client_, {tp}, s_.from_beginning ? earliest_timestamp : latest_timestamp);
            positions_[tp] = offs[tp];
            continue;
          }
          if (p.error_code != protocol::error_code::none) throw kafka_error(p.error_code);
          consume(tp, p.records.view());
          if (done()) return;
        }
    }
  }

  void consume(const topic_partition& tp, std::span<const std::uint8_t> bytes) {
    records::batch_reader reader(bytes);
    std::int64_t& pos = positions_[tp];
    bool any = false;
    for (;;) {
      auto next = reader.next();
      if (!next || !*next) break;  // a truncated last batch: fetched again from its start
      any = true;
      const records::batch_view& batch = **next;
      if (batch.is_control() || batch.last_offset() < pos) {
        pos = std::max(pos, batch.last_offset() + 1);
        continue;
      }
      auto rr = records::read_records(batch, buffer_, 256u << 20);
      if (!rr) throw tool_error("Corrupt record batch at offset " + std::to_string(batch.base_offset()));
      for (;;) {
        auto rec = rr->next();
        if (!rec || !*rec) break;
        const std::int64_t offset = batch.base_offset() + (*rec)->offset_delta;
        if (offset < pos) continue;
        const std::int64_t ts = batch.timestamp_kind() == records::timestamp_type::log_append_time
                                    ? batch.max_timestamp()
                                    : records::record_timestamp(batch.base_timestamp(), **rec);
        const std::string line = format_record(
            s_, tp.second, offset, ts, batch.timestamp_kind() == records::timestamp_type::log_append_time, **rec);
        std::fwrite(line.data(), 1, line.size(), stdout);
        pos = offset + 1;
        consumed_[tp] = pos;
        if (++printed_, done()) return;
      }
      pos = std::max(pos, batch.last_offset() + 1);
      consumed_[tp] = pos;
    }
    std::fflush(stdout);
    // A batch larger than the partition limit comes back cut: ask for more next time.
    if (!any && !bytes.empty()) partition_max_bytes_[tp] = std::max(1048576, partition_max_bytes_[tp]) * 2;
  }

  kafka_client& client_;
  consumer_settings s_;
  std::mt19937 rng_{std::random_device{}()};
  std::map<topic_partition, std::int64_t> positions_;
  std::map<topic_partition, std::int64_t> consumed_;
  std::map<topic_partition, std::int32_t> partition_max_bytes_;
  std::vector<std::uint8_t> buffer_;
  std::int64_t printed_ = 0;
};

}  // namespace

std::string format_record(const consumer_settings& s, std::int32_t partition, std::int64_t offset,
                          std::int64_t timestamp, bool log_append_time, const records::record_view& r) {
  std::string out;
  auto sep = [&](bool more) {
    if (more) out += s.key_separator;
  };
  if (s.print_timestamp) {
    out += (log_append_time ? "LogAppendTime:" : "CreateTime:") + std::to_string(timestamp);
    sep(s.print_partition || s.print_offset || s.print_headers || s.print_key || s.print_value);
  }
  if (s.print_partition) {
    out += "Partition:" + std::to_string(partition);
    sep(s.print_offset || s.print_headers || s.print_key || s.print_value);
  }
  if (s.print_offset) {
    out += "Offset:" + std::to_string(offset);
    sep(s.print_headers || s.print_key || s.print_value);
  }
  if (s.print_headers) {
    if (r.headers.empty()) out += "NO_HEADERS";
    bool first = true;
    for (const auto& h : r.headers) {
      if (!first) out += s.headers_separator;
      first = false;
      out += std::string(reinterpret_cast<const char*>(h.key.data()), h.key.size()) + ":" +
             bytes_or(h.value, s.null_literal);
    }
    sep(s.print_key || s.print_value);
  }
  if (s.print_key) {
    out += bytes_or(r.key, s.null_literal);
    sep(s.print_value);
  }
  if (s.print_value) out += bytes_or(r.value, s.null_literal);
  out += s.line_separator;
  return out;
}

std::optional<consumer_settings> parse_consumer_options(const std::vector<std::string>& args) {
  std::optional<std::string> bootstrap, topic, include, group, max_messages, partition, offset, timeout, config,
      isolation, formatter;
  std::vector<std::string> props, consumer_props;
  bool from_beginning = false, skip_errors = false;
  kafka_options p("kafka-console-consumer", "Consumes messages from a topic and prints them to stdout.");
  p.value("bootstrap-server", &bootstrap, "REQUIRED: The server(s) to connect to.");
  p.value("topic", &topic, "The topic to consume on.");
  p.value("include", &include, "Not supported here: use --topic.");
  p.value("group", &group, "The consumer group id of the consumer.");
  p.flag("from-beginning", &from_beginning, "Start with the earliest message when there is no committed offset.");
  p.value("max-messages", &max_messages, "The maximum number of messages to consume before exiting.");
  p.value("partition", &partition, "The partition to consume from (no group membership).");
  p.value("offset", &offset, "With --partition: earliest, latest (default) or an offset (negative: from the end).");
  p.value("timeout-ms", &timeout, "Exit if no message is available for this long.");
  p.value("consumer.config", &config, "Consumer config properties file (accepted, ignored).");
  p.value("isolation-level", &isolation, "read_committed or read_uncommitted (default).");
  p.value("formatter", &formatter, "Only the default formatter is supported.");
  p.values("property", &props, "print.key=true, key.separator=<sep>, print.offset=true, ...");
  p.values("consumer-property", &consumer_props,
           "group.id=..., auto.offset.reset=earliest|latest, isolation.level=...");
  p.flag("skip-message-on-error", &skip_errors, "Accepted; ignored.");
  if (!p.parse(args)) {
    std::cout << p.help();
    return std::nullopt;
  }
  if (!bootstrap) throw usage_error("Missing required argument \"[bootstrap-server]\"");
  if (include) throw usage_error("--include is not supported by gannet-cli; use --topic");
  if (!topic) throw usage_error("Exactly one of --include/--topic is required. ");
  if (formatter && *formatter != "kafka.tools.DefaultMessageFormatter" &&
      *formatter != "org.apache.kafka.tools.consumer.DefaultMessageFormatter")
    throw usage_error("Only the default formatter is supported: " + *formatter);
  if (config) note_command_config(*config);
  consumer_settings s;
  s.bootstrap = *bootstrap;
  s.topic = *topic;
  s.group = group;
  s.from_beginning = from_beginning;
  if (max_messages) s.max_messages = parse_long_option("max-messages", *max_messages);
  if (timeout) s.timeout_ms = parse_long_option("timeout-ms", *timeout);
  if (offset && !partition) throw usage_error("The partition is required when offset is specified.");
  if (offset && from_beginning) throw usage_error("Options from-beginning and offset cannot be specified together.");
  if (partition) {
    s.partition = parse_int_option("partition", *partition);
    if (from_beginning) s.offset = "earliest";
  }
  if (offset) {
    if (*offset != "earliest" && *offset != "latest") parse_long_option("offset", *offset);
    s.offset = *offset;
  }
  if (isolation) s.read_committed = *isolation == "read_committed";
  for (const auto& [k, v] : parse_properties(consumer_props, "consumer property")) {
    if (k == "group.id") s.group = v;
    if (k == "auto.offset.reset") s.from_beginning = v == "earliest";
    if (k == "isolation.level") s.read_committed = v == "read_committed";
  }
  for (const auto& [k, v] : parse_properties(props, "property")) {
    if (k == "print.key") s.print_key = v == "true";
    if (k == "print.value") s.print_value = v == "true";
    if (k == "print.partition") s.print_partition = v == "true";
    if (k == "print.offset") s.print_offset = v == "true";
    if (k == "print.timestamp") s.print_timestamp = v == "true";
    if (k == "print.headers") s.print_headers = v == "true";
    if (k == "key.separator") s.key_separator = v;
    if (k == "line.separator") s.line_separator = v;
    if (k == "headers.separator") s.headers_separator = v;
    if (k == "null.literal") s.null_literal = v;
  }
  return s;
}

int run_console_consumer(const std::vector<std::string>& args) {
  return run_tool("", "org.apache.kafka.tools.consumer.ConsoleConsumer", [&]() {
    auto s = parse_consumer_options(args);
    if (!s) return 0;
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    client_options co;
    co.bootstrap = parse_bootstrap_servers(s->bootstrap);
    co.client_id = "console-consumer";
    kafka_client client(co);
    consumer c(client, *s);
    const std::int64_t n = c.run();
    std::cerr << "Processed a total of " << n << " messages\n";
    return 0;
  });
}

}  // namespace gannet::tools
