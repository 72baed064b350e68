#include "producer_id_manager.h"

#include <fstream>

namespace gannet::broker {

result<void> producer_id_manager::load() {
  std::lock_guard lock(mutex_);
  std::ifstream in(file_);
  std::int64_t end = 0;
  if (in >> end && end > 0) {
    next_ = end;
    block_end_ = end;
  }
  return {};
}

result<std::int64_t> producer_id_manager::next() {
  std::lock_guard lock(mutex_);
  if (next_ >= block_end_) {
    std::int64_t end = next_ + block_size;
    auto tmp = file_;
    tmp += ".tmp";
    {
      std::ofstream out(tmp, std::ios::trunc);
      out << end << "\n";
      out.flush();
      if (!out) return std::error_code(errno ? errno : EIO, std::generic_category());
    }
    std::error_code ec;
    std::filesystem::rename(tmp, file_, ec);
    if (ec) return ec;
    block_end_ = end;
  }
  return next_++;
}

}  // namespace gannet::broker
