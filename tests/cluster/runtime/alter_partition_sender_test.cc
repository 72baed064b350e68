// alter_partition_sender against a scripted controller on a loopback socket: what AlterPartition
// v3 carries, one answer per proposal, retries after a top-level error, and Kafka's
// OPERATION_NOT_ATTEMPTED for a second proposal of a partition still queued.

#include "gannet/cluster/alter_partition_sender.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <map>
#include <mutex>
#include <thread>

#include "gannet/common/outbound_frame.h"
#include "gannet/protocol/messages/alter_partition.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/writer.h"

namespace gannet::cluster {
namespace {

using protocol::error_code;

// A controller that answers each AlterPartition (v3, header v2 / response header v1) with what
// `answer` makes of it, on one accepted connection at a time.
class scripted_controller {
 public:
  using script = std::function<protocol::alter_partition_response(const protocol::alter_partition_request&, int n)>;

  explicit scripted_controller(script answer) : answer_(std::move(answer)) {
    listen_fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof(a);
    ::bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof(a));
    ::listen(listen_fd_, 4);
    ::getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~scripted_controller() {
    ::shutdown(listen_fd_, SHUT_RDWR);
    ::close(listen_fd_);
    if (conn_fd_ >= 0) ::shutdown(conn_fd_, SHUT_RDWR);
    thread_.join();
  }

  std::uint16_t port() const { return port_; }
  std::vector<protocol::alter_partition_request> requests() {
    std::lock_guard lock(mutex_);
    return requests_;
  }

 private:
  static bool read_exact(int fd, std::uint8_t* p, std::size_t n) {
    while (n > 0) {
      const ssize_t r = ::read(fd, p, n);
      if (r <= 0) return false;
      p += r;
      n -= static_cast<std::size_t>(r);
    }
    return true;
  }

  void serve() {
    for (;;) {
      const int fd = ::accept(listen_fd_, nullptr, nullptr);
      if (fd < 0) return;
      conn_fd_ = fd;
      for (;;) {
        std::uint8_t size_bytes[4];
        if (!read_exact(fd, size_bytes, 4)) break;
        const std::uint32_t size = (std::uint32_t{size_bytes[0]} << 24) | (std::uint32_t{size_bytes[1]} << 16) |
                                   (std::uint32_t{size_bytes[2]} << 8) | size_bytes[3];
        std::vector<std::uint8_t> frame(size);
        if (!read_exact(fd, frame.data(), size)) break;
        // Header v2: api key, version, correlation id, client id (int16 length), no tags.
        const std::int32_t correlation =
            static_cast<std::int32_t>((std::uint32_t{frame[4]} << 24) | (std::uint32_t{frame[5]} << 16) |
                                      (std::uint32_t{frame[6]} << 8) | frame[7]);
        const std::size_t client_id = (std::size_t{frame[8]} << 8) | frame[9];
        const std::size_t body_at = 10 + client_id + 1;
        protocol::reader r(std::span<const std::uint8_t>(frame).subspan(body_at));
        protocol::alter_partition_request req;
        req.decode(r, 3);
        int n = 0;
        {
          std::lock_guard lock(mutex_);
          requests_.push_back(req);
          n = static_cast<int>(requests_.size());
        }
        outbound_frame body;
        protocol::writer w(body);
        answer_(req, n).encode(w, 3);
        std::vector<std::uint8_t> out(4);
        for (int i = 3; i >= 0; --i)
          out.push_back(static_cast<std::uint8_t>(static_cast<std::uint32_t>(correlation) >> (8 * i)));
        out.push_back(0);  // response header v1: no tags
        out.insert(out.end(), body.bytes.begin(), body.bytes.end());
        const std::uint32_t len = static_cast<std::uint32_t>(out.size() - 4);
        for (int i = 0; i < 4; ++i)
          out[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(len >> (8 * (3 - i)));
        if (::write(fd, out.data(), out.size()) != static_cast<ssize_t>(out.size())) break;
      }
      ::close(fd);
      conn_fd_ = -1;
    }
  }

  script answer_;
  int listen_fd_ = -1;
  std::atomic<int> conn_fd_{-1};
  std::uint16_t port_ = 0;
  std::mutex mutex_;
  std::vector<protocol::alter_partition_request> requests_;
  std::thread thread_;
};

// Every request's partitions accepted as proposed, partition epoch + 1.
protocol::alter_partition_response accept_all(const protocol::alter_partition_request& req) {
  protocol::alter_partition_response resp;
  for (const auto& t : req.topics) {
    protocol::alter_partition_response::topic_data rt;
    rt.topic_id = t.topic_id;
    for (const auto& p : t.partitions) {
      protocol::alter_partition_response::partition_data d;
      d.partition_index = p.partition_index;
      d.leader_id = req.broker_id;
      d.leader_epoch = p.leader_epoch;
      for (const auto& b : p.new_isr_with_epochs)
        d.isr.push_back(b.broker_id);
      d.partition_epoch = p.partition_epoch + 1;
      rt.partitions.push_back(std::move(d));
    }
    resp.topics.push_back(std::move(rt));
  }
  return resp;
}

struct answer {
  isr_proposal proposal;
  error_code error;
  leader_and_isr committed;
};

class AlterPartitionSenderTest : public ::testing::Test {
 protected:
  AlterPartitionSenderTest() : work_(io_.get_executor()), thread_([this] { io_.run(); }) {}
  ~AlterPartitionSenderTest() override {
    if (sender_) {
      auto f = boost::asio::co_spawn(io_, sender_->close(), boost::asio::use_future);
      f.wait_for(std::chrono::seconds(10));
    }
    work_.reset();
    io_.stop();
    thread_.join();
  }

  void make_sender(std::optional<std::uint16_t> controller_port) {
    alter_partition_sender_config c;
    c.broker_id = 1;
    c.broker_epoch = [] { return std::int64_t{4242}; };
    c.controller = [controller_port]() -> std::optional<broker_address> {
      if (!controller_port) return std::nullopt;
      return broker_address{0, "127.0.0.1", *controller_port};
    };
    c.answer = [this](const isr_proposal& p, error_code e, const leader_and_isr& committed) {
      std::lock_guard lock(mutex_);
      answers_.push_back({p, e, committed});
      cv_.notify_all();
    };
    c.request_timeout = std::chrono::milliseconds(5000);
    c.retry_backoff = std::chrono::milliseconds(20);
    sender_ = std::make_unique<alter_partition_sender>(io_.get_executor(), std::move(c));
  }

  std::vector<answer> wait_for_answers(std::size_t n) {
    std::unique_lock lock(mutex_);
    cv_.wait_for(lock, std::chrono::seconds(10), [&] { return answers_.size() >= n; });
    return answers_;
  }

  static isr_proposal proposal(std::uint64_t id, std::int32_t partition, std::vector<std::int32_t> isr) {
    isr_proposal p;
    p.id = id;
    p.tp = {"orders", partition};
    p.topic_id = protocol::uuid{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    p.leader = 1;
    p.leader_epoch = 7;
    p.isr = std::move(isr);
    p.partition_epoch = 3;
    return p;
  }

  boost::asio::io_context io_;
  boost::asio::executor_work_guard<boost::asio::io_context::executor_type> work_;
  std::thread thread_;
  std::unique_ptr<alter_partition_sender> sender_;
  std::mutex mutex_;
  std::condition_variable cv_;
  std::vector<answer> answers_;
};

TEST_F(AlterPartitionSenderTest, SendsAlterPartitionV3AndDeliversTheCommittedIsr) {
  scripted_controller controller([](const auto& req, int) { return accept_all(req); });
  make_sender(controller.port());
  sender_->propose(proposal(5, 0, {1, 2}));
  auto got = wait_for_answers(1);
  ASSERT_EQ(got.size(), 1u) << controller.requests().size() << " request(s), " << sender_->requests_sent() << " sent";
  EXPECT_EQ(got[0].proposal.id, 5u);
  EXPECT_EQ(got[0].error, error_code::none);
  EXPECT_EQ(got[0].committed.leader, 1);
  EXPECT_EQ(got[0].committed.leader_epoch, 7);
  EXPECT_EQ(got[0].committed.isr, (std::vector<std::int32_t>{1, 2}));
  EXPECT_EQ(got[0].committed.partition_epoch, 4);

  auto reqs = controller.requests();
  ASSERT_EQ(reqs.size(), 1u);
  EXPECT_EQ(reqs[0].broker_id, 1);
  EXPECT_EQ(reqs[0].broker_epoch, 4242);
  ASSERT_EQ(reqs[0].topics.size(), 1u);
  EXPECT_EQ(reqs[0].topics[0].topic_id, proposal(5, 0, {}).topic_id);
  ASSERT_EQ(reqs[0].topics[0].partitions.size(), 1u);
  const auto& p = reqs[0].topics[0].partitions[0];
  EXPECT_EQ(p.partition_index, 0);
  EXPECT_EQ(p.leader_epoch, 7);
  EXPECT_EQ(p.partition_epoch, 3);
  EXPECT_EQ(p.leader_recovery_state, 0);
  ASSERT_EQ(p.new_isr_with_epochs.size(), 2u);
  // The leader's own epoch; a follower's is not known (-1).
  EXPECT_EQ(p.new_isr_with_epochs[0].broker_id, 1);
  EXPECT_EQ(p.new_isr_with_epochs[0].broker_epoch, 4242);
  EXPECT_EQ(p.new_isr_with_epochs[1].broker_id, 2);
  EXPECT_EQ(p.new_isr_with_epochs[1].broker_epoch, -1);
  EXPECT_EQ(sender_->requests_sent(), 1u);
}

TEST_F(AlterPartitionSenderTest, TopLevelErrorIsRetriedWithEveryPartition) {
  scripted_controller controller([](const auto& req, int n) {
    if (n == 1) {
      protocol::alter_partition_response resp;
      resp.error_code = error_code::not_controller;
      return resp;
    }
    return accept_all(req);
  });
  make_sender(controller.port());
  sender_->propose(proposal(1, 0, {1, 2, 3}));
  auto got = wait_for_answers(1);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].error, error_code::none);
  EXPECT_EQ(got[0].committed.isr, (std::vector<std::int32_t>{1, 2, 3}));
  auto reqs = controller.requests();
  ASSERT_EQ(reqs.size(), 2u);
  EXPECT_EQ(reqs[1].topics.at(0).partitions.at(0).partition_index, 0);
}

TEST_F(AlterPartitionSenderTest, PerPartitionErrorsGoBackToTheirProposals) {
  scripted_controller controller([](const auto& req, int) {
    auto resp = accept_all(req);
    for (auto& t : resp.topics)
      for (auto& p : t.partitions)
        if (p.partition_index == 1) p.error_code = error_code::invalid_update_version;
    return resp;
  });
  make_sender(controller.port());
  sender_->propose(proposal(1, 0, {1}));
  sender_->propose(proposal(2, 1, {1}));
  auto got = wait_for_answers(2);
  ASSERT_EQ(got.size(), 2u);
  std::map<std::int32_t, error_code> by_partition;
  for (const auto& a : got)
    by_partition[a.proposal.tp.partition] = a.error;
  EXPECT_EQ(by_partition[0], error_code::none);
  EXPECT_EQ(by_partition[1], error_code::invalid_update_version);
}

TEST_F(AlterPartitionSenderTest, SecondProposalWhileOneIsQueuedIsNotAttempted) {
  // No controller known: the first stays queued, the second is refused at once.
  make_sender(std::nullopt);
  sender_->propose(proposal(1, 0, {1, 2}));
  sender_->propose(proposal(2, 0, {1}));
  auto got = wait_for_answers(1);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].proposal.id, 2u);
  EXPECT_EQ(got[0].error, error_code::operation_not_attempted);
  EXPECT_EQ(sender_->requests_sent(), 0u);
}

}  // namespace
}  // namespace gannet::cluster
