#pragma once
// `partition.metadata` in a partition directory (Kafka's PartitionMetadataFile):
// "version: 0\ntopic_id: <uuid, base64url without padding>\n". Lets a
// recreated topic with the same name be told apart from the old one.
//
// Stateless; the log writes it once, when the topic id becomes known.

#include <array>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "gannet/common/result.h"

namespace gannet::storage {

using topic_id = std::array<std::uint8_t, 16>;

class partition_metadata_file {
 public:
  static result<void> write(const std::filesystem::path& partition_dir, const topic_id& id);
  // nullopt if the file is missing; corrupt_log if it does not parse.
  static result<std::optional<topic_id>> read(const std::filesystem::path& partition_dir);
  static std::string to_base64(const topic_id& id);
  static std::optional<topic_id> from_base64(std::string_view s);
};

}  // namespace gannet::storage
