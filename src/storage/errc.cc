#include "gannet/storage/errc.h"

#include <cerrno>
#include <string>

namespace gannet::storage {
namespace {

class category final : public std::error_category {
 public:
  const char* name() const noexcept override { return "gannet.storage"; }
  std::string message(int ev) const override {
    switch (static_cast<errc>(ev)) {
      case errc::storage_error:
        return "storage I/O error";
      case errc::no_space:
        return "no space left on the log directory's device";
      case errc::offset_out_of_range:
        return "offset out of range";
      case errc::corrupt_log:
        return "corrupt log data";
      case errc::invalid_batch:
        return "invalid record batch framing";
      case errc::not_found:
        return "not found";
      case errc::already_exists:
        return "already exists";
      case errc::invalid_argument:
        return "invalid argument";
    }
    return "unknown storage error";
  }
};

}  // namespace

const std::error_category& storage_category() noexcept {
  static const category c;
  return c;
}

std::error_code from_errno(int err) noexcept {
  switch (err) {
    case ENOSPC:
    case EDQUOT:
      return errc::no_space;
    case ENOENT:
      return errc::not_found;
    case EEXIST:
      return errc::already_exists;
    default:
      return errc::storage_error;
  }
}

}  // namespace gannet::storage
