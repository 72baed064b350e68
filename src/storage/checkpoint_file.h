#pragma once
// Kafka's checkpoint text files (CheckpointFile.java): a version line, a count
// line, then one entry per line. Used for recovery-point-offset-checkpoint,
// log-start-offset-checkpoint, replication-offset-checkpoint ("topic partition
// offset") and leader-epoch-checkpoint ("epoch start_offset"). Written
// atomically: <name>.tmp, fsync, rename, fsync of the directory.
//
// Stateless; callers serialise writes to one path.

#include <cstdint>
#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::storage {

class checkpoint_file {
 public:
  // Replaces `path` with `bytes` atomically: <path>.tmp, fsync, rename, fsync
  // of the directory (the last two fsyncs only with `sync`). Shared by every
  // small file the storage rewrites whole (checkpoints, producer snapshots).
  static result<void> write_atomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                                       bool sync = true);
  // `sync`: fsync the file and the directory (false only for simulated file systems in tests).
  static result<void> write(const std::filesystem::path& path, int version, const std::vector<std::string>& entries,
                            bool sync = true);
  // Entry lines; empty if the file is missing; corrupt_log if it does not parse.
  static result<std::vector<std::string>> read(const std::filesystem::path& path, int version);

  // "topic partition offset" entries (version 0).
  static result<void> write_offsets(const std::filesystem::path& path, const std::map<topic_partition, offset>& m,
                                    bool sync = true);
  static result<std::map<topic_partition, offset>> read_offsets(const std::filesystem::path& path);
};

}  // namespace gannet::storage
