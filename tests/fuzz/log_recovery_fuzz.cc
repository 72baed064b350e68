// Fuzzes opening a partition's log from whatever is on disk: a crash, a bad
// disk or an operator's copy can leave any bytes in the segment, index, time
// index and checkpoint files. log::open must recover (truncate what does not
// parse, rebuild indexes) or fail with an error; then reads, the batch scan and
// an append must work on what it kept. A crash, a hang or a read past the
// files is a finding.
//
// Input layout: byte 0 = flags (bit 0: the clean-shutdown marker existed; bit
// 1: recovery point 100 (the first segment counts as flushed), else 0; bit 2: a second
// segment at base offset 100). Then chunks, each a little-endian u16 length
// and that many bytes, for the files in this order: 0's .log, .index,
// .timeindex, leader-epoch-checkpoint, partition.metadata, 100's .log, .index.
// A chunk missing at the end of the input is a file that does not exist.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>
#include <vector>

#include "../storage/storage_test_util.h"
#include "gannet/records/batch_builder.h"
#include "gannet/storage/log.h"

namespace {

namespace fs = std::filesystem;
using gannet::storage::testing::no_sync_file_system;

const fs::path& partition_dir() {
  static const fs::path dir = [] {
    static const fs::path root = fs::temp_directory_path() / ("gannet-log-fuzz-" + std::to_string(::getpid()));
    fs::create_directories(root / "fuzz-0");
    std::atexit([] {
      std::error_code ec;
      fs::remove_all(root, ec);
    });
    return root / "fuzz-0";
  }();
  return dir;
}

const std::vector<std::uint8_t>& valid_batch() {
  static const std::vector<std::uint8_t> batch = [] {
    gannet::records::batch_builder b;
    b.add({std::string("k"), std::string("appended after recovery"), {}, 1700000000000});
    return b.build().value();
  }();
  return batch;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  std::span<const std::uint8_t> rest(data + 1, size - 1);

  const fs::path& dir = partition_dir();
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    fs::remove_all(e.path(), ec);

  static const char* const names[] = {
      "00000000000000000000.log",   "00000000000000000000.index", "00000000000000000000.timeindex",
      "leader-epoch-checkpoint",    "partition.metadata",         "00000000000000000100.log",
      "00000000000000000100.index",
  };
  for (std::size_t i = 0; i < std::size(names); ++i) {
    if (i >= 5 && (flags & 4) == 0) break;
    if (rest.size() < 2) break;
    std::size_t len = rest[0] | (static_cast<std::size_t>(rest[1]) << 8);
    rest = rest.subspan(2);
    len = std::min(len, rest.size());
    std::ofstream out(dir / names[i], std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(rest.data()), static_cast<std::streamsize>(len));
    rest = rest.subspan(len);
  }

  gannet::storage::log_open_options options;
  options.fs = &no_sync_file_system::instance();
  options.clean_shutdown = (flags & 1) != 0;
  options.recovery_point = gannet::offset((flags & 2) != 0 ? 100 : 0);
  options.now_ms = 1700000000000;
  std::size_t headers = 0;
  options.on_recovered_batch = [&headers](std::span<const std::uint8_t>) { ++headers; };
  auto opened = gannet::storage::log::open(dir, {"fuzz", 0}, options);
  if (!opened) return 0;
  auto& lg = **opened;
  if (lg.log_start_offset() > lg.log_end_offset()) std::abort();

  auto r = lg.read(lg.log_start_offset(), 1 << 20, lg.log_end_offset(), true);
  (void)r;
  auto scanned = lg.scan_batches(lg.log_start_offset(), [](std::span<const std::uint8_t>) {});
  (void)scanned;
  (void)lg.find_offset_by_timestamp(0);

  const auto before = lg.log_end_offset();
  std::vector<std::uint8_t> batch = valid_batch();
  auto appended = lg.append(batch, gannet::leader_epoch(0), options.now_ms);
  // A recovered log takes appends at its end (a disk error is the only excuse).
  if (appended && lg.log_end_offset() != before + 1) std::abort();
  return 0;
}
