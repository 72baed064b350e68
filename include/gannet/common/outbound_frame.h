#pragma once
// One response as it goes on the wire: the encoded bytes (starting with the
// int32 size prefix), with file ranges spliced in at given positions. A Fetch
// response's record bytes are such splices: net sends them with sendfile, so
// the log's bytes are never copied through user space.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "gannet/common/file_slice.h"

namespace gannet {

struct outbound_frame {
  struct splice {
    std::size_t at = 0;  // the slice's bytes go before bytes[at]
    file_slice slice;
  };

  std::vector<std::uint8_t> bytes;
  std::vector<splice> splices;  // ordered by `at`

  std::size_t wire_size() const {
    std::size_t n = bytes.size();
    for (const auto& s : splices)
      n += static_cast<std::size_t>(s.slice.length);
    return n;
  }
};

}  // namespace gannet
