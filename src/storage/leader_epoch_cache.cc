#include "leader_epoch_cache.h"

#include <sstream>

#include "checkpoint_file.h"
#include "gannet/storage/errc.h"

namespace gannet::storage {

result<void> leader_epoch_cache::load() {
  auto lines = checkpoint_file::read(path_, 0);
  if (!lines) return lines.error();
  entries_.clear();
  for (const auto& l : *lines) {
    std::istringstream s(l);
    std::int32_t e = 0;
    std::int64_t o = 0;
    if (!(s >> e >> o)) return errc::corrupt_log;
    entries_.push_back({leader_epoch(e), offset(o)});
  }
  return {};
}

result<void> leader_epoch_cache::persist() {
  std::vector<std::string> lines;
  for (const auto& e : entries_)
    lines.push_back(std::to_string(e.epoch.value()) + " " + std::to_string(e.start_offset.value()));
  return checkpoint_file::write(path_, 0, lines, sync_);
}

result<void> leader_epoch_cache::assign(leader_epoch epoch, offset start) {
  if (epoch.value() < 0) return {};
  if (!entries_.empty()) {
    const auto& last = entries_.back();
    if (last.epoch == epoch && last.start_offset <= start) return {};
    if (last.epoch > epoch && last.start_offset <= start) return {};  // an older epoch's batch after a newer one
  }
  std::erase_if(entries_, [&](const epoch_entry& e) { return e.epoch >= epoch || e.start_offset >= start; });
  entries_.push_back({epoch, start});
  return persist();
}

result<void> leader_epoch_cache::truncate_from_end(offset end_offset) {
  auto n = std::erase_if(entries_, [&](const epoch_entry& e) { return e.start_offset >= end_offset; });
  return n > 0 ? persist() : result<void>{};
}

result<void> leader_epoch_cache::truncate_from_start(offset start) {
  std::size_t below = 0;
  while (below < entries_.size() && entries_[below].start_offset < start)
    ++below;
  if (below == 0) return {};
  // The last entry before `start` covers it: keep it, moved to `start`, unless
  // the next entry starts exactly there.
  epoch_entry keep{entries_[below - 1].epoch, start};
  entries_.erase(entries_.begin(), entries_.begin() + static_cast<std::ptrdiff_t>(below));
  if (entries_.empty() || entries_.front().start_offset != start) entries_.insert(entries_.begin(), keep);
  return persist();
}

result<void> leader_epoch_cache::clear() {
  entries_.clear();
  return persist();
}

std::optional<leader_epoch> leader_epoch_cache::latest_epoch() const {
  if (entries_.empty()) return std::nullopt;
  return entries_.back().epoch;
}

std::pair<leader_epoch, offset> leader_epoch_cache::end_offset_for(leader_epoch requested,
                                                                   offset log_end_offset) const {
  if (entries_.empty() || requested < entries_.front().epoch) return {leader_epoch(-1), offset(-1)};
  if (requested == entries_.back().epoch) return {requested, log_end_offset};
  for (std::size_t i = 0; i + 1 < entries_.size(); ++i) {
    if (entries_[i + 1].epoch > requested) return {entries_[i].epoch, entries_[i + 1].start_offset};
  }
  return {entries_.back().epoch, log_end_offset};
}

}  // namespace gannet::storage
