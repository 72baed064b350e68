// Topic keys, in the order of Kafka 3.9's LogConfig definition, with the
// broker synonyms of ServerTopicConfigSynonyms.ALL_TOPIC_CONFIG_SYNONYMS.

#include <algorithm>
#include <vector>

#include "gannet/config/definitions.h"
#include "key_builder.h"

namespace gannet::config {
namespace {

constexpr std::int64_t minutes_to_ms = 60'000;
constexpr std::int64_t hours_to_ms = 3'600'000;
constexpr std::string_view long_max = "9223372036854775807";

std::vector<config_key> make_topic_keys() {
  using enum config_type;
  using v = validator;
  constexpr auto medium = importance::medium;
  constexpr auto low = importance::low;
  return {
      with_synonyms(
          key("segment.bytes", int32, "1073741824", medium, "Maximum size of a segment file.", v::at_least(14)),
          {{"log.segment.bytes"}}),
      with_synonyms(
          key("segment.ms", int64, "604800000", medium, "Roll a new segment after this many ms.", v::at_least(1)),
          {{"log.roll.ms"}, {"log.roll.hours", hours_to_ms}}),
      with_synonyms(key("segment.jitter.ms", int64, "0", medium, "Maximum random jitter subtracted from segment.ms.",
                        v::at_least(0)),
                    {{"log.roll.jitter.ms"}, {"log.roll.jitter.hours", hours_to_ms}}),
      with_synonyms(key("segment.index.bytes", int32, "10485760", medium, "Size of the offset and time index files.",
                        v::at_least(4)),
                    {{"log.index.size.max.bytes"}}),
      with_synonyms(key("flush.messages", int64, long_max, medium, "fsync after this many messages.", v::at_least(1)),
                    {{"log.flush.interval.messages"}}),
      with_synonyms(key("flush.ms", int64, long_max, medium, "fsync after this many ms.", v::at_least(0)),
                    {{"log.flush.interval.ms"}, {"log.flush.scheduler.interval.ms"}}),
      with_synonyms(
          key("retention.bytes", int64, "-1", medium, "Maximum partition size before old segments go; -1 = none."),
          {{"log.retention.bytes"}}),
      with_synonyms(
          key("retention.ms", int64, "604800000", medium, "Delete segments older than this; -1 = keep forever.",
              v::at_least(-1)),
          {{"log.retention.ms"}, {"log.retention.minutes", minutes_to_ms}, {"log.retention.hours", hours_to_ms}}),
      with_synonyms(
          key("max.message.bytes", int32, "1048588", medium, "Largest record batch size accepted.", v::at_least(0)),
          {{"message.max.bytes"}}),
      with_synonyms(key("index.interval.bytes", int32, "4096", medium, "Bytes of log between offset index entries.",
                        v::at_least(0)),
                    {{"log.index.interval.bytes"}}),
      with_synonyms(key("delete.retention.ms", int64, "86400000", medium,
                        "How long tombstones are kept when compacting.", v::at_least(0)),
                    {{"log.cleaner.delete.retention.ms"}}),
      with_synonyms(key("min.compaction.lag.ms", int64, "0", medium, "Minimum age of a message before compaction.",
                        v::at_least(0)),
                    {{"log.cleaner.min.compaction.lag.ms"}}),
      with_synonyms(key("max.compaction.lag.ms", int64, long_max, medium, "Maximum time a message stays uncompacted.",
                        v::at_least(1)),
                    {{"log.cleaner.max.compaction.lag.ms"}}),
      with_synonyms(key("file.delete.delay.ms", int64, "60000", medium, "Delay before a deleted segment's file goes.",
                        v::at_least(0)),
                    {{"log.segment.delete.delay.ms"}}),
      with_synonyms(key("min.cleanable.dirty.ratio", float64, "0.5", medium,
                        "Dirty ratio above which the log is cleaned.", v::between(0, 1)),
                    {{"log.cleaner.min.cleanable.ratio"}}),
      with_synonyms(
          key("cleanup.policy", list, "delete", medium, "delete, compact, or both.", v::list_in({"compact", "delete"})),
          {{"log.cleanup.policy"}}),
      with_synonyms(key("unclean.leader.election.enable", boolean, "false", medium,
                        "Allow an out-of-sync replica to become leader."),
                    {{"unclean.leader.election.enable"}}),
      with_synonyms(
          key("min.insync.replicas", int32, "1", medium, "Minimum in-sync replicas for acks=all.", v::at_least(1)),
          {{"min.insync.replicas"}}),
      with_synonyms(key("compression.type", string, "producer", medium, "Final codec of the data; producer = as sent.",
                        v::in({"uncompressed", "zstd", "lz4", "snappy", "gzip", "producer"})),
                    {{"compression.type"}}),
      with_synonyms(key("compression.gzip.level", int32, "-1", medium, "gzip level when compression.type is gzip.",
                        v::of(v::kind::gzip_level)),
                    {{"compression.gzip.level"}}),
      with_synonyms(key("compression.lz4.level", int32, "9", medium, "lz4 level when compression.type is lz4.",
                        v::between(1, 17)),
                    {{"compression.lz4.level"}}),
      with_synonyms(key("compression.zstd.level", int32, "3", medium, "zstd level when compression.type is zstd.",
                        v::between(-131072, 22)),
                    {{"compression.zstd.level"}}),
      with_synonyms(key("preallocate", boolean, "false", medium, "Preallocate segment files."), {{"log.preallocate"}}),
      with_synonyms(key("message.format.version", string, "3.0-IV1", medium, "Deprecated; ignored since 3.0.",
                        v::of(v::kind::metadata_version)),
                    {{"log.message.format.version"}}),
      with_synonyms(key("message.timestamp.type", string, "CreateTime", medium, "CreateTime or LogAppendTime.",
                        v::in({"CreateTime", "LogAppendTime"})),
                    {{"log.message.timestamp.type"}}),
      with_synonyms(key("message.timestamp.difference.max.ms", int64, long_max, medium,
                        "Deprecated; see message.timestamp.before/after.max.ms.", v::at_least(0)),
                    {{"log.message.timestamp.difference.max.ms"}}),
      with_synonyms(key("message.timestamp.before.max.ms", int64, long_max, medium,
                        "How far in the past a CreateTime timestamp may be.", v::at_least(0)),
                    {{"log.message.timestamp.before.max.ms"}}),
      with_synonyms(key("message.timestamp.after.max.ms", int64, long_max, medium,
                        "How far in the future a CreateTime timestamp may be.", v::at_least(0)),
                    {{"log.message.timestamp.after.max.ms"}}),
      key("leader.replication.throttled.replicas", list, "", medium,
          "Replicas throttled on the leader side (partition:broker,... or *)."),
      key("follower.replication.throttled.replicas", list, "", medium,
          "Replicas throttled on the follower side (partition:broker,... or *)."),
      with_synonyms(
          key("message.downconversion.enable", boolean, "true", low, "Down-convert batches for old Fetch versions."),
          {{"log.message.downconversion.enable"}}),
      key("remote.storage.enable", boolean, "false", medium,
          "Tiered storage. Gannet has none: true is refused, as by a Kafka broker without it."),
      with_synonyms(key("local.retention.ms", int64, "-2", medium, "Tiered storage local retention; -2 = retention.ms.",
                        v::at_least(-2)),
                    {{"log.local.retention.ms"}}),
      with_synonyms(key("local.retention.bytes", int64, "-2", medium,
                        "Tiered storage local retention; -2 = retention.bytes.", v::at_least(-2)),
                    {{"log.local.retention.bytes"}}),
      key("remote.log.copy.disable", boolean, "false", medium, "Tiered storage: stop copying to remote storage."),
      key("remote.log.delete.on.disable", boolean, "false", medium,
          "Tiered storage: delete remote data when turning it off."),
  };
}

}  // namespace

std::span<const config_key> topic_config_keys() {
  static const std::vector<config_key> keys = make_topic_keys();
  return keys;
}

const config_key* find_topic_key(std::string_view name) {
  auto keys = topic_config_keys();
  auto it = std::find_if(keys.begin(), keys.end(), [&](const config_key& k) { return k.name == name; });
  return it == keys.end() ? nullptr : &*it;
}

}  // namespace gannet::config
