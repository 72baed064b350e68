#pragma once
// docs/configuration.md, generated from the definition tables so the two
// cannot drift: `gannet_config_docs > docs/configuration.md`, and a test
// compares the file with this output.

#include <string>

namespace gannet::config {

std::string render_configuration_markdown();

}  // namespace gannet::config
