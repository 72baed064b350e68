#pragma once
// Conversions between the C client's (libzookeeper-mt) values and zk_client's,
// and the routing of the C client's log into spdlog. Private to src/cluster/zk.

#include <zookeeper/zookeeper.h>

#include <string>
#include <string_view>
#include <system_error>

#include "gannet/cluster/zk_client.h"

namespace gannet::cluster::zk_c {

// A ZOO_ERRORS code as zk_errc; codes the cluster code has no use for become
// system_error, logged once here with ZooKeeper's own code and text.
std::error_code to_error(int rc);
zk_stat to_stat(const Stat& s);
int to_flags(zk_create_mode mode);
// Kafka's (Java ZooKeeper.States) name of a C client state: CONNECTING,
// ASSOCIATING, CONNECTED, CONNECTEDREADONLY, AUTH_FAILED, CLOSED, NOT_CONNECTED.
std::string_view state_name(int state);
// Maps a watch event type; false for session events (not a node's event).
bool to_event_type(int type, zk_event_type& out);

// Sets the C client's log level to warn and sends what it logs, with or
// without a handle, to spdlog instead of stderr. Idempotent, thread-safe.
void route_log();
// The per-handle log callback (zookeeper_init2).
void log_callback(const char* message);

// A node's data as the C client takes it: Kafka writes empty data as null.
inline const char* data_ptr(const std::string& d) { return d.empty() ? nullptr : d.data(); }
inline int data_len(const std::string& d) { return d.empty() ? -1 : static_cast<int>(d.size()); }

}  // namespace gannet::cluster::zk_c
