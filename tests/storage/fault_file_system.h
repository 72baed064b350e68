#pragma once
// A file_system for tests: wraps the POSIX one, fails writes with ENOSPC/EIO
// on demand (optionally after landing part of the bytes, as a torn write),
// fails fsync, and can "crash": drop every byte written since the file's last
// sync, as leveldb's fault_injection_test does.

#include <map>
#include <memory>
#include <mutex>

#include "gannet/storage/errc.h"
#include "gannet/storage/file.h"

namespace gannet::storage::testing {

struct fault_state {
  std::mutex mutex;
  bool fail_writes = false;
  std::error_code write_error = errc::no_space;
  std::size_t partial_bytes = 0;  // bytes that land before a failing write fails
  bool fail_sync = false;
  std::map<std::filesystem::path, std::int64_t> synced_size;
};

class fault_file final : public file {
 public:
  fault_file(std::shared_ptr<file> inner, std::filesystem::path path, std::shared_ptr<fault_state> state)
      : inner_(std::move(inner)), path_(std::move(path)), state_(std::move(state)) {}
  int fd() const override { return inner_->fd(); }
  result<void> write_at(std::span<const std::uint8_t> bytes, std::int64_t position) override {
    {
      std::lock_guard lock(state_->mutex);
      if (state_->fail_writes) {
        auto n = std::min(bytes.size(), state_->partial_bytes);
        if (n > 0) (void)inner_->write_at(bytes.first(n), position);
        return state_->write_error;
      }
    }
    return inner_->write_at(bytes, position);
  }
  result<std::size_t> read_at(std::span<std::uint8_t> bytes, std::int64_t position) override {
    return inner_->read_at(bytes, position);
  }
  result<void> sync() override {
    std::lock_guard lock(state_->mutex);
    if (state_->fail_sync) return errc::storage_error;
    // Durability is simulated (drop_unsynced), so no real fsync is needed.
    state_->synced_size[path_] = inner_->size().value();
    return {};
  }
  result<void> truncate(std::int64_t size) override {
    std::lock_guard lock(state_->mutex);
    auto& s = state_->synced_size[path_];
    s = std::min(s, size);
    return inner_->truncate(size);
  }
  result<void> allocate(std::int64_t position, std::int64_t length) override {
    return inner_->allocate(position, length);
  }
  result<std::int64_t> size() const override { return inner_->size(); }

 private:
  std::shared_ptr<file> inner_;
  std::filesystem::path path_;
  std::shared_ptr<fault_state> state_;
};

class fault_file_system final : public file_system {
 public:
  std::shared_ptr<fault_state> state = std::make_shared<fault_state>();

  result<std::shared_ptr<file>> open(const std::filesystem::path& path, open_mode mode) override {
    auto f = file_system::posix().open(path, mode);
    if (!f) return f;
    {
      std::lock_guard lock(state->mutex);
      if (!state->synced_size.contains(path)) state->synced_size[path] = (*f)->size().value();
    }
    return std::shared_ptr<file>(std::make_shared<fault_file>(std::move(*f), path, state));
  }

  bool syncs_to_disk() const override { return false; }

  // The machine lost power: every file shrinks back to its last synced size.
  void drop_unsynced() {
    std::lock_guard lock(state->mutex);
    for (const auto& [path, size] : state->synced_size) {
      std::error_code ec;
      if (std::filesystem::exists(path, ec) && static_cast<std::int64_t>(std::filesystem::file_size(path)) > size) {
        std::filesystem::resize_file(path, static_cast<std::uintmax_t>(size), ec);
      }
    }
    state->synced_size.clear();
  }
};

}  // namespace gannet::storage::testing
