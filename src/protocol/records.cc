#include "gannet/protocol/records.h"

#include <algorithm>

namespace gannet::protocol {

bool records::operator==(const records& o) const {
  if (kind_ != o.kind_) return false;
  switch (kind_) {
    case kind::null:
      return true;
    case kind::view:
      return std::ranges::equal(view_, o.view_);
    case kind::slices:
      return std::ranges::equal(slices_, o.slices_, [](const file_slice& a, const file_slice& b) {
        return a.fd == b.fd && a.position == b.position && a.length == b.length;
      });
  }
  return false;
}

}  // namespace gannet::protocol
