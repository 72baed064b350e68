#include "dispatcher.h"

#include <algorithm>

#include "gannet/common/logging.h"
#include "gannet/protocol/api_keys.h"
#include "gannet/protocol/messages/api_versions.h"
#include "handlers/handlers.h"
#include "request_context.h"

namespace gannet::broker {
namespace {

const handler_entry* find_handler(std::int16_t key, bool zk_mode) {
  auto table = handler_table();
  auto it = std::find_if(table.begin(), table.end(),
                         [&](const handler_entry& e) { return e.key == key && (zk_mode || !e.zk_only); });
  return it == table.end() ? nullptr : &*it;
}

// KIP-511: an ApiVersions request at a version we do not know is answered in
// the v0 layout (response header v0) with UNSUPPORTED_VERSION and our ranges,
// so the client can retry with a version both sides know.
net::handler_result unsupported_api_versions(std::int32_t correlation_id, bool zk_mode) {
  protocol::api_versions_response resp;
  resp.error_code = protocol::error_code::unsupported_version;
  for (const auto& e : handler_table())
    if (zk_mode || !e.zk_only) resp.api_keys.push_back({e.key, e.min_version, e.max_version});
  outbound_frame f;
  protocol::encode_response(f, correlation_id, 0, resp);
  return net::handler_result::respond(std::move(f));
}

}  // namespace

boost::asio::awaitable<net::handler_result> dispatch(broker_state& s, net::request_frame frame,
                                                     net::connection_context& conn) {
  protocol::reader r(frame.bytes);
  protocol::request_header header;
  if (protocol::decode_request_header(r, header) < 0 || !r.ok()) {
    log::warn("closing connection {} from {}: malformed request header ({} bytes)", conn.id,
              conn.remote_endpoint.address().to_string(), frame.bytes.size());
    co_return net::handler_result::close("malformed request header");
  }
  const bool zk_mode = s.zk != nullptr;
  const handler_entry* h = find_handler(header.request_api_key, zk_mode);
  if (h == nullptr) {
    log::warn("closing connection {} from {}: unsupported api key {} (client {})", conn.id,
              conn.remote_endpoint.address().to_string(), header.request_api_key, header.client_id.value_or(""));
    co_return net::handler_result::close("unsupported api key");
  }
  std::int16_t v = header.request_api_version;
  if (v < h->min_version || v > h->max_version) {
    if (header.request_api_key == static_cast<std::int16_t>(protocol::api_key::api_versions)) {
      co_return unsupported_api_versions(header.correlation_id, zk_mode);
    }
    // Kafka too refuses to parse such a request and closes the connection.
    log::warn("closing connection {} from {}: {} v{} is not supported (v{}-{})", conn.id,
              conn.remote_endpoint.address().to_string(), protocol::find_api(h->key)->name, v, h->min_version,
              h->max_version);
    co_return net::handler_result::close("unsupported version");
  }
  request_context ctx{s, conn, frame, std::move(header), r};
  co_return co_await h->fn(ctx);
}

}  // namespace gannet::broker
