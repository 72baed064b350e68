#include "options.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace gannet::bench {
namespace {

[[noreturn]] void usage(int code) {
  std::fprintf(code == 0 ? stdout : stderr,
               "usage: kafka_load --mode create|produce|consume|latency --topic T [options]\n"
               "  (create: only create the topic; the others run a workload, see workloads.h)\n"
               "  --bootstrap H:P        broker (127.0.0.1:9092)\n"
               "  --partitions N         partitions to create / use (3)\n"
               "  --create               create the topic first (replication factor 1)\n"
               "  --messages N           produce: messages to send (100000)\n"
               "  --max-seconds S        produce: stop sending after S seconds (0: no limit)\n"
               "  --size B               value bytes per message (1024)\n"
               "  --acks 0|1|all         producer acks (1)\n"
               "  --compression C        none|gzip|snappy|lz4|zstd (none)\n"
               "  --linger-ms MS         producer linger.ms (librdkafka's default)\n"
               "  --rate R               latency: messages per second (5000)\n"
               "  --duration S           latency: seconds of sending (10)\n"
               "  --warmup S             latency: first seconds not counted (2)\n"
               "  --timeout S            fail after this long (120)\n"
               "  --set key=value        any librdkafka property (repeatable)\n"
               "  --watch name=pid       report CPU seconds of a process over the run (repeatable)\n"
               "Prints one line 'result key=value ...' on stdout; progress and errors on stderr.\n");
  std::exit(code);
}

std::pair<std::string, std::string> split_pair(std::string_view arg) {
  auto eq = arg.find('=');
  if (eq == std::string_view::npos || eq == 0) {
    std::fprintf(stderr, "kafka_load: expected key=value, got '%.*s'\n", static_cast<int>(arg.size()), arg.data());
    usage(2);
  }
  return {std::string(arg.substr(0, eq)), std::string(arg.substr(eq + 1))};
}

double to_double(const char* flag, const std::string& v) {
  char* end = nullptr;
  double d = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end != '\0' || d < 0) {
    std::fprintf(stderr, "kafka_load: %s wants a non-negative number, got '%s'\n", flag, v.c_str());
    usage(2);
  }
  return d;
}

}  // namespace

options parse_options(int argc, char** argv) {
  options o;
  for (int i = 1; i < argc; ++i) {
    std::string_view flag = argv[i];
    if (flag == "--help" || flag == "-h") usage(0);
    if (flag == "--create") {
      o.create_topic = true;
      continue;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "kafka_load: %s needs a value\n", argv[i]);
      usage(2);
    }
    std::string v = argv[++i];
    if (flag == "--mode") {
      if (v == "create")
        o.mode = workload::create;
      else if (v == "produce")
        o.mode = workload::produce;
      else if (v == "consume")
        o.mode = workload::consume;
      else if (v == "latency")
        o.mode = workload::latency;
      else
        usage(2);
    } else if (flag == "--bootstrap")
      o.bootstrap = v;
    else if (flag == "--topic")
      o.topic = v;
    else if (flag == "--partitions")
      o.partitions = static_cast<int>(to_double(argv[i - 1], v));
    else if (flag == "--messages")
      o.messages = static_cast<std::int64_t>(to_double(argv[i - 1], v));
    else if (flag == "--size")
      o.size = static_cast<std::size_t>(to_double(argv[i - 1], v));
    else if (flag == "--acks")
      o.acks = v;
    else if (flag == "--compression")
      o.compression = v;
    else if (flag == "--linger-ms")
      o.linger_ms = v;
    else if (flag == "--max-seconds")
      o.max_seconds = to_double(argv[i - 1], v);
    else if (flag == "--rate")
      o.rate = to_double(argv[i - 1], v);
    else if (flag == "--duration")
      o.duration_s = to_double(argv[i - 1], v);
    else if (flag == "--warmup")
      o.warmup_s = to_double(argv[i - 1], v);
    else if (flag == "--timeout")
      o.timeout_s = to_double(argv[i - 1], v);
    else if (flag == "--set")
      o.extra_props.push_back(split_pair(v));
    else if (flag == "--watch") {
      auto [name, pid] = split_pair(v);
      o.watched.emplace_back(name, static_cast<int>(to_double("--watch", pid)));
    } else {
      std::fprintf(stderr, "kafka_load: unknown option %s\n", argv[i - 1]);
      usage(2);
    }
  }
  if (o.topic.empty()) {
    std::fprintf(stderr, "kafka_load: --topic is required\n");
    usage(2);
  }
  if (o.partitions < 1 || o.size < 16 || o.rate <= 0) {
    std::fprintf(stderr, "kafka_load: need --partitions >= 1, --size >= 16 (the latency stamp), --rate > 0\n");
    usage(2);
  }
  return o;
}

}  // namespace gannet::bench
