// kafka-console-producer (include/gannet/tools/console_producer.h), after Kafka 3.9's
// ConsoleProducer: one record per stdin line, optionally "key<separator>value", batched per
// partition and sent when a batch fills, after linger.ms of quiet on stdin, and at EOF.

#include "gannet/tools/console_producer.h"

#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>

#include "gannet/protocol/messages/produce.h"
#include "gannet/records/batch_builder.h"
#include "gannet/tools/kafka_options.h"
#include "gannet/tools/partition_ops.h"
#include "gannet/tools/run_tool.h"

namespace gannet::tools {
namespace {

records::compression_type codec(const std::string& name) {
  if (name == "none") return records::compression_type::none;
  if (name == "gzip") return records::compression_type::gzip;
  if (name == "snappy") return records::compression_type::snappy;
  if (name == "lz4") return records::compression_type::lz4;
  if (name == "zstd") return records::compression_type::zstd;
  throw usage_error("Invalid value " + name +
                    " for configuration compression.type: String must be one of: none, gzip, snappy, lz4, zstd");
}

std::int16_t parse_acks(const std::string& v) {
  if (v == "all" || v == "-1") return -1;
  if (v == "0") return 0;
  if (v == "1") return 1;
  throw usage_error("Invalid value " + v + " for configuration acks: String must be one of: all, -1, 0, 1");
}

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

class producer {
 public:
  producer(kafka_client& client, const producer_settings& s) : client_(client), s_(s) {
    leaders_ = partition_leaders(client_, {s_.topic}, true);
    for (const auto& [tp, leader] : leaders_)
      partitions_ = std::max(partitions_, tp.second + 1);
    sticky_ = std::uniform_int_distribution<std::int32_t>(0, partitions_ - 1)(rng_);
  }

  void add(const std::string& line) {
    records::record_data r;
    r.timestamp_ms = now_ms();
    std::int32_t partition = sticky_;
    if (s_.parse_key) {
      const auto pos = line.find(s_.key_separator);
      if (pos == std::string::npos)
        throw tool_error(
            "No key separator found on line number " + std::to_string(line_number_ + 1) + ": '" + line + "'",
            "org.apache.kafka.common.KafkaException");
      r.key = line.substr(0, pos);
      r.value = line.substr(pos + s_.key_separator.size());
      partition = partition_for_key(*r.key, partitions_);
    } else {
      r.value = line;
    }
    ++line_number_;
    pending_bytes_ += line.size() + 16;
    pending_[partition].push_back(std::move(r));
    if (pending_bytes_ >= s_.batch_size) flush();
  }

  void flush() {
    if (pending_.empty()) return;
    std::map<std::int32_t, protocol::produce_request> by_leader;
    std::vector<std::vector<std::uint8_t>> batches;  // own the bytes the requests view
    batches.reserve(pending_.size());
    for (auto& [partition, recs] : pending_) {
      records::batch_options opts;
      opts.compression = codec(s_.compression);
      records::batch_builder b(opts);
      for (auto& r : recs)
        b.add(std::move(r));
      auto bytes = b.build();
      if (!bytes) throw tool_error("Cannot build a record batch: " + bytes.error().message());
      batches.push_back(std::move(*bytes));
      auto& req = by_leader[leaders_.at({s_.topic, partition})];
      req.acks = s_.acks;
      req.timeout_ms = s_.request_timeout_ms;
      if (req.topic_data.empty()) {
        req.topic_data.emplace_back();
        req.topic_data.back().name = s_.topic;
      }
      protocol::produce_request::partition_produce_data pd;
      pd.index = partition;
      pd.records = protocol::records::from_view(batches.back());
      req.topic_data.back().partition_data.push_back(pd);
    }
    for (const auto& [leader, req] : by_leader) {
      if (s_.acks == 0) {
        client_.send_only(leader, req);
        continue;
      }
      auto resp = client_.send<protocol::produce_response>(leader, req);
      for (const auto& t : resp.responses)
        for (const auto& p : t.partition_responses)
          if (p.error_code != protocol::error_code::none) {
            // As Kafka's ErrorLoggingCallback: logged, the producer goes on.
            auto e = kafka_error(p.error_code, p.error_message);
            std::cerr << log4j_prefix("ERROR") << "Error when sending message to topic " << t.name
                      << " with error: (org.apache.kafka.clients.producer.internals.ErrorLoggingCallback)\n"
                      << e.exception_class() << ": " << e.what() << "\n";
            failed_ = true;
          }
    }
    pending_.clear();
    pending_bytes_ = 0;
    sticky_ = std::uniform_int_distribution<std::int32_t>(0, partitions_ - 1)(rng_);
  }

  bool has_pending() const { return !pending_.empty(); }
  bool failed() const { return failed_; }

 private:
  kafka_client& client_;
  producer_settings s_;
  std::map<topic_partition, std::int32_t> leaders_;
  std::int32_t partitions_ = 1;
  std::int32_t sticky_ = 0;
  std::mt19937 rng_{std::random_device{}()};
  std::map<std::int32_t, std::vector<records::record_data>> pending_;
  std::size_t pending_bytes_ = 0;
  std::size_t line_number_ = 0;
  bool failed_ = false;
};

}  // namespace

std::int32_t murmur2(const std::string& data) {
  // Kafka's Utils.murmur2 (seed 0x9747b28c), byte for byte.
  const auto length = static_cast<std::int32_t>(data.size());
  const std::uint32_t m = 0x5bd1e995;
  const int r = 24;
  std::uint32_t h = 0x9747b28cu ^ static_cast<std::uint32_t>(length);
  const auto* b = reinterpret_cast<const std::uint8_t*>(data.data());
  const std::int32_t length4 = length / 4;
  for (std::int32_t i = 0; i < length4; ++i) {
    const std::int32_t i4 = i * 4;
    std::uint32_t k = std::uint32_t{b[i4]} | (std::uint32_t{b[i4 + 1]} << 8) | (std::uint32_t{b[i4 + 2]} << 16) |
                      (std::uint32_t{b[i4 + 3]} << 24);
    k *= m;
    k ^= k >> r;
    k *= m;
    h *= m;
    h ^= k;
  }
  const std::int32_t tail = length & ~3;
  switch (length % 4) {
    case 3:
      h ^= std::uint32_t{b[tail + 2]} << 16;
      [[fallthrough]];
    case 2:
      h ^= std::uint32_t{b[tail + 1]} << 8;
      [[fallthrough]];
    case 1:
      h ^= b[tail];
      h *= m;
  }
  h ^= h >> 13;
  h *= m;
  h ^= h >> 15;
  return static_cast<std::int32_t>(h);
}

std::int32_t partition_for_key(const std::string& key, std::int32_t partitions) {
  return (murmur2(key) & 0x7fffffff) % partitions;
}

std::optional<producer_settings> parse_producer_options(const std::vector<std::string>& args) {
  std::optional<std::string> bootstrap, broker_list, topic, codec_opt, acks, timeout, batch, max_block, req_timeout,
      config;
  std::vector<std::string> props, producer_props;
  bool sync = false;
  kafka_options p("kafka-console-producer", "Reads lines from stdin and sends them to a topic.");
  p.value("bootstrap-server", &bootstrap, "REQUIRED: The server(s) to connect to.");
  p.value("broker-list", &broker_list, "DEPRECATED, use --bootstrap-server.");
  p.value("topic", &topic, "REQUIRED: The topic to produce to.");
  p.value("compression-codec", &codec_opt, "none, gzip, snappy, lz4 or zstd.");
  p.value("request-required-acks", &acks, "The required acks of the producer requests (default -1).");
  p.value("request-timeout-ms", &req_timeout, "The ack timeout of the producer requests (default 1500).");
  p.value("timeout", &timeout, "linger.ms: how long to wait for more lines before sending (default 1000).");
  p.value("batch-size", &batch, "Records to send in a single batch (bytes here; default 16384).");
  p.value("max-block-ms", &max_block, "How long to wait for the topic's metadata (default 60000).");
  p.value("producer.config", &config, "Producer config properties file (accepted, ignored).");
  p.values("property", &props, "parse.key=true, key.separator=<sep>, ...");
  p.values("producer-property", &producer_props, "acks=..., compression.type=..., linger.ms=..., batch.size=...");
  p.flag("sync", &sync, "Send each batch synchronously (always the case here).");
  if (!p.parse(args)) {
    std::cout << p.help();
    return std::nullopt;
  }
  if (!bootstrap) bootstrap = broker_list;
  if (!bootstrap) throw usage_error("Missing required argument \"[bootstrap-server]\"");
  if (!topic) throw usage_error("Missing required argument \"[topic]\"");
  if (config) note_command_config(*config);
  producer_settings s;
  s.bootstrap = *bootstrap;
  s.topic = *topic;
  for (const auto& [k, v] : parse_properties(props, "property")) {
    if (k == "parse.key") s.parse_key = v == "true";
    if (k == "key.separator") s.key_separator = v;
  }
  if (codec_opt) s.compression = codec_opt->empty() ? "gzip" : *codec_opt;
  if (acks) s.acks = parse_acks(*acks);
  if (timeout) s.linger_ms = parse_long_option("timeout", *timeout);
  if (batch) s.batch_size = static_cast<std::size_t>(parse_long_option("batch-size", *batch));
  if (max_block) s.max_block_ms = parse_long_option("max-block-ms", *max_block);
  if (req_timeout) s.request_timeout_ms = parse_int_option("request-timeout-ms", *req_timeout);
  for (const auto& [k, v] : parse_properties(producer_props, "producer property")) {
    if (k == "acks") s.acks = parse_acks(v);
    if (k == "compression.type") s.compression = v;
    if (k == "linger.ms") s.linger_ms = parse_long_option(k, v);
    if (k == "batch.size") s.batch_size = static_cast<std::size_t>(parse_long_option(k, v));
    if (k == "max.block.ms") s.max_block_ms = parse_long_option(k, v);
  }
  codec(s.compression);  // validate early
  return s;
}

int run_console_producer(const std::vector<std::string>& args) {
  return run_tool("", "kafka.tools.ConsoleProducer", [&]() {
    auto s = parse_producer_options(args);
    if (!s) return 0;
    client_options co;
    co.bootstrap = parse_bootstrap_servers(s->bootstrap);
    co.client_id = "console-producer";
    kafka_client client(co);
    producer prod(client, *s);
    std::string buffer, line;
    char chunk[65536];
    for (;;) {
      pollfd pfd{0, POLLIN, 0};
      const int timeout = prod.has_pending() ? static_cast<int>(s->linger_ms) : -1;
      const int ready = ::poll(&pfd, 1, timeout);
      if (ready == 0) {
        prod.flush();
        continue;
      }
      const ssize_t n = ::read(0, chunk, sizeof chunk);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      buffer.append(chunk, static_cast<std::size_t>(n));
      std::size_t start = 0, nl;
      while ((nl = buffer.find('\n', start)) != std::string::npos) {
        line = buffer.substr(start, nl - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        prod.add(line);
        start = nl + 1;
      }
      buffer.erase(0, start);
    }
    if (!buffer.empty()) prod.add(buffer);
    prod.flush();
    return 0;
  });
}

}  // namespace gannet::tools
