#pragma once
// Files and directories renamed for deletion (`*.deleted` segment files,
// `<topic>-<partition>.<id>-delete` directories), removed once their
// file.delete.delay.ms has passed, as Kafka's asynchronous segment deletion.
// Readers holding file_slices of a renamed segment keep its descriptor open,
// so removal never breaks a Fetch in flight.
//
// Owner: log_manager; logs hold a reference. Thread-safe (one mutex; calls are
// rare: a retention pass, a topic deletion).

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <vector>

namespace gannet::storage {

class deletion_queue {
 public:
  void schedule(std::vector<std::filesystem::path> paths, std::int64_t due_ms);
  // Removes everything due at now_ms; returns how many paths were removed.
  std::size_t delete_due(std::int64_t now_ms);
  std::size_t delete_all();
  std::size_t pending() const;

 private:
  struct entry {
    std::filesystem::path path;
    std::int64_t due_ms;
  };
  mutable std::mutex mutex_;
  std::vector<entry> entries_;
};

}  // namespace gannet::storage
