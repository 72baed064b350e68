#pragma once
// Helpers for the storage tests: a temp dir per test, batch construction with
// records::batch_builder, and reading back what a read_result points at.

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "gannet/records/batch_builder.h"
#include "gannet/records/record_batch.h"
#include "gannet/storage/file.h"
#include "gannet/storage/log.h"

namespace gannet::storage::testing {

// Recovery and retention log warnings by design; keep test output readable.
inline const bool quiet_logs = (spdlog::set_level(spdlog::level::err), true);

class temp_dir {
 public:
  temp_dir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "gannet-storage-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A batch of `records` records with values of `value_bytes` bytes, timestamps
// from `timestamp_ms` (one ms apart).
inline std::vector<std::uint8_t> make_batch(int records, std::size_t value_bytes, std::int64_t timestamp_ms,
                                            char fill = 'v') {
  records::batch_builder b;
  for (int i = 0; i < records; ++i) {
    b.add({std::to_string(i), std::string(value_bytes, fill), {}, timestamp_ms + i});
  }
  return b.build().value();
}

inline std::vector<std::uint8_t> read_bytes(const read_result& r) {
  std::vector<std::uint8_t> out;
  for (const auto& s : r.slices) {
    std::size_t at = out.size();
    out.resize(at + static_cast<std::size_t>(s.length));
    ssize_t n = ::pread(s.fd, out.data() + at, static_cast<std::size_t>(s.length), s.position);
    if (n != s.length) out.resize(at + static_cast<std::size_t>(n < 0 ? 0 : n));
  }
  return out;
}

struct batch_summary {
  std::int64_t base_offset;
  std::int64_t last_offset;
  bool operator==(const batch_summary&) const = default;
};

// The whole, CRC-valid batches at the start of `bytes` (a partial tail is ignored).
inline std::vector<batch_summary> whole_batches(std::span<const std::uint8_t> bytes) {
  std::vector<batch_summary> out;
  while (!bytes.empty()) {
    auto v = records::validate_batch(bytes);
    if (!v) break;
    out.push_back({v->base_offset(), v->last_offset()});
    bytes = bytes.subspan(v->size_bytes());
  }
  return out;
}

// POSIX files whose fsyncs are skipped: the tests that need durability
// simulate it (fault_file_system); real fsyncs would make this binary
// take minutes on a slow disk.
class no_sync_file_system final : public file_system {
 public:
  class no_sync_file final : public file {
   public:
    explicit no_sync_file(std::shared_ptr<file> f) : f_(std::move(f)) {}
    int fd() const override { return f_->fd(); }
    result<void> write_at(std::span<const std::uint8_t> b, std::int64_t p) override { return f_->write_at(b, p); }
    result<std::size_t> read_at(std::span<std::uint8_t> b, std::int64_t p) override { return f_->read_at(b, p); }
    result<void> sync() override { return {}; }
    result<void> truncate(std::int64_t s) override { return f_->truncate(s); }
    result<void> allocate(std::int64_t p, std::int64_t n) override { return f_->allocate(p, n); }
    result<std::int64_t> size() const override { return f_->size(); }

   private:
    std::shared_ptr<file> f_;
  };
  result<std::shared_ptr<file>> open(const std::filesystem::path& path, open_mode mode) override {
    auto f = file_system::posix().open(path, mode);
    if (!f) return f;
    return std::shared_ptr<file>(std::make_shared<no_sync_file>(std::move(*f)));
  }
  bool syncs_to_disk() const override { return false; }
  static no_sync_file_system& instance() {
    static no_sync_file_system fs;
    return fs;
  }
};

inline log_open_options options(log_config c, std::int64_t now_ms = 1'000'000) {
  log_open_options o;
  o.config = c;
  o.now_ms = now_ms;
  o.clean_shutdown = true;
  o.fs = &no_sync_file_system::instance();
  return o;
}

inline log_config small_config() {
  log_config c;
  c.segment_bytes = 4096;
  c.index_interval_bytes = 256;
  c.segment_index_bytes = 4096;
  c.retention_ms = -1;
  return c;
}

}  // namespace gannet::storage::testing
