#pragma once
// A byte range of an open file, to be sent to a socket with sendfile (zero copy).
// Storage produces them for Fetch; the protocol writer splices them into a
// response; net sends them. The keepalive keeps the file descriptor open until the
// bytes are on the wire, even if retention deletes the segment meanwhile.

#include <cstdint>
#include <memory>

namespace gannet {

struct file_slice {
  int fd = -1;
  std::int64_t position = 0;
  std::int32_t length = 0;
  std::shared_ptr<const void> keepalive;
};

}  // namespace gannet
