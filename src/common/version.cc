#include "gannet/common/version.h"

namespace gannet {
const char* version_string() { return GANNET_VERSION; }
}  // namespace gannet
