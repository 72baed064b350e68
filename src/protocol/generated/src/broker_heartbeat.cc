// generated from BrokerHeartbeatRequest.json, BrokerHeartbeatResponse.json; do not edit
#include "gannet/protocol/messages/broker_heartbeat.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void broker_heartbeat_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->broker_id = r.read_int32();
  this->broker_epoch = r.read_int64();
  this->current_metadata_offset = r.read_int64();
  this->want_fence = r.read_bool();
  this->want_shut_down = r.read_bool();
  const std::uint32_t tagged_count = r.read_uvarint();
  for (std::uint32_t t = 0; t < tagged_count && r.ok(); ++t) {
    const std::uint32_t tag = r.read_uvarint();
    ::gannet::protocol::reader tr = r.sub_reader(r.read_uvarint());
    switch (tag) {
      case 0: {
        if (version >= 1) {
          {
            const std::int32_t n1 = tr.read_array_length(true);
            if (n1 < 0) {
              tr.fail();
            } else {
              auto& v2 = this->offline_log_dirs;
              v2.clear();
              v2.reserve(static_cast<std::size_t>(n1));
              for (std::int32_t i3 = 0; i3 < n1 && tr.ok(); ++i3) {
                v2.emplace_back() = tr.read_uuid();
              }
            }
          }
        }
        break;
      }
      default:
        break;
    }
    if (!tr.ok()) r.fail();
  }
}

void broker_heartbeat_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->broker_id);
  w.write_int64(this->broker_epoch);
  w.write_int64(this->current_metadata_offset);
  w.write_bool(this->want_fence);
  w.write_bool(this->want_shut_down);
  if (!(version >= 1) && !(this->offline_log_dirs.empty())) w.fail();
  std::uint32_t tagged_count = 0;
  if ((version >= 1) && !(this->offline_log_dirs.empty())) ++tagged_count;
  w.write_uvarint(tagged_count);
  if ((version >= 1) && !(this->offline_log_dirs.empty())) {
    w.write_uvarint(0);
    std::size_t fs = 0;
    fs += ::gannet::protocol::wire::array_length_size(this->offline_log_dirs.size(), true);
    fs += this->offline_log_dirs.size() * 16;
    w.write_uvarint(static_cast<std::uint32_t>(fs));
    w.write_array_length(this->offline_log_dirs.size(), true);
    for (const auto& e4 : this->offline_log_dirs) {
      w.write_uuid(e4);
    }
  }
}

std::size_t broker_heartbeat_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 8;
  n += 8;
  n += 1;
  n += 1;
  std::uint32_t tagged_count = 0;
  if ((version >= 1) && !(this->offline_log_dirs.empty())) {
    std::size_t fs = 0;
    fs += ::gannet::protocol::wire::array_length_size(this->offline_log_dirs.size(), true);
    fs += this->offline_log_dirs.size() * 16;
    n += ::gannet::protocol::wire::uvarint_size(0) + ::gannet::protocol::wire::uvarint_size(static_cast<std::uint32_t>(fs)) + fs;
    ++tagged_count;
  }
  n += ::gannet::protocol::wire::uvarint_size(tagged_count);
  return n;
}

void broker_heartbeat_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->is_caught_up = r.read_bool();
  this->is_fenced = r.read_bool();
  this->should_shut_down = r.read_bool();
  r.skip_tagged_fields();
}

void broker_heartbeat_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_bool(this->is_caught_up);
  w.write_bool(this->is_fenced);
  w.write_bool(this->should_shut_down);
  w.write_uvarint(0);
}

std::size_t broker_heartbeat_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += 1;
  n += 1;
  n += 1;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
