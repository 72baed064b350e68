#pragma once
// Which group_store the broker's group coordinator persists through: the
// log-backed store over __consumer_offsets (group_log_store).

#include <memory>

#include "gannet/groups/group_store.h"

namespace gannet::broker {

struct broker_state;

std::unique_ptr<groups::group_store> make_group_store(broker_state& s);

}  // namespace gannet::broker
