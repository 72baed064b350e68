#pragma once
// The value of a `records` field (a set of record batches, encoded like `bytes`).
//
// It holds one of:
//  - null (length -1 / compact 0);
//  - a view of bytes it does not own: after decoding, a view into the request buffer (never
//    copied: the buffer must outlive the message); when encoding, any caller-owned bytes;
//  - a list of file slices, for a Fetch response: the writer emits the length prefix and
//    records splices, so net sends the log's bytes with sendfile (zero copy).
// Format of the batches themselves: docs/protocol.md and gannet::records.

#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "gannet/common/file_slice.h"

namespace gannet::protocol {

class records {
 public:
  enum class kind : std::uint8_t { null, view, slices };

  // An empty, non-null set.
  records() = default;
  static records null() {
    records r;
    r.kind_ = kind::null;
    return r;
  }
  static records from_view(std::span<const std::uint8_t> bytes) {
    records r;
    r.view_ = bytes;
    return r;
  }
  static records from_slices(std::vector<file_slice> slices) {
    records r;
    r.kind_ = kind::slices;
    r.slices_ = std::move(slices);
    return r;
  }

  kind content() const { return kind_; }
  bool is_null() const { return kind_ == kind::null; }
  // The bytes of a view (empty for null and slices).
  std::span<const std::uint8_t> view() const { return view_; }
  const std::vector<file_slice>& slices() const { return slices_; }
  // Encoded length of the content, without the length prefix.
  std::size_t size_bytes() const {
    if (kind_ != kind::slices) return view_.size();
    std::size_t n = 0;
    for (const auto& s : slices_)
      n += static_cast<std::size_t>(s.length);
    return n;
  }

  // Views compare by content; slices by file, position and length.
  bool operator==(const records& o) const;

 private:
  kind kind_ = kind::view;
  std::span<const std::uint8_t> view_;
  std::vector<file_slice> slices_;
};

}  // namespace gannet::protocol
