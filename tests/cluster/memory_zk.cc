// memory_zk: the in-memory ZooKeeper of the controller's unit tests (memory_zk.h).

#include "cluster/memory_zk.h"

#include <algorithm>
#include <boost/asio/post.hpp>
#include <cstdio>

namespace gannet::cluster::testing {
namespace {

bool valid_path(const std::string& p) {
  if (p.empty() || p[0] != '/') return false;
  if (p == "/") return true;
  if (p.back() == '/') return false;
  return p.find("//") == std::string::npos;
}

std::string parent_of(const std::string& p) {
  auto slash = p.rfind('/');
  return slash == 0 ? std::string("/") : p.substr(0, slash);
}

// Direct children of `parent` in a sorted map: the keys between "parent/" and "parent0".
template <class Tree>
std::vector<std::string> child_names(const Tree& t, const std::string& parent) {
  std::vector<std::string> out;
  const std::string prefix = parent == "/" ? "/" : parent + "/";
  for (auto it = t.lower_bound(prefix); it != t.end() && it->first.starts_with(prefix); ++it) {
    if (it->first == "/") continue;
    auto rest = it->first.substr(prefix.size());
    if (!rest.empty() && rest.find('/') == std::string::npos) out.push_back(rest);
  }
  return out;
}

zk_op_result failed(zk_errc e) { return zk_op_result{make_error_code(e), {}, {}}; }

}  // namespace

memory_zk_server::memory_zk_server() { tree_["/"] = node{}; }

std::optional<zk_data> memory_zk_server::peek(const std::string& path) const {
  std::lock_guard lock(mu_);
  auto it = tree_.find(path);
  if (it == tree_.end()) return std::nullopt;
  return zk_data{it->second.data, it->second.stat};
}

std::vector<std::string> memory_zk_server::peek_children(const std::string& path) const {
  std::lock_guard lock(mu_);
  return child_names(tree_, path);
}

std::vector<std::string> memory_zk_server::paths() const {
  std::lock_guard lock(mu_);
  std::vector<std::string> out;
  for (const auto& [p, n] : tree_)
    out.push_back(p);
  return out;
}

zk_op_result memory_zk_server::apply(tree& t, const zk_op& op, std::int64_t session,
                                     std::vector<std::pair<zk_event_type, std::string>>& events) {
  if (!valid_path(op.path) || (op.type == zk_op::kind::create && op.path == "/")) {
    return failed(zk_errc::bad_arguments);
  }
  auto it = t.find(op.path);
  switch (op.type) {
    case zk_op::kind::check:
      if (it == t.end()) return failed(zk_errc::no_node);
      if (op.version != -1 && op.version != it->second.stat.version) return failed(zk_errc::bad_version);
      return zk_op_result{{}, op.path, it->second.stat};
    case zk_op::kind::create: {
      auto parent = t.find(parent_of(op.path));
      if (parent == t.end()) return failed(zk_errc::no_node);
      if (parent->second.stat.ephemeral_owner != 0) return failed(zk_errc::no_children_for_ephemerals);
      std::string path = op.path;
      const bool sequential =
          op.mode == zk_create_mode::persistent_sequential || op.mode == zk_create_mode::ephemeral_sequential;
      if (sequential) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%010d", parent->second.stat.cversion);
        path += digits;
      }
      if (t.contains(path)) return failed(zk_errc::node_exists);
      const std::int64_t zxid = ++zxid_;
      node n;
      n.data = op.data;
      n.stat.czxid = n.stat.mzxid = n.stat.pzxid = zxid;
      n.stat.ctime = n.stat.mtime = ++clock_ms_;
      n.stat.data_length = static_cast<std::int32_t>(op.data.size());
      const bool ephemeral = op.mode == zk_create_mode::ephemeral || op.mode == zk_create_mode::ephemeral_sequential;
      n.stat.ephemeral_owner = ephemeral ? session : 0;
      parent->second.stat.cversion += 1;
      parent->second.stat.num_children += 1;
      parent->second.stat.pzxid = zxid;
      auto parent_path = parent->first;
      t.emplace(path, n);
      events.emplace_back(zk_event_type::created, path);
      events.emplace_back(zk_event_type::children_changed, parent_path);
      return zk_op_result{{}, path, n.stat};
    }
    case zk_op::kind::set: {
      if (it == t.end()) return failed(zk_errc::no_node);
      if (op.version != -1 && op.version != it->second.stat.version) return failed(zk_errc::bad_version);
      it->second.data = op.data;
      it->second.stat.version += 1;
      it->second.stat.mzxid = ++zxid_;
      it->second.stat.mtime = ++clock_ms_;
      it->second.stat.data_length = static_cast<std::int32_t>(op.data.size());
      events.emplace_back(zk_event_type::data_changed, op.path);
      return zk_op_result{{}, op.path, it->second.stat};
    }
    case zk_op::kind::remove: {
      if (it == t.end()) return failed(zk_errc::no_node);
      if (op.version != -1 && op.version != it->second.stat.version) return failed(zk_errc::bad_version);
      if (it->second.stat.num_children > 0) return failed(zk_errc::not_empty);
      t.erase(it);
      auto parent = t.find(parent_of(op.path));
      parent->second.stat.cversion += 1;
      parent->second.stat.num_children -= 1;
      parent->second.stat.pzxid = ++zxid_;
      events.emplace_back(zk_event_type::deleted, op.path);
      events.emplace_back(zk_event_type::children_changed, parent->first);
      return zk_op_result{{}, op.path, {}};
    }
  }
  return failed(zk_errc::bad_arguments);
}

std::vector<memory_zk_server::pending_event> memory_zk_server::take_fired(
    const std::vector<std::pair<zk_event_type, std::string>>& events) {
  std::vector<pending_event> fired;
  for (const auto& [type, path] : events) {
    auto matches = [&](const watch& w) {
      if (w.path != path) return false;
      switch (type) {
        case zk_event_type::created:
          return w.kind == watch_kind::exists;
        case zk_event_type::data_changed:
          return w.kind == watch_kind::exists || w.kind == watch_kind::data;
        case zk_event_type::deleted:
          return true;
        case zk_event_type::children_changed:
          return w.kind == watch_kind::child;
      }
      return false;
    };
    for (auto it = watches_.begin(); it != watches_.end();) {
      if (matches(*it)) {
        fired.push_back(pending_event{std::move(*it), zk_watch_event{type, path}});
        it = watches_.erase(it);
      } else {
        ++it;
      }
    }
  }
  return fired;
}

void memory_zk_server::deliver(std::vector<pending_event> fired) {
  for (auto& f : fired) {
    boost::asio::post(f.w.executor, [w = std::move(f.w.watcher), e = f.event] { w(e); });
  }
}

std::int64_t memory_zk_server::expire(std::uint64_t client, std::int64_t session) {
  std::vector<pending_event> fired;
  std::int64_t fresh;
  {
    std::lock_guard lock(mu_);
    std::erase_if(watches_, [&](const watch& w) { return w.client == client; });
    std::vector<std::string> owned;
    for (const auto& [p, n] : tree_) {
      if (n.stat.ephemeral_owner == session) owned.push_back(p);
    }
    std::vector<std::pair<zk_event_type, std::string>> events;
    for (const auto& p : owned) {
      apply(tree_, zk_op{zk_op::kind::remove, p, {}, {}, -1}, session, events);
    }
    fired = take_fired(events);
    fresh = next_session_++;
  }
  deliver(std::move(fired));
  return fresh;
}

memory_zk::memory_zk(memory_zk_server& server, boost::asio::any_io_executor executor)
    : server_(server), executor_(std::move(executor)) {
  std::lock_guard lock(server_.mu_);
  client_ = server_.next_client_++;
  session_ = server_.next_session_++;
}

bool memory_zk::injected(std::error_code& ec) {
  ++operations_;
  if (inject_count_ == 0) return false;
  --inject_count_;
  ec = make_error_code(inject_);
  return true;
}

void memory_zk::fail_next(zk_errc e, int count) {
  inject_ = e;
  inject_count_ = count;
}

result<std::vector<zk_op_result>> memory_zk::run(std::vector<zk_op> ops) {
  std::vector<memory_zk_server::pending_event> fired;
  std::vector<zk_op_result> results;
  std::error_code first_error;
  {
    std::lock_guard lock(server_.mu_);
    auto scratch = server_.tree_;
    const auto zxid_before = server_.zxid_;
    const auto clock_before = server_.clock_ms_;
    std::vector<std::pair<zk_event_type, std::string>> events;
    for (const auto& op : ops) {
      if (first_error) {
        results.push_back(failed(zk_errc::system_error));
        continue;
      }
      results.push_back(server_.apply(scratch, op, session_, events));
      if (results.back().error) {
        first_error = results.back().error;
        for (std::size_t i = 0; i + 1 < results.size(); ++i)
          results[i] = zk_op_result{};
      }
    }
    if (first_error) {
      // Nothing happened: the counters go back too, so a failed multi leaves no trace.
      server_.zxid_ = zxid_before;
      server_.clock_ms_ = clock_before;
    } else {
      server_.tree_ = std::move(scratch);
      fired = server_.take_fired(events);
    }
  }
  memory_zk_server::deliver(std::move(fired));
  if (first_error) return first_error;
  return results;
}

boost::asio::awaitable<result<std::string>> memory_zk::create(std::string path, std::string data, zk_create_mode mode) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  auto r = run({zk_op{zk_op::kind::create, std::move(path), std::move(data), mode, -1}});
  if (!r) co_return r.error();
  co_return r.value()[0].path;
}

boost::asio::awaitable<result<void>> memory_zk::create_recursive(std::string path, std::string data) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  if (!valid_path(path) || path == "/") co_return make_error_code(zk_errc::bad_arguments);
  // Parents first, each as its own create: ZooKeeper has no recursive create,
  // and Kafka's createRecursive also tolerates a parent created concurrently.
  std::vector<std::string> chain;
  for (auto p = path; p != "/"; p = parent_of(p))
    chain.push_back(p);
  std::reverse(chain.begin(), chain.end());
  for (const auto& p : chain) {
    auto r = run({zk_op{zk_op::kind::create, p, p == path ? data : std::string(), zk_create_mode::persistent, -1}});
    if (!r && r.error() != zk_errc::node_exists) co_return r.error();
  }
  co_return result<void>{};
}

boost::asio::awaitable<result<zk_data>> memory_zk::get(std::string path, zk_watcher watcher) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  std::lock_guard lock(server_.mu_);
  auto it = server_.tree_.find(path);
  if (it == server_.tree_.end()) co_return make_error_code(zk_errc::no_node);
  if (watcher) {
    server_.watches_.push_back({client_, memory_zk_server::watch_kind::data, path, std::move(watcher), executor_});
  }
  co_return zk_data{it->second.data, it->second.stat};
}

boost::asio::awaitable<result<zk_stat>> memory_zk::set(std::string path, std::string data, std::int32_t version) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  auto r = run({zk_op{zk_op::kind::set, std::move(path), std::move(data), {}, version}});
  if (!r) co_return r.error();
  co_return r.value()[0].stat;
}

boost::asio::awaitable<result<void>> memory_zk::remove(std::string path, std::int32_t version) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  auto r = run({zk_op{zk_op::kind::remove, std::move(path), {}, {}, version}});
  if (!r) co_return r.error();
  co_return result<void>{};
}

boost::asio::awaitable<result<std::optional<zk_stat>>> memory_zk::exists(std::string path, zk_watcher watcher) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  if (!valid_path(path)) co_return make_error_code(zk_errc::bad_arguments);
  std::lock_guard lock(server_.mu_);
  if (watcher) {
    server_.watches_.push_back({client_, memory_zk_server::watch_kind::exists, path, std::move(watcher), executor_});
  }
  auto it = server_.tree_.find(path);
  if (it == server_.tree_.end()) co_return std::optional<zk_stat>{};
  co_return std::optional<zk_stat>{it->second.stat};
}

boost::asio::awaitable<result<std::vector<std::string>>> memory_zk::children(std::string path, zk_watcher watcher) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  std::lock_guard lock(server_.mu_);
  if (!server_.tree_.contains(path)) co_return make_error_code(zk_errc::no_node);
  if (watcher) {
    server_.watches_.push_back({client_, memory_zk_server::watch_kind::child, path, std::move(watcher), executor_});
  }
  co_return child_names(server_.tree_, path);
}

boost::asio::awaitable<result<std::vector<zk_op_result>>> memory_zk::multi(std::vector<zk_op> ops) {
  std::error_code ec;
  if (injected(ec)) co_return ec;
  co_return run(std::move(ops));
}

std::int64_t memory_zk::session_id() const { return session_; }

void memory_zk::add_session_listener(zk_session_listener listener) { listeners_.push_back(std::move(listener)); }

void memory_zk::expire_session() {
  const auto old_session = session_;
  session_ = server_.expire(client_, old_session);
  for (const auto& l : listeners_) {
    boost::asio::post(executor_, [l, old_session] { l(zk_session_event::expired, old_session); });
    boost::asio::post(executor_, [l, s = session_] { l(zk_session_event::connected, s); });
  }
}

}  // namespace gannet::cluster::testing
