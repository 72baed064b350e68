// gannet_config_docs: prints docs/configuration.md.
//   ./build/src/config/gannet_config_docs > docs/configuration.md

#include <iostream>

#include "gannet/config/docs.h"

int main() {
  std::cout << gannet::config::render_configuration_markdown();
  return 0;
}
