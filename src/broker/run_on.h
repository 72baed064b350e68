#pragma once
// run_on (gannet/common/run_on.h) under the broker's namespace, where the
// handlers call it unqualified.

#include "gannet/common/run_on.h"

namespace gannet::broker {
using gannet::run_on;
}  // namespace gannet::broker
