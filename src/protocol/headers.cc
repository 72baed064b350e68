#include "gannet/protocol/headers.h"

#include <cstdint>

namespace gannet::protocol {

std::int16_t decode_request_header(reader& r, request_header& h) {
  reader peek = r;
  const std::int16_t key = peek.read_int16();
  const std::int16_t version = peek.read_int16();
  if (!peek.ok()) {
    r.fail();
    return -1;
  }
  std::int16_t hv = request_header_version(key, version);
  if (hv < 0) hv = 1;
  h.decode(r, hv);
  return r.ok() ? hv : -1;
}

void begin_response(outbound_frame& f, std::int32_t correlation_id, std::int16_t header_version) {
  writer w(f);
  w.write_int32(0);  // size, patched by finish_response
  response_header h;
  h.correlation_id = correlation_id;
  h.encode(w, header_version);
}

void finish_response(outbound_frame& f) {
  const std::size_t n = f.wire_size() - 4;
  const auto v = static_cast<std::uint32_t>(n);
  f.bytes[0] = static_cast<std::uint8_t>(v >> 24);
  f.bytes[1] = static_cast<std::uint8_t>(v >> 16);
  f.bytes[2] = static_cast<std::uint8_t>(v >> 8);
  f.bytes[3] = static_cast<std::uint8_t>(v);
}

}  // namespace gannet::protocol
