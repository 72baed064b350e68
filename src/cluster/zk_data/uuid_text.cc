// Kafka's Uuid.toString / Uuid.fromString: URL-safe base64 (RFC 4648 §5) of
// the 16 bytes, written without padding.
#include <string>

#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}
}  // namespace

std::string uuid_to_string(const protocol::uuid& id) {
  std::string out;
  out.reserve(22);
  for (std::size_t i = 0; i < 16; i += 3) {
    std::uint32_t chunk = static_cast<std::uint32_t>(id[i]) << 16;
    if (i + 1 < 16) chunk |= static_cast<std::uint32_t>(id[i + 1]) << 8;
    if (i + 2 < 16) chunk |= id[i + 2];
    out.push_back(alphabet[(chunk >> 18) & 63]);
    out.push_back(alphabet[(chunk >> 12) & 63]);
    if (i + 1 < 16) out.push_back(alphabet[(chunk >> 6) & 63]);
    if (i + 2 < 16) out.push_back(alphabet[chunk & 63]);
  }
  return out;
}

result<protocol::uuid> uuid_from_string(std::string_view text) {
  if (text.size() == 24 && text.substr(22) == "==") text = text.substr(0, 22);
  if (text.size() != 22) return make_error_code(zk_data_errc::invalid_value);
  protocol::uuid id{};
  std::uint32_t acc = 0;
  int bits = 0;
  std::size_t out = 0;
  for (char c : text) {
    int v = sextet(c);
    if (v < 0) return make_error_code(zk_data_errc::invalid_value);
    acc = (acc << 6) | static_cast<std::uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      id[out++] = static_cast<std::uint8_t>(acc >> bits);
    }
  }
  // The last character carries 2 unused bits; Java's decoder ignores them.
  return id;
}

}  // namespace gannet::cluster
