#pragma once
// run_on (gannet/common/run_on.h) where the fetcher calls it.

#include "gannet/common/run_on.h"

namespace gannet::cluster::fetcher_detail {
using gannet::run_on;
}  // namespace gannet::cluster::fetcher_detail
