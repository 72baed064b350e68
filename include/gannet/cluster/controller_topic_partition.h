#pragma once
// The controller names partitions as storage does (topic, partition).

#include "gannet/storage/topic_partition.h"

namespace gannet::cluster {

using storage::topic_partition;

}  // namespace gannet::cluster
