#include "group_store_factory.h"

#include "broker_state.h"
#include "gannet/groups/memory_group_store.h"

namespace gannet::broker {

std::unique_ptr<groups::group_store> make_group_store(broker_state& s) {
  return std::make_unique<groups::memory_group_store>(std::max(1, s.cfg.offsets_topic_num_partitions));
}

}  // namespace gannet::broker
