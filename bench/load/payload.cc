#include "payload.h"

#include <chrono>
#include <cstring>
#include <random>

namespace gannet::bench {

std::vector<std::string> make_payloads(std::size_t size, std::size_t count) {
  static const char* const kEvents[] = {"page_view", "add_to_cart", "checkout", "search", "login"};
  std::mt19937_64 rng(42);
  std::vector<std::string> out;
  out.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    std::string v(16, '\0');  // the stamp
    while (v.size() < size) {
      v += "{\"user\":" + std::to_string(rng() % 1000000) + ",\"event\":\"" + kEvents[rng() % 5] +
           "\",\"item\":" + std::to_string(rng() % 100000) + ",\"price\":" + std::to_string(rng() % 10000) +
           ",\"session\":\"" + std::to_string(rng()) + "\"}\n";
    }
    v.resize(size);
    out.push_back(std::move(v));
  }
  return out;
}

void write_stamp(std::string& value, stamp s) {
  std::memcpy(value.data(), &s.send_ns, 8);
  std::memcpy(value.data() + 8, &s.seq, 8);
}

stamp read_stamp(const void* value) {
  stamp s{};
  std::memcpy(&s.send_ns, value, 8);
  std::memcpy(&s.seq, static_cast<const char*>(value) + 8, 8);
  return s;
}

std::int64_t now_ns() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

}  // namespace gannet::bench
