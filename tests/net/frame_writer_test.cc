// Writing responses: file splices with sendfile, and malformed responses.

#include "frame_writer.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include "net/server_fixture.h"

namespace gannet::net::testing {
namespace {

// A temporary file holding `content`, removed at the end of the test.
class temp_file {
 public:
  explicit temp_file(const std::vector<std::uint8_t>& content) {
    char name[] = "/tmp/gannet_net_test_XXXXXX";
    fd_ = ::mkstemp(name);
    if (fd_ < 0) throw std::runtime_error("mkstemp");
    ::unlink(name);
    std::size_t off = 0;
    while (off < content.size()) {
      ssize_t n = ::write(fd_, content.data() + off, content.size() - off);
      if (n <= 0) throw std::runtime_error("write");
      off += static_cast<std::size_t>(n);
    }
  }
  ~temp_file() { ::close(fd_); }
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
};

std::vector<std::uint8_t> pattern(std::size_t n) {
  std::vector<std::uint8_t> v(n);
  for (std::size_t i = 0; i < n; ++i)
    v[i] = static_cast<std::uint8_t>((i * 31 + 7) % 256);
  return v;
}

class FrameWriterTest : public ServerFixture {};

TEST_F(FrameWriterTest, FileSpliceArrivesBetweenTheHeaderBytes) {
  auto content = pattern(10000);
  temp_file file(content);
  handler_.slice = file_slice{file.fd(), 1000, 5000, nullptr};
  start();
  test_client c = connect();
  c.send_frame(bytes("F"));
  auto resp = c.read_frame();
  ASSERT_TRUE(resp);
  std::vector<std::uint8_t> expected = bytes("HEAD");
  append(expected, std::span(content).subspan(1000, 5000));
  auto tail = bytes("TAIL");
  append(expected, tail);
  EXPECT_EQ(expected, *resp);
}

TEST_F(FrameWriterTest, LargeSpliceToASlowReaderArrivesIntact) {
  auto content = pattern(8 << 20);
  temp_file file(content);
  handler_.slice = file_slice{file.fd(), 3, static_cast<std::int32_t>(content.size() - 3), nullptr};
  auto cfg = default_config();
  cfg.socket_send_buffer_bytes = 32 << 10;  // sendfile hits EAGAIN many times
  start(cfg);
  test_client c = connect(32 << 10);
  // Pipeline: echo, file, echo: the splice sits between two plain responses.
  std::vector<std::uint8_t> all;
  for (auto& body : {echo_request(0, "before"), bytes("F"), echo_request(0, "after")}) {
    auto f = frame(body);
    append(all, f);
  }
  c.send(all);
  EXPECT_EQ(echo_request(0, "before"), c.read_frame());
  auto resp = c.read_frame(std::chrono::seconds(20));
  ASSERT_TRUE(resp);
  ASSERT_EQ(content.size() - 3 + 8, resp->size());
  EXPECT_TRUE(std::equal(content.begin() + 3, content.end(), resp->begin() + 4));
  EXPECT_EQ(echo_request(0, "after"), c.read_frame());
}

TEST_F(FrameWriterTest, SliceKeepaliveIsReleasedAfterSending) {
  auto content = pattern(100);
  temp_file file(content);
  auto keepalive = std::make_shared<int>(1);
  handler_.slice = file_slice{file.fd(), 0, 100, keepalive};
  start();
  test_client c = connect();
  c.send_frame(bytes("F"));
  ASSERT_TRUE(c.read_frame());
  handler_.slice.keepalive.reset();
  EXPECT_TRUE(eventually([&] { return keepalive.use_count() == 1; }));
}

TEST_F(FrameWriterTest, SliceBeyondTheEndOfTheFileClosesTheConnection) {
  auto content = pattern(100);
  temp_file file(content);
  handler_.slice = file_slice{file.fd(), 50, 100, nullptr};  // 50 bytes short
  start();
  test_client c = connect();
  c.send_frame(bytes("F"));
  EXPECT_TRUE(c.closed_by_peer());
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(FrameWriterTest, ResponseWithAWrongSizePrefixClosesTheConnection) {
  start();
  test_client c = connect();
  auto first = echo_request(0, "fine");
  c.send_frame(first);
  c.send_frame(bytes("X"));
  EXPECT_EQ(first, c.read_frame());
  EXPECT_TRUE(c.closed_by_peer());
  EXPECT_TRUE(serves_a_new_client());
}

TEST(FrameWriterCheckTest, AcceptsAWellFormedFrameAndNamesTheFault) {
  outbound_frame f;
  f.bytes = {0, 0, 0, 6, 'a', 'b'};
  f.splices.push_back({6, file_slice{3, 0, 4, nullptr}});
  EXPECT_EQ("", frame_writer::check(f));
  f.splices[0].at = 7;
  EXPECT_NE("", frame_writer::check(f));
  f.splices[0].at = 6;
  f.splices[0].slice.length = 5;
  EXPECT_NE("", frame_writer::check(f));
}

}  // namespace
}  // namespace gannet::net::testing
