#include "gannet/storage/log_manager.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <thread>

#include "checkpoint_file.h"
#include "gannet/common/logging.h"
#include "gannet/storage/errc.h"
#include "partition_metadata_file.h"

namespace gannet::storage {
namespace {
constexpr const char* recovery_point_file = "recovery-point-offset-checkpoint";
constexpr const char* log_start_file = "log-start-offset-checkpoint";
constexpr const char* replication_file = "replication-offset-checkpoint";
constexpr const char* cleaner_file = "cleaner-offset-checkpoint";

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && std::string_view(s).substr(s.size() - suffix.size()) == suffix;
}

std::map<topic_partition, offset> read_or_empty(const std::filesystem::path& p) {
  auto m = checkpoint_file::read_offsets(p);
  if (!m) {
    gannet::log::warn("storage: ignoring unreadable {}: {}", p.string(), m.error().message());
    return {};
  }
  return *m;
}
}  // namespace

log_manager::log_manager(log_manager_config config) : config_(std::move(config)) {}

log_manager::~log_manager() = default;

result<void> log_manager::startup(std::int64_t now_ms) {
  for (std::size_t i = 0; i < config_.log_dirs.size(); ++i) {
    if (auto r = load_dir(i, now_ms); !r) return r;
  }
  started_ = true;
  return {};
}

result<void> log_manager::load_dir(std::size_t dir_index, std::int64_t now_ms) {
  const auto& dir = config_.log_dirs[dir_index];
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return from_errno(ec.value());
  bool clean = std::filesystem::exists(dir / clean_shutdown_file_name);
  auto recovery_points = read_or_empty(dir / recovery_point_file);
  auto log_starts = read_or_empty(dir / log_start_file);
  auto high_watermarks = read_or_empty(dir / replication_file);
  auto cleaner_offsets = read_or_empty(dir / cleaner_file);

  std::vector<std::pair<topic_partition, std::filesystem::path>> found;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (!e.is_directory()) continue;
    std::string name = e.path().filename().string();
    if (name.starts_with(".")) continue;  // hidden: not a log (e.g. the broker's .gannet-metadata)
    if (ends_with(name, "-delete")) {
      deletions_.schedule({e.path()}, now_ms);
      continue;
    }
    auto tp = topic_partition::parse_dir_name(name);
    if (!tp) {
      gannet::log::warn("storage: {}: not a partition directory, skipped", e.path().string());
      continue;
    }
    found.emplace_back(std::move(*tp), e.path());
  }
  if (ec) return from_errno(ec.value());
  deletions_.delete_due(now_ms);

  std::vector<result<std::unique_ptr<log>>> loaded;
  loaded.reserve(found.size());
  for (std::size_t i = 0; i < found.size(); ++i)
    loaded.emplace_back(errc::not_found);
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < found.size(); i = next++) {
      const auto& [tp, path] = found[i];
      log_open_options o;
      o.config = config_for(tp.topic);
      o.fs = config_.fs;
      o.deletions = &deletions_;
      o.clean_shutdown = clean;
      o.now_ms = now_ms;
      if (auto it = recovery_points.find(tp); it != recovery_points.end()) o.recovery_point = it->second;
      if (auto it = log_starts.find(tp); it != log_starts.end()) o.log_start_offset = it->second;
      if (config_.recovery_hook) o.on_recovered_batch = config_.recovery_hook(tp);
      loaded[i] = log::open(path, tp, std::move(o));
    }
  };
  int threads = std::max(1, std::min<int>(config_.recovery_threads, static_cast<int>(found.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t)
    pool.emplace_back(worker);
  worker();
  for (auto& t : pool)
    t.join();

  std::lock_guard lock(mutex_);
  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!loaded[i]) {
      gannet::log::error("storage: cannot load {}: {}", found[i].second.string(), loaded[i].error().message());
      return loaded[i].error();
    }
    auto& l = *loaded[i];
    if (auto it = high_watermarks.find(found[i].first); it != high_watermarks.end()) l->set_high_watermark(it->second);
    if (auto it = cleaner_offsets.find(found[i].first); it != cleaner_offsets.end())
      cleaner_checkpoints_[found[i].first] = it->second;
    logs_[found[i].first] = entry{std::move(l), dir_index};
  }
  gannet::log::info("storage: {}: loaded {} logs ({})", dir.string(), found.size(),
                    clean           ? "clean shutdown"
                    : found.empty() ? "no previous shutdown marker"
                                    : "unclean shutdown");
  // From here on a crash must be detected at the next start.
  std::filesystem::remove(dir / clean_shutdown_file_name, ec);
  return sync_directory(*config_.fs, dir);
}

result<void> log_manager::shutdown() {
  result<void> first_error;
  {
    std::lock_guard lock(mutex_);
    for (auto& [tp, e] : logs_) {
      if (auto r = e.l->close(); !r && first_error) first_error = r;
    }
  }
  if (auto r = write_checkpoints(); !r && first_error) first_error = r;
  deletions_.delete_all();
  if (!first_error) return first_error;
  for (const auto& dir : config_.log_dirs) {
    int fd = ::open((dir / clean_shutdown_file_name).c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return from_errno(errno);
    static constexpr char content[] = "{\"version\":0,\"brokerEpoch\":-1}";
    bool ok = ::write(fd, content, sizeof content - 1) == static_cast<ssize_t>(sizeof content - 1) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) return from_errno(errno);
    if (auto r = sync_directory(*config_.fs, dir); !r) return r;
  }
  return {};
}

log* log_manager::get(const topic_partition& tp) {
  std::lock_guard lock(mutex_);
  auto it = logs_.find(tp);
  return it == logs_.end() ? nullptr : it->second.l.get();
}

result<log*> log_manager::get_or_create(const topic_partition& tp, std::int64_t now_ms,
                                        const std::optional<std::array<std::uint8_t, 16>>& id) {
  if (!is_valid_topic_name(tp.topic) || tp.partition < 0) return errc::invalid_argument;
  std::lock_guard lock(mutex_);
  if (auto it = logs_.find(tp); it != logs_.end()) return it->second.l.get();
  if (config_.log_dirs.empty()) return errc::not_found;
  std::vector<std::size_t> counts(config_.log_dirs.size());
  for (const auto& [k, e] : logs_)
    ++counts[e.dir_index];
  std::size_t dir_index = static_cast<std::size_t>(std::min_element(counts.begin(), counts.end()) - counts.begin());
  auto dir = config_.log_dirs[dir_index] / tp.dir_name();
  log_open_options o;
  o.config = topic_configs_.contains(tp.topic) ? topic_configs_.at(tp.topic) : config_.default_config;
  o.fs = config_.fs;
  o.deletions = &deletions_;
  o.clean_shutdown = true;
  o.now_ms = now_ms;
  auto l = log::open(dir, tp, std::move(o));
  if (!l) return l.error();
  if (id) {
    if (auto r = partition_metadata_file::write(dir, *id); !r) return r.error();
  }
  (void)sync_directory(*config_.fs, config_.log_dirs[dir_index]);
  log* raw = l->get();
  logs_[tp] = entry{std::move(*l), dir_index};
  return raw;
}

std::optional<std::array<std::uint8_t, 16>> log_manager::topic_id_of(const topic_partition& tp) const {
  std::filesystem::path dir;
  {
    std::lock_guard lock(mutex_);
    auto it = logs_.find(tp);
    if (it == logs_.end()) return std::nullopt;
    dir = it->second.l->dir();
  }
  auto id = partition_metadata_file::read(dir);
  if (!id) return std::nullopt;
  return *id;
}

result<void> log_manager::remove(const topic_partition& tp, std::int64_t now_ms) {
  std::unique_ptr<log> l;
  {
    std::lock_guard lock(mutex_);
    auto it = logs_.find(tp);
    if (it == logs_.end()) return errc::not_found;
    l = std::move(it->second.l);
    std::size_t dir_index = it->second.dir_index;
    logs_.erase(it);
    if (cleaner_checkpoints_.erase(tp) > 0) (void)write_cleaner_checkpoint(dir_index);
  }
  return l->remove(now_ms);
}

std::vector<topic_partition> log_manager::partitions() const {
  std::lock_guard lock(mutex_);
  std::vector<topic_partition> out;
  for (const auto& [tp, e] : logs_)
    out.push_back(tp);
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t log_manager::log_count() const {
  std::lock_guard lock(mutex_);
  return logs_.size();
}

void log_manager::set_topic_config(const std::string& topic, const log_config& c) {
  std::lock_guard lock(mutex_);
  topic_configs_[topic] = c;
  for (auto& [tp, e] : logs_) {
    if (tp.topic == topic) e.l->set_config(c);
  }
}

void log_manager::clear_topic_config(const std::string& topic) {
  std::lock_guard lock(mutex_);
  topic_configs_.erase(topic);
  for (auto& [tp, e] : logs_) {
    if (tp.topic == topic) e.l->set_config(config_.default_config);
  }
}

log_config log_manager::config_for(const std::string& topic) const {
  std::lock_guard lock(mutex_);
  auto it = topic_configs_.find(topic);
  return it == topic_configs_.end() ? config_.default_config : it->second;
}

void log_manager::for_each_log(const std::function<void(const topic_partition&, log&)>& fn) {
  std::lock_guard lock(mutex_);
  for (auto& [tp, e] : logs_)
    fn(tp, *e.l);
}

result<std::size_t> log_manager::run_retention(std::int64_t now_ms) {
  std::size_t deleted = 0;
  result<void> first_error;
  for_each_log([&](const topic_partition& tp, log& l) {
    auto n = l.delete_old_segments(now_ms);
    if (!n) {
      gannet::log::error("storage: retention of {}-{}: {}", tp.topic, tp.partition, n.error().message());
      if (first_error) first_error = n.error();
      return;
    }
    deleted += *n;
  });
  deletions_.delete_due(now_ms);
  if (!first_error) return first_error.error();
  return deleted;
}

result<void> log_manager::flush_due(std::int64_t now_ms) {
  result<void> first_error;
  for_each_log([&](const topic_partition&, log& l) {
    if (auto r = l.flush_if_due(now_ms); !r && first_error) first_error = r.error();
  });
  return first_error;
}

result<void> log_manager::write_checkpoints() {
  std::vector<std::map<topic_partition, offset>> rp(config_.log_dirs.size()), ls(config_.log_dirs.size()),
      hw(config_.log_dirs.size());
  {
    std::lock_guard lock(mutex_);
    for (const auto& [tp, e] : logs_) {
      // The periodic pass runs on the control strand while appends, flushes
      // and retention move these on the partitions' strands: read the values
      // each log published, never its members.
      auto c = e.l->checkpointed_offsets();
      rp[e.dir_index][tp] = c.recovery_point;
      ls[e.dir_index][tp] = c.log_start_offset;
      hw[e.dir_index][tp] = c.high_watermark;
    }
  }
  // Two writers of one checkpoint would share its .tmp file.
  std::lock_guard write_lock(checkpoint_write_mutex_);
  bool sync = config_.fs->syncs_to_disk();
  for (std::size_t i = 0; i < config_.log_dirs.size(); ++i) {
    const auto& dir = config_.log_dirs[i];
    if (auto r = checkpoint_file::write_offsets(dir / recovery_point_file, rp[i], sync); !r) return r;
    if (auto r = checkpoint_file::write_offsets(dir / log_start_file, ls[i], sync); !r) return r;
    if (auto r = checkpoint_file::write_offsets(dir / replication_file, hw[i], sync); !r) return r;
  }
  return {};
}

std::optional<offset> log_manager::cleaner_checkpoint(const topic_partition& tp) const {
  std::lock_guard lock(mutex_);
  auto it = cleaner_checkpoints_.find(tp);
  if (it == cleaner_checkpoints_.end()) return std::nullopt;
  return it->second;
}

result<void> log_manager::set_cleaner_checkpoint(const topic_partition& tp, offset o) {
  std::lock_guard lock(mutex_);
  auto it = logs_.find(tp);
  if (it == logs_.end()) return errc::not_found;
  cleaner_checkpoints_[tp] = o;
  return write_cleaner_checkpoint(it->second.dir_index);
}

result<void> log_manager::write_cleaner_checkpoint(std::size_t dir_index) {
  std::map<topic_partition, offset> entries;
  for (const auto& [tp, o] : cleaner_checkpoints_) {
    if (auto it = logs_.find(tp); it != logs_.end() && it->second.dir_index == dir_index) entries[tp] = o;
  }
  return checkpoint_file::write_offsets(config_.log_dirs[dir_index] / cleaner_file, entries,
                                        config_.fs->syncs_to_disk());
}

}  // namespace gannet::storage
