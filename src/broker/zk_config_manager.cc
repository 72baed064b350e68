// Kafka 3.9's ZkConfigManager and config change notifications (see zk_config_manager.h).

#include "zk_config_manager.h"

#include <algorithm>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_future.hpp>
#include <charconv>
#include <set>

#include "broker_state.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/cluster/zk_paths.h"
#include "gannet/common/logging.h"

namespace gannet::broker {
namespace {

namespace asio = boost::asio;
namespace zk_paths = cluster::zk_paths;

// ZkNodeChangeNotificationListener's changeExpirationMs.
constexpr std::int64_t change_expiration_ms = 15 * 60 * 1000;

config::property_map to_map(const cluster::entity_config& c) {
  config::property_map out;
  for (const auto& [k, v] : c.config)
    out[k] = v;
  return out;
}

std::int64_t change_number(std::string_view child) {
  auto seq = zk_paths::sequence_number(child, zk_paths::config_change_prefix);
  std::int64_t n = -1;
  std::from_chars(seq.data(), seq.data() + seq.size(), n);
  return n;
}

// The entity znode (set, or created with its parents), then the notification.
asio::awaitable<result<void>> write_entity(cluster::zk_client& zk, std::string path, std::string entity_path,
                                           std::vector<std::pair<std::string, std::string>> config) {
  cluster::entity_config c;
  c.config = std::move(config);
  const auto data = cluster::encode_entity_config(c);
  auto set_task = zk.set(path, data, -1);
  auto set = co_await std::move(set_task);
  if (!set && set.error() == cluster::zk_errc::no_node) {
    auto create_task = zk.create_recursive(path, data);
    auto created = co_await std::move(create_task);
    if (!created) co_return created.error();
  } else if (!set) {
    co_return set.error();
  }
  const auto notification_path = zk_paths::config_change_create_path();
  const auto notification = cluster::encode_config_change(entity_path);
  auto notify_task = zk.create(notification_path, notification, cluster::zk_create_mode::persistent_sequential);
  auto notified = co_await std::move(notify_task);
  if (!notified) co_return notified.error();
  co_return result<void>{};
}

}  // namespace

asio::awaitable<result<void>> write_topic_config(cluster::zk_client& zk, std::string topic,
                                                 std::vector<std::pair<std::string, std::string>> config) {
  auto path = zk_paths::topic_config_path(topic);
  auto entity = std::string(zk_paths::config_type_topics) + "/" + topic;
  auto task = write_entity(zk, std::move(path), std::move(entity), std::move(config));
  co_return co_await std::move(task);
}

asio::awaitable<result<void>> write_broker_config(cluster::zk_client& zk, std::string entity,
                                                  std::vector<std::pair<std::string, std::string>> config) {
  auto path = zk_paths::config_entity_path(zk_paths::config_type_brokers, entity);
  auto entity_path = std::string(zk_paths::config_type_brokers) + "/" + entity;
  auto task = write_entity(zk, std::move(path), std::move(entity_path), std::move(config));
  co_return co_await std::move(task);
}

asio::awaitable<result<config::property_map>> read_topic_config(cluster::zk_client& zk, std::string topic) {
  const auto path = zk_paths::topic_config_path(topic);
  auto task = zk.get(path);
  auto got = co_await std::move(task);
  if (!got) {
    if (got.error() == cluster::zk_errc::no_node) co_return config::property_map{};
    co_return got.error();
  }
  auto decoded = cluster::decode_entity_config(got->data);
  if (!decoded) co_return decoded.error();
  co_return to_map(*decoded);
}

std::shared_ptr<zk_config_manager> zk_config_manager::make(broker_state& s) {
  return std::shared_ptr<zk_config_manager>(new zk_config_manager(s));
}

zk_config_manager::zk_config_manager(broker_state& s) : s_(s), strand_(asio::make_strand(s.storage_pool)) {}

void zk_config_manager::start() {
  std::weak_ptr<zk_config_manager> weak = shared_from_this();
  s_.zk->session->add_session_listener([weak](cluster::zk_session_event e, std::int64_t) {
    // A new session has none of the old one's watches: look again.
    if (auto self = weak.lock(); self && e == cluster::zk_session_event::connected) self->schedule();
  });
  asio::co_spawn(strand_, bootstrap(), asio::use_future).get();
}

void zk_config_manager::stop() {
  asio::post(strand_, [self = shared_from_this()] { self->stopped_ = true; });
}

config::property_map zk_config_manager::topic_overrides(const std::string& topic) const {
  std::lock_guard lock(mutex_);
  auto it = overrides_.find(topic);
  return it == overrides_.end() ? config::property_map{} : it->second;
}

asio::awaitable<void> zk_config_manager::bootstrap() {
  auto& zk = *s_.zk->session;
  // fetchAllEntityConfigs for topics and brokers.
  const auto topics_path = zk_paths::config_entity_type_path(zk_paths::config_type_topics);
  auto list_task = zk.children(topics_path);
  auto topics = co_await std::move(list_task);
  if (topics) {
    for (const auto& t : *topics) {
      auto task = apply_topic(t);
      co_await std::move(task);
    }
  }
  const std::string default_entity(zk_paths::default_entity);
  auto defaults_task = apply_broker_layer(default_entity);
  co_await std::move(defaults_task);
  auto own_task = apply_broker_layer(std::to_string(s_.node_id));
  co_await std::move(own_task);
  pass_running_ = true;
  do {
    pass_again_ = false;
    auto pass = process_notifications();
    co_await std::move(pass);
  } while (pass_again_ && !stopped_);
  pass_running_ = false;
}

void zk_config_manager::schedule() {
  asio::post(strand_, [self = shared_from_this()] {
    if (self->stopped_) return;
    if (self->pass_running_) {
      self->pass_again_ = true;
      return;
    }
    self->pass_running_ = true;
    asio::co_spawn(
        self->strand_,
        [](std::shared_ptr<zk_config_manager> me) -> asio::awaitable<void> {
          do {
            me->pass_again_ = false;
            auto pass = me->process_notifications();
            co_await std::move(pass);
          } while (me->pass_again_ && !me->stopped_);
          me->pass_running_ = false;
        }(self),
        asio::detached);
  });
}

asio::awaitable<void> zk_config_manager::process_notifications() {
  if (stopped_) co_return;
  auto& zk = *s_.zk->session;
  std::weak_ptr<zk_config_manager> weak = shared_from_this();
  cluster::zk_watcher watcher = [weak](const cluster::zk_watch_event&) {
    if (auto self = weak.lock()) self->schedule();
  };
  const std::string changes_path(zk_paths::config_changes);
  auto list_task = zk.children(changes_path, watcher);
  auto listed = co_await std::move(list_task);
  if (!listed) {
    log::warn("cannot list {}: {}", changes_path, listed.error().message());
    co_return;
  }
  auto children = std::move(*listed);
  std::sort(children.begin(), children.end());
  const auto now = broker_state::now_ms();
  for (const auto& child : children) {
    const auto path = changes_path + "/" + child;
    auto get_task = zk.get(path);
    auto got = co_await std::move(get_task);
    if (!got) continue;  // purged meanwhile
    const auto id = change_number(child);
    if (id > last_executed_change_) {
      auto n = cluster::decode_config_change(got->data);
      if (!n) {
        log::error("Invalid config change notification at {}: {}", path, n.error().message());
      } else {
        auto entity = n->version == 1 ? n->entity_type + "/" + n->entity_name : n->entity_path;
        auto apply = apply_entity(entity);
        co_await std::move(apply);
      }
      last_executed_change_ = id;
    }
    if (now - got->stat.ctime > change_expiration_ms) {
      auto remove_task = zk.remove(path, -1);
      (void)co_await std::move(remove_task);
    }
  }
}

asio::awaitable<void> zk_config_manager::apply_entity(std::string entity_path) {
  const auto slash = entity_path.find('/');
  if (slash == std::string::npos) co_return;
  const auto type = entity_path.substr(0, slash);
  auto name = entity_path.substr(slash + 1);
  if (type == zk_paths::config_type_topics) {
    auto task = apply_topic(std::move(name));
    co_await std::move(task);
  } else if (type == zk_paths::config_type_brokers) {
    auto task = apply_broker_layer(std::move(name));
    co_await std::move(task);
  }
  // users, clients, ips: quotas, which Gannet does not enforce.
}

asio::awaitable<void> zk_config_manager::apply_topic(std::string topic) {
  auto task = read_topic_config(*s_.zk->session, topic);
  auto read = co_await std::move(task);
  if (!read) {
    log::warn("cannot read the configs of topic {}: {}", topic, read.error().message());
    co_return;
  }
  {
    std::lock_guard lock(mutex_);
    overrides_[topic] = *read;
  }
  log::info("Processing override for entityPath: topics/{}", topic);
  apply_to_logs(topic, *read);
}

asio::awaitable<void> zk_config_manager::apply_broker_layer(std::string entity) {
  const bool is_default = entity == zk_paths::default_entity;
  if (!is_default && entity != std::to_string(s_.node_id)) co_return;  // another broker's
  const auto path = zk_paths::config_entity_path(zk_paths::config_type_brokers, entity);
  auto task = s_.zk->session->get(path);
  auto got = co_await std::move(task);
  config::property_map values;
  if (got) {
    auto decoded = cluster::decode_entity_config(got->data);
    if (!decoded) {
      log::error("cannot decode {}: {}", path, decoded.error().message());
      co_return;
    }
    values = to_map(*decoded);
  } else if (got.error() != cluster::zk_errc::no_node) {
    log::warn("cannot read {}: {}", path, got.error().message());
    co_return;
  }
  {
    std::unique_lock lock(s_.layers_mutex);
    (is_default ? s_.layers.dynamic_default_broker : s_.layers.dynamic_broker) = std::move(values);
  }
  log::info("Processing override for entityPath: brokers/{}", entity);
  reapply_all_topics();
}

void zk_config_manager::reapply_all_topics() {
  std::set<std::string> topics;
  for (const auto& p : s_.partitions.all())
    topics.insert(p->tp().topic);
  for (const auto& t : topics)
    apply_to_logs(t, topic_overrides(t));
}

void zk_config_manager::apply_to_logs(const std::string& topic, const config::property_map& overrides) {
  auto cfg = s_.log_config_for(overrides);
  s_.logs.set_topic_config(topic, cfg);
  for (const auto& p : s_.partitions.all()) {
    if (p->tp().topic != topic) continue;
    asio::post(p->strand(), [p, cfg] {
      if (!p->deleted()) p->log().set_config(cfg);
    });
  }
}

}  // namespace gannet::broker
