#pragma once
// Per-topic log settings with Kafka's names and defaults (topic config names,
// dots as underscores: segment.bytes -> segment_bytes). The config module maps
// server.properties (log.segment.bytes, ...) and topic overrides onto it.
// A plain value; each log holds its own copy.

#include <cstdint>
#include <limits>

namespace gannet::storage {

enum class message_timestamp_type { create_time, log_append_time };

struct log_config {
  std::int64_t segment_bytes = 1073741824;                                      // segment.bytes (1 GiB)
  std::int64_t segment_ms = 604800000;                                          // segment.ms (7 days)
  std::int64_t segment_jitter_ms = 0;                                           // segment.jitter.ms
  std::int32_t segment_index_bytes = 10485760;                                  // segment.index.bytes (10 MiB)
  std::int32_t index_interval_bytes = 4096;                                     // index.interval.bytes
  std::int64_t retention_ms = 604800000;                                        // retention.ms (7 days; -1: unlimited)
  std::int64_t retention_bytes = -1;                                            // retention.bytes (-1: unlimited)
  std::int64_t flush_messages = std::numeric_limits<std::int64_t>::max();       // flush.messages
  std::int64_t flush_ms = std::numeric_limits<std::int64_t>::max();             // flush.ms
  std::int64_t file_delete_delay_ms = 60000;                                    // file.delete.delay.ms
  std::int32_t max_message_bytes = 1048588;                                     // max.message.bytes
  message_timestamp_type timestamp_type = message_timestamp_type::create_time;  // message.timestamp.type
  // message.timestamp.{before,after}.max.ms after Kafka's fallback to the
  // deprecated message.timestamp.difference.max.ms; checked at produce for CreateTime.
  std::int64_t timestamp_before_max_ms = std::numeric_limits<std::int64_t>::max();
  std::int64_t timestamp_after_max_ms = std::numeric_limits<std::int64_t>::max();
  // cleanup.policy: "delete" applies retention.ms / retention.bytes; "compact"
  // hands the log to the log cleaner (docs/storage.md, "Compaction").
  bool cleanup_delete = true;
  bool cleanup_compact = false;
  std::int64_t delete_retention_ms = 86400000;                                    // delete.retention.ms (1 day)
  std::int64_t min_compaction_lag_ms = 0;                                         // min.compaction.lag.ms
  std::int64_t max_compaction_lag_ms = std::numeric_limits<std::int64_t>::max();  // max.compaction.lag.ms
  double min_cleanable_dirty_ratio = 0.5;                                         // min.cleanable.dirty.ratio
  bool preallocate = false;  // preallocate: fallocate segment_bytes for a new .log
  // Gannet: fsync before acknowledging. append() then reports needs_flush and
  // the caller flushes once for many appends (group commit) before answering.
  bool durable = false;
};

}  // namespace gannet::storage
