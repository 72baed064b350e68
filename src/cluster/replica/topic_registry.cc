#include "gannet/cluster/topic_registry.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

#include "gannet/common/logging.h"
#include "gannet/config/properties.h"

namespace gannet::cluster {
namespace {

constexpr std::string_view config_prefix = "config.";

std::string to_hex(const protocol::uuid& id) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string s;
  for (auto b : id) {
    s += digits[b >> 4];
    s += digits[b & 0xF];
  }
  return s;
}

std::optional<protocol::uuid> from_hex(std::string_view s) {
  if (s.size() != 32) return std::nullopt;
  protocol::uuid id{};
  for (std::size_t i = 0; i < 16; ++i) {
    unsigned v = 0;
    for (int k = 0; k < 2; ++k) {
      char c = s[i * 2 + k];
      unsigned d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : 16;
      if (d > 15) return std::nullopt;
      v = v * 16 + d;
    }
    id[i] = static_cast<std::uint8_t>(v);
  }
  return id;
}

std::string normalize_collision(std::string s) {
  std::replace(s.begin(), s.end(), '.', '_');
  return s;
}

std::error_code last_error() { return {errno, std::generic_category()}; }

// Writes `text` to `path` atomically: temp file, fsync, rename, fsync dir.
result<void> write_atomically(const std::filesystem::path& path, const std::string& text) {
  auto tmp = path;
  tmp += ".tmp";
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return last_error();
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      auto ec = last_error();
      ::close(fd);
      return ec;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0) {
    auto ec = last_error();
    ::close(fd);
    return ec;
  }
  ::close(fd);
  if (::rename(tmp.c_str(), path.c_str()) != 0) return last_error();
  int dfd = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
  return {};
}

}  // namespace

topic_registry::topic_registry(std::filesystem::path dir) : dir_(std::move(dir)) {}

std::filesystem::path topic_registry::file_for(const std::string& name) const { return dir_ / (name + ".properties"); }

result<void> topic_registry::load() {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return ec;
  std::lock_guard lock(mutex_);
  topics_.clear();
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    const auto& p = entry.path();
    if (p.extension() != ".properties") continue;
    std::ifstream in(p);
    std::stringstream text;
    text << in.rdbuf();
    topic_info t;
    bool has_id = false;
    for (const auto& [k, v] : config::parse_properties(text.str())) {
      if (k == "name") {
        t.name = v;
      } else if (k == "topic.id") {
        if (auto id = from_hex(v)) {
          t.id = *id;
          has_id = true;
        }
      } else if (k == "partitions") {
        t.partitions = std::atoi(v.c_str());
      } else if (k == "replication.factor") {
        t.replication_factor = static_cast<std::int16_t>(std::atoi(v.c_str()));
      } else if (k == "internal") {
        t.internal = v == "true";
      } else if (k.starts_with(config_prefix)) {
        t.configs[k.substr(config_prefix.size())] = v;
      }
    }
    if (t.name.empty() || !has_id || t.partitions <= 0) {
      log::error("skipping malformed topic metadata file {}", p.string());
      continue;
    }
    topics_[t.name] = std::move(t);
  }
  if (ec) return ec;
  return {};
}

std::optional<topic_info> topic_registry::find(const std::string& name) const {
  std::lock_guard lock(mutex_);
  auto it = topics_.find(name);
  if (it == topics_.end()) return std::nullopt;
  return it->second;
}

std::optional<topic_info> topic_registry::find_by_id(const protocol::uuid& id) const {
  std::lock_guard lock(mutex_);
  for (const auto& [_, t] : topics_) {
    if (t.id == id) return t;
  }
  return std::nullopt;
}

std::vector<topic_info> topic_registry::list() const {
  std::lock_guard lock(mutex_);
  std::vector<topic_info> out;
  out.reserve(topics_.size());
  for (const auto& [_, t] : topics_)
    out.push_back(t);
  return out;
}

std::size_t topic_registry::size() const {
  std::lock_guard lock(mutex_);
  return topics_.size();
}

std::optional<std::string> topic_registry::colliding_name(const std::string& name) const {
  std::lock_guard lock(mutex_);
  auto norm = normalize_collision(name);
  for (const auto& [n, _] : topics_) {
    if (n != name && normalize_collision(n) == norm) return n;
  }
  return std::nullopt;
}

result<void> topic_registry::put(const topic_info& t) {
  config::property_map m;
  m["name"] = t.name;
  m["topic.id"] = to_hex(t.id);
  m["partitions"] = std::to_string(t.partitions);
  m["replication.factor"] = std::to_string(t.replication_factor);
  m["internal"] = t.internal ? "true" : "false";
  for (const auto& [k, v] : t.configs)
    m[std::string(config_prefix) + k] = v;
  std::lock_guard lock(mutex_);
  if (auto r = write_atomically(file_for(t.name), config::write_properties(m, "Gannet topic metadata")); !r) {
    return r.error();
  }
  topics_[t.name] = t;
  return {};
}

result<void> topic_registry::remove(const std::string& name) {
  std::lock_guard lock(mutex_);
  std::error_code ec;
  std::filesystem::remove(file_for(name), ec);
  if (ec) return ec;
  topics_.erase(name);
  return {};
}

result<void> write_file_atomically(const std::filesystem::path& path, const std::string& text) {
  return write_atomically(path, text);
}

protocol::uuid topic_registry::new_topic_id() {
  static thread_local std::mt19937_64 rng{std::random_device{}()};
  protocol::uuid id{};
  do {
    for (std::size_t i = 0; i < 16; i += 8) {
      auto v = rng();
      for (int k = 0; k < 8; ++k)
        id[i + k] = static_cast<std::uint8_t>(v >> (8 * k));
    }
  } while (std::all_of(id.begin(), id.end(), [](auto b) { return b == 0; }));
  return id;
}

}  // namespace gannet::cluster
