// The three workloads of kafka_load. Each prints one "result ..." line on
// stdout and returns the process exit code (non-zero if any message failed,
// was lost, or the run timed out).
#pragma once

#include "options.h"

namespace gannet::bench {

// As fast as possible: --messages values of --size bytes, round-robin over the partitions.
int run_produce(const options& o);
// Reads every partition from its first offset to the high watermark seen at the start.
int run_consume(const options& o);
// --rate messages per second for --duration; a consumer in this process measures each
// message's end-to-end latency from the send timestamp in its value.
int run_latency(const options& o);

}  // namespace gannet::bench
