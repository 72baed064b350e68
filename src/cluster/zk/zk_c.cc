// The C client's codes, stats and log, as zk_client and spdlog see them.

#include "zk_c.h"

#include <cstdio>
#include <mutex>

#include "gannet/common/logging.h"

namespace gannet::cluster::zk_c {

std::error_code to_error(int rc) {
  switch (rc) {
    case ZOK:
      return zk_errc::ok;
    case ZNONODE:
      return zk_errc::no_node;
    case ZNODEEXISTS:
      return zk_errc::node_exists;
    case ZBADVERSION:
      return zk_errc::bad_version;
    case ZNOTEMPTY:
      return zk_errc::not_empty;
    case ZNOCHILDRENFOREPHEMERALS:
      return zk_errc::no_children_for_ephemerals;
    case ZCONNECTIONLOSS:
      return zk_errc::connection_loss;
    // ZINVALIDSTATE: the handle is expired (or failed auth) and takes no more requests.
    case ZSESSIONEXPIRED:
    case ZINVALIDSTATE:
      return zk_errc::session_expired;
    case ZOPERATIONTIMEOUT:
      return zk_errc::operation_timeout;
    case ZAUTHFAILED:
    case ZNOAUTH:
      return zk_errc::auth_failed;
    case ZBADARGUMENTS:
      return zk_errc::bad_arguments;
    case ZCLOSING:
      return zk_errc::closing;
    default:
      log::warn("zookeeper: unexpected result {} ({})", rc, zerror(rc));
      return zk_errc::system_error;
  }
}

zk_stat to_stat(const Stat& s) {
  return zk_stat{.czxid = s.czxid,
                 .mzxid = s.mzxid,
                 .ctime = s.ctime,
                 .mtime = s.mtime,
                 .version = s.version,
                 .cversion = s.cversion,
                 .aversion = s.aversion,
                 .ephemeral_owner = s.ephemeralOwner,
                 .data_length = s.dataLength,
                 .num_children = s.numChildren,
                 .pzxid = s.pzxid};
}

int to_flags(zk_create_mode mode) {
  switch (mode) {
    case zk_create_mode::persistent:
      return 0;
    case zk_create_mode::ephemeral:
      return ZOO_EPHEMERAL;
    case zk_create_mode::persistent_sequential:
      return ZOO_SEQUENCE;
    case zk_create_mode::ephemeral_sequential:
      return ZOO_EPHEMERAL | ZOO_SEQUENCE;
  }
  return 0;
}

std::string_view state_name(int state) {
  // The C client's states are extern ints, not constants: no switch.
  if (state == ZOO_CONNECTED_STATE) return "CONNECTED";
  if (state == ZOO_READONLY_STATE) return "CONNECTEDREADONLY";
  if (state == ZOO_ASSOCIATING_STATE) return "ASSOCIATING";
  if (state == ZOO_AUTH_FAILED_STATE) return "AUTH_FAILED";
  if (state == ZOO_EXPIRED_SESSION_STATE) return "CLOSED";
  if (state == ZOO_NOTCONNECTED_STATE) return "NOT_CONNECTED";
  // 0 (a handle that has not started) and ZOO_CONNECTING_STATE.
  return "CONNECTING";
}

bool to_event_type(int type, zk_event_type& out) {
  if (type == ZOO_CREATED_EVENT)
    out = zk_event_type::created;
  else if (type == ZOO_DELETED_EVENT)
    out = zk_event_type::deleted;
  else if (type == ZOO_CHANGED_EVENT)
    out = zk_event_type::data_changed;
  else if (type == ZOO_CHILD_EVENT)
    out = zk_event_type::children_changed;
  else
    return false;
  return true;
}

void log_callback(const char* message) {
  // The C client formats "time:pid(0xtid):ZOO_LEVEL@function@line: text\n"; only
  // warn and error reach here (route_log sets the level).
  std::string_view m(message ? message : "");
  while (!m.empty() && (m.back() == '\n' || m.back() == '\r'))
    m.remove_suffix(1);
  if (m.find(":ZOO_ERROR@") != std::string_view::npos) {
    log::error("zookeeper client: {}", m);
  } else {
    log::warn("zookeeper client: {}", m);
  }
}

namespace {

// What the C client writes to its global stream (messages logged without a
// handle) goes to spdlog line by line.
ssize_t write_to_log(void*, const char* buf, size_t size) {
  log_callback(std::string(buf, size).c_str());
  return static_cast<ssize_t>(size);
}

}  // namespace

void route_log() {
  static std::once_flag once;
  std::call_once(once, [] {
    zoo_set_debug_level(ZOO_LOG_LEVEL_WARN);
    cookie_io_functions_t io{.read = nullptr, .write = write_to_log, .seek = nullptr, .close = nullptr};
    if (FILE* f = fopencookie(nullptr, "w", io)) {
      setvbuf(f, nullptr, _IOLBF, 4096);
      zoo_set_log_stream(f);  // lives as long as the process
    }
  });
}

}  // namespace gannet::cluster::zk_c
