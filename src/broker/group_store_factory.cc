#include "group_store_factory.h"

#include "broker_state.h"
#include "group_log_store.h"

namespace gannet::broker {

// Groups and committed offsets live in __consumer_offsets (docs/consumer-groups.md,
// "Internal topic"), so they survive restarts.
std::unique_ptr<groups::group_store> make_group_store(broker_state& s) { return std::make_unique<group_log_store>(s); }

}  // namespace gannet::broker
