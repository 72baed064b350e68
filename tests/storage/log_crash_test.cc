// A child process appends and is SIGKILLed at a random moment; the parent
// reopens the log as after an unclean shutdown. Every acknowledged batch must
// be there with its bytes, nothing invalid after it, and offsets continue.

#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>

#include "gannet/records/record_batch.h"
#include "gannet/storage/log.h"
#include "storage_test_util.h"

namespace gannet::storage {
namespace {

log_config crash_config() {
  auto c = testing::small_config();
  c.segment_bytes = 64 * 1024;
  c.index_interval_bytes = 1024;
  c.segment_index_bytes = 1024;
  return c;
}

// Batch contents depend only on the batch number, so the parent can check them.
std::vector<std::uint8_t> batch_for(int i) {
  return testing::make_batch(1 + i % 4, static_cast<std::size_t>(50 + (i * 37) % 900), 1000 + i,
                             static_cast<char>('a' + i % 26));
}

[[noreturn]] void run_child(const std::filesystem::path& dir, int ack_fd) {
  auto o = testing::options(crash_config());
  o.clean_shutdown = false;
  auto l = log::open(dir, {"c", 0}, o);
  if (!l) ::_exit(2);
  int i = static_cast<int>((*l)->log_end_offset().value() == 0 ? 0 : -1);
  if (i < 0) ::_exit(3);  // the parent starts each child on an empty log
  for (;; ++i) {
    auto b = batch_for(i);
    if (!(*l)->append(b, leader_epoch(1), 1'000'000)) ::_exit(4);
    std::int32_t n = i;
    if (::write(ack_fd, &n, sizeof n) != sizeof n) ::_exit(5);
  }
}

TEST(LogCrashTest, SigkillAtRandomPointsLosesNoAcknowledgedBatch) {
  std::mt19937 rng(7);
  for (int round = 0; round < 12; ++round) {
    testing::temp_dir dir;
    auto log_dir = dir.path() / "c-0";
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    pid_t pid = ::fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      ::close(fds[0]);
      run_child(log_dir, fds[1]);
    }
    ::close(fds[1]);
    ::usleep(2000 + rng() % 60000);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "child exited with " << WEXITSTATUS(status);
    int acked = -1;
    std::int32_t n = 0;
    while (::read(fds[0], &n, sizeof n) == sizeof n)
      acked = n;
    ::close(fds[0]);

    auto o = testing::options(crash_config());
    o.clean_shutdown = false;
    auto l = std::move(log::open(log_dir, {"c", 0}, o).value());
    auto r = l->read(offset(0), INT32_MAX, l->log_end_offset(), true).value();
    auto bytes = testing::read_bytes(r);
    // The log holds batches 0..k for some k >= acked (a written but unacked one may be there).
    std::size_t at = 0;
    int i = 0;
    std::int64_t next = 0;
    while (at < bytes.size()) {
      auto expect = batch_for(i);
      records::set_base_offset(expect, next);
      records::set_partition_leader_epoch(expect, 1);
      ASSERT_LE(at + expect.size(), bytes.size()) << "round " << round << " batch " << i;
      ASSERT_TRUE(std::equal(expect.begin(), expect.end(), bytes.begin() + static_cast<std::ptrdiff_t>(at)))
          << "round " << round << " batch " << i;
      next += records::batch_view(expect).last_offset_delta() + 1;
      at += expect.size();
      ++i;
    }
    EXPECT_GE(i - 1, acked) << "round " << round;
    EXPECT_LE(i - 1, acked + 1) << "round " << round;
    EXPECT_EQ(l->log_end_offset().value(), next);
    auto b = testing::make_batch(1, 10, 0);
    EXPECT_EQ(l->append(b, leader_epoch(2), 1'000'000).value().first_offset.value(), next);
  }
}

}  // namespace
}  // namespace gannet::storage
