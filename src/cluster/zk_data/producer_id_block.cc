// /latest_producer_id_block: Kafka's ProducerIdBlockZNode (ZkData.scala, 3.9).
#include "gannet/cluster/zk_data.h"
#include "json_in.h"
#include "json_out.h"

namespace gannet::cluster {

std::string encode_producer_id_block(const producer_id_block& block) {
  // An immutable Map of four entries (insertion order); the ids are strings.
  return json_out::object({
      {"version", json_out::number(1)},
      {"broker", json_out::number(block.broker)},
      {"block_start", json_out::string(std::to_string(block.block_start))},
      {"block_end", json_out::string(std::to_string(block.block_end))},
  });
}

result<producer_id_block> decode_producer_id_block(std::string_view data) {
  auto o = json_in::parse_object(data);
  if (!o) return o.error();
  producer_id_block b;
  auto version = json_in::optional_int32(*o, "version");
  b.version = version && *version ? **version : 0;
  auto broker = json_in::required_int32(*o, "broker");
  if (!broker) return broker.error();
  b.broker = *broker;
  auto start = json_in::required_string(*o, "block_start");
  if (!start) return start.error();
  auto end = json_in::required_string(*o, "block_end");
  if (!end) return end.error();
  auto first = json_in::parse_java_long(*start), last = json_in::parse_java_long(*end);
  if (!first || !last) return make_error_code(zk_data_errc::invalid_value);
  // Kafka turns the range into an int block size (Math.toIntExact(end - start + 1)),
  // which fails for a range an int cannot hold.
  if (*last < *first - 1 || *last - *first >= INT32_MAX) return make_error_code(zk_data_errc::invalid_value);
  b.block_start = *first;
  b.block_end = *last;
  return b;
}

}  // namespace gannet::cluster
