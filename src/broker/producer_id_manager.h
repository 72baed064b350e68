#pragma once
// Hands out producer ids for InitProducerId. Ids come in blocks of 1000 whose
// upper end is persisted (<metadata dir>/producer-id-block) before any id of the
// block is used, so a restarted broker never hands out an id twice (Kafka keeps
// the same block in ZooKeeper, /latest_producer_id_block).
//
// Owner: broker. Thread-safety: next() locks; it does file I/O once per 1000
// ids, so call it from the storage pool.

#include <cstdint>
#include <filesystem>
#include <mutex>

#include "gannet/common/result.h"

namespace gannet::broker {

class producer_id_manager {
 public:
  static constexpr std::int64_t block_size = 1000;

  explicit producer_id_manager(std::filesystem::path file) : file_(std::move(file)) {}
  result<void> load();
  result<std::int64_t> next();

 private:
  std::filesystem::path file_;
  std::mutex mutex_;
  std::int64_t next_ = 0;
  std::int64_t block_end_ = 0;  // exclusive; persisted
};

}  // namespace gannet::broker
