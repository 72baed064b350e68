// alter_partition_sender (gannet/cluster/alter_partition_sender.h): Kafka's
// DefaultAlterPartitionManager (submit, maybePropagateIsrChanges, handleAlterPartitionResponse).

#include "gannet/cluster/alter_partition_sender.h"

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <map>
#include <vector>

#include "gannet/common/logging.h"
#include "gannet/protocol/messages/alter_partition.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using protocol::error_code;

// inter.broker.protocol.version 3.9 (MetadataVersion.IBP_3_9_IV0): AlterPartition v3, the
// version with topic ids and an epoch per ISR member (KIP-903).
constexpr std::int16_t alter_partition_version = 3;

}  // namespace

class alter_partition_sender::impl : public std::enable_shared_from_this<impl> {
 public:
  impl(asio::any_io_executor ex, alter_partition_sender_config config)
      : strand_(asio::make_strand(ex)), config_(std::move(config)) {}

  void propose(isr_proposal p) {
    asio::post(strand_, [self = shared_from_this(), p = std::move(p)]() mutable {
      if (self->closed_) return;
      // One update per partition until the controller answered it (Kafka's putIfAbsent).
      if (self->unsent_.contains(p.tp)) {
        self->config_.answer(p, error_code::operation_not_attempted, {});
        return;
      }
      self->unsent_.emplace(p.tp, std::move(p));
      self->maybe_send();
    });
  }

  asio::awaitable<void> close() {
    closed_ = true;
    unsent_.clear();
    if (channel_) {
      auto c = channel_;
      channel_.reset();
      co_await c->close();
    }
  }

  asio::strand<asio::any_io_executor>& strand() { return strand_; }
  std::atomic<std::uint64_t> sent{0};

 private:
  void maybe_send() {
    if (closed_ || in_flight_ || unsent_.empty()) return;
    in_flight_ = true;
    asio::co_spawn(strand_, send_once(shared_from_this()), asio::detached);
  }

  // After a failure: the items stay queued and go again after the backoff.
  asio::awaitable<void> retry_later() {
    asio::steady_timer t(strand_, config_.retry_backoff);
    co_await t.async_wait(asio::use_awaitable);
    in_flight_ = false;
    maybe_send();
  }

  static asio::awaitable<void> send_once(std::shared_ptr<impl> self) {
    auto target = self->config_.controller ? self->config_.controller() : std::nullopt;
    if (!target) {
      co_await self->retry_later();
      co_return;
    }
    if (!self->channel_ || self->channel_->target().id != target->id || self->channel_->target().host != target->host ||
        self->channel_->target().port != target->port) {
      // A new controller (or it moved): a new connection, as Kafka's controller channel does.
      if (self->channel_) {
        auto old = self->channel_;
        self->channel_.reset();
        co_await old->close();
      }
      broker_channel_config cc;
      cc.client_id = "broker-" + std::to_string(self->config_.broker_id) + "-alter-partition";
      cc.request_timeout = self->config_.request_timeout;
      cc.connect_timeout = self->config_.request_timeout;
      self->channel_ = std::make_shared<broker_channel>(self->strand_, *target, cc);
    }
    std::vector<isr_proposal> items;
    for (const auto& [tp, p] : self->unsent_)
      items.push_back(p);
    protocol::alter_partition_request req = self->build(items);
    auto channel = self->channel_;
    ++self->sent;
    auto r = co_await channel->send<protocol::alter_partition_request, protocol::alter_partition_response>(
        std::move(req), alter_partition_version);
    if (self->closed_) co_return;
    if (!r) {
      // Every retry_backoff while it lasts: said once in a hundred (an encoding failure is a
      // bug: said each time).
      if (r.error() == make_error_code(channel_errc::encode_failed)) {
        log::error("AlterPartition cannot be encoded at v{}; retrying", alter_partition_version);
      } else if (self->failures_++ % 100 == 0) {
        log::info("AlterPartition to controller {} failed: {}; retrying", target->id, r.error().message());
      }
      co_await self->retry_later();
      co_return;
    }
    const auto& resp = r->body;
    if (resp.error_code != error_code::none) {
      // NOT_CONTROLLER (a new controller is being elected), STALE_BROKER_EPOCH (our
      // re-registration has not reached it yet), ...: everything is sent again.
      if (self->failures_++ % 100 == 0)
        log::info("AlterPartition refused by controller {} with error {}; retrying", target->id,
                  static_cast<int>(resp.error_code));
      co_await self->retry_later();
      co_return;
    }
    self->failures_ = 0;
    self->handle(items, resp);
    self->in_flight_ = false;
    self->maybe_send();
  }

  protocol::alter_partition_request build(const std::vector<isr_proposal>& items) const {
    protocol::alter_partition_request req;
    req.broker_id = config_.broker_id;
    req.broker_epoch = config_.broker_epoch ? config_.broker_epoch() : -1;
    std::map<protocol::uuid, std::size_t> topic_at;
    for (const auto& p : items) {
      auto [it, added] = topic_at.emplace(p.topic_id, req.topics.size());
      if (added) {
        protocol::alter_partition_request::topic_data t;
        // v2+ name topics by id (topic_name is v0-1 only, and a field set outside its versions
        // cannot be encoded).
        t.topic_id = p.topic_id;
        req.topics.push_back(std::move(t));
      }
      protocol::alter_partition_request::partition_data d;
      d.partition_index = p.tp.partition;
      d.leader_epoch = p.leader_epoch;
      for (auto id : p.isr) {
        // The leader knows its own epoch; a follower's would come from its Fetch's
        // ReplicaState (v15+), which the partition does not keep: -1, which a ZooKeeper
        // controller ignores (it reads the ids only).
        // v3 carries new_isr_with_epochs only (new_isr is v0-2).
        d.new_isr_with_epochs.push_back({id, id == config_.broker_id ? req.broker_epoch : -1});
      }
      d.leader_recovery_state = 0;  // RECOVERED
      d.partition_epoch = p.partition_epoch;
      req.topics[it->second].partitions.push_back(std::move(d));
    }
    return req;
  }

  void handle(const std::vector<isr_proposal>& items, const protocol::alter_partition_response& resp) {
    struct answer {
      error_code error;
      leader_and_isr committed;
    };
    std::map<std::pair<protocol::uuid, std::int32_t>, answer> by_partition;
    for (const auto& t : resp.topics) {
      for (const auto& d : t.partitions) {
        answer a;
        a.error = d.error_code;
        a.committed.leader = d.leader_id;
        a.committed.leader_epoch = d.leader_epoch;
        a.committed.isr = d.isr;
        a.committed.partition_epoch = d.partition_epoch;
        by_partition[{t.topic_id, d.partition_index}] = std::move(a);
      }
    }
    // Over what was sent, not what came back (Kafka: a partition left out of the answer stays
    // queued and is sent again).
    for (const auto& p : items) {
      auto it = by_partition.find({p.topic_id, p.tp.partition});
      if (it == by_partition.end()) {
        log::warn("{}: sent in AlterPartition but not in the answer; sending it again", p.tp.dir_name());
        continue;
      }
      // Cleared before the callback so that it may propose again at once.
      unsent_.erase(p.tp);
      config_.answer(p, it->second.error, it->second.committed);
    }
  }

  asio::strand<asio::any_io_executor> strand_;
  alter_partition_sender_config config_;
  // Strand only.
  std::map<storage::topic_partition, isr_proposal> unsent_;
  bool in_flight_ = false;
  bool closed_ = false;
  std::uint64_t failures_ = 0;  // in a row
  std::shared_ptr<broker_channel> channel_;
};

alter_partition_sender::alter_partition_sender(asio::any_io_executor executor, alter_partition_sender_config config)
    : impl_(std::make_shared<impl>(std::move(executor), std::move(config))) {}

alter_partition_sender::~alter_partition_sender() = default;

void alter_partition_sender::propose(const isr_proposal& proposal) { impl_->propose(proposal); }

asio::awaitable<void> alter_partition_sender::close() {
  auto keep = impl_;
  auto op = asio::co_spawn(keep->strand(), keep->close(), asio::use_awaitable);
  co_await std::move(op);
}

std::uint64_t alter_partition_sender::requests_sent() const { return impl_->sent.load(); }

}  // namespace gannet::cluster
