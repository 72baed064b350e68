#pragma once
// Request and response headers: which header version an (api key, api version) pair uses,
// and decoding / encoding them. Derived from the schemas' flexibleVersions (api_keys.h):
//  - request header v2 for flexible versions, v1 otherwise, v0 only for ControlledShutdown v0;
//  - response header v1 for flexible versions, v0 otherwise, and always v0 for ApiVersions so
//    that a client can parse the answer whatever version it asked for (KIP-511).
// Versions above an API's maximum count as flexible when the API ever is (so an ApiVersions
// v127 request still decodes, and gets its UNSUPPORTED_VERSION answer in the v0 layout).

#include <cstdint>

#include "gannet/common/outbound_frame.h"
#include "gannet/protocol/api_keys.h"
#include "gannet/protocol/messages/request_header.h"
#include "gannet/protocol/messages/response_header.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/writer.h"

namespace gannet::protocol {

// -1 when the API key is unknown.
constexpr std::int16_t request_header_version(std::int16_t key, std::int16_t version) {
  const api_info* api = find_api(key);
  if (api == nullptr) return -1;
  if (key == static_cast<std::int16_t>(api_key::controlled_shutdown) && version == 0) return 0;
  return api->flexible(version) ? 2 : 1;
}

// -1 when the API key is unknown.
constexpr std::int16_t response_header_version(std::int16_t key, std::int16_t version) {
  const api_info* api = find_api(key);
  if (api == nullptr) return -1;
  if (key == static_cast<std::int16_t>(api_key::api_versions)) return 0;
  return api->flexible(version) ? 1 : 0;
}

// Decodes the header at the start of a request (after the frame's size prefix), choosing
// its version from the api key and version it starts with. For an unknown api key it
// decodes a v1 header, so the caller still learns the correlation id. Returns the header
// version, or -1 with r failed on malformed input.
std::int16_t decode_request_header(reader& r, request_header& h);

// Starts a response frame: a placeholder size prefix, then the response header.
void begin_response(outbound_frame& f, std::int32_t correlation_id, std::int16_t header_version);
// Patches the size prefix of a frame started with begin_response, once the body is written.
void finish_response(outbound_frame& f);

// One response frame: size prefix, header (version from response_header_version), body.
// Returns false when the body cannot be encoded at this version (see writer).
template <class Response>
bool encode_response(outbound_frame& f, std::int32_t correlation_id, std::int16_t version, const Response& body) {
  std::int16_t hv = response_header_version(Response::message_api_key, version);
  begin_response(f, correlation_id, hv < 0 ? 0 : hv);
  writer w(f);
  body.encode(w, version);
  finish_response(f);
  return w.ok();
}

}  // namespace gannet::protocol
