#pragma once

namespace gannet {
const char* version_string();
}
