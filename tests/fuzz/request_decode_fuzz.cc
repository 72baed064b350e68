// Fuzzes request decoding: a frame (without its size prefix) = request header + body, for
// any api key and version. Decoding must never crash or read out of bounds; whatever
// decodes must re-encode to exactly size() bytes, and encoding is stable across a second
// decode/encode round.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <type_traits>

#include "gannet/protocol/headers.h"
#include "gannet/protocol/visit.h"

namespace {

template <class T>
void check(gannet::protocol::reader& r, std::int16_t version) {
  using namespace gannet::protocol;
  T msg;
  msg.decode(r, version);
  if (!r.ok()) return;
  gannet::outbound_frame f;
  writer w(f);
  msg.encode(w, version);
  if (!w.ok()) std::abort();  // what decodes must encode
  if (msg.size(version) != f.bytes.size()) std::abort();
  T again;
  reader r2(f.bytes);
  again.decode(r2, version);
  if (!r2.ok() || r2.remaining() != 0) std::abort();
  gannet::outbound_frame f2;
  writer w2(f2);
  again.encode(w2, version);
  if (f2.bytes != f.bytes) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace gannet::protocol;
  reader r(std::span<const std::uint8_t>(data, size));
  request_header h;
  if (decode_request_header(r, h) < 0) return 0;
  visit_request(h.request_api_key, [&]<class T>(std::type_identity<T>) {
    if constexpr (!std::is_void_v<T>) check<T>(r, h.request_api_version);
  });
  return 0;
}
