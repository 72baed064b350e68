// generated from ConsumerProtocolSubscription.json; do not edit
#include "gannet/protocol/messages/consumer_protocol_subscription.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void consumer_protocol_subscription::topic_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic = r.read_string(false);
  {
    const std::int32_t n1 = r.read_array_length(false);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
}

void consumer_protocol_subscription::topic_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic, false);
  w.write_array_length(partitions.size(), false);
  for (const auto& e4 : partitions) {
    w.write_int32(e4);
  }
}

std::size_t consumer_protocol_subscription::topic_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic, false);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), false);
  n += partitions.size() * 4;
  return n;
}

}  // namespace gannet::protocol
