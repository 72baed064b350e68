// replica_fetcher_config_from (gannet/cluster/replica_fetcher.h): the replica.* properties.

#include "gannet/cluster/replica_fetcher.h"
#include "gannet/config/config_error.h"
#include "gannet/config/definitions.h"

namespace gannet::cluster {
namespace {

// The property's value in the layers, else its default. Values were validated at load time;
// one that does not parse here is a bug, reported as config_error like a load failure.
std::int64_t int_property(const config::broker_layers& layers, std::string_view name) {
  const config::config_key* key = config::find_broker_key(name);
  if (key == nullptr)
    throw config::config_error(std::string(name), "No definition for configuration " + std::string(name));
  const std::optional<std::string> text = layers.value_of(name);  // the default when unset
  if (!text) throw config::config_error(std::string(name), "No value for configuration " + std::string(name));
  const config::parsed_value v = config::parse_value(*key, *text);
  if (!v.ok()) throw config::config_error(std::string(name), v.error);
  return std::get<std::int64_t>(v.value);
}

}  // namespace

replica_fetcher_config replica_fetcher_config_from(const config::broker_layers& layers, std::int32_t broker_id,
                                                   std::int64_t broker_epoch) {
  replica_fetcher_config c;
  c.broker_id = broker_id;
  c.broker_epoch = broker_epoch;
  c.fetch_max_bytes = static_cast<std::int32_t>(int_property(layers, "replica.fetch.max.bytes"));
  c.fetch_response_max_bytes = static_cast<std::int32_t>(int_property(layers, "replica.fetch.response.max.bytes"));
  c.fetch_wait_max_ms = static_cast<std::int32_t>(int_property(layers, "replica.fetch.wait.max.ms"));
  c.fetch_min_bytes = static_cast<std::int32_t>(int_property(layers, "replica.fetch.min.bytes"));
  c.fetch_backoff = std::chrono::milliseconds(int_property(layers, "replica.fetch.backoff.ms"));
  c.socket_timeout = std::chrono::milliseconds(int_property(layers, "replica.socket.timeout.ms"));
  c.socket_receive_buffer_bytes =
      static_cast<std::int32_t>(int_property(layers, "replica.socket.receive.buffer.bytes"));
  c.num_fetchers = static_cast<std::int32_t>(int_property(layers, "num.replica.fetchers"));
  return c;
}

}  // namespace gannet::cluster
