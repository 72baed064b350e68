# The configuration loader: config file (YAML / server.properties), KAFKA_* environment, --override.
gannet_add_fuzz(config_load SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/config_load_fuzz.cc DEPS gannet::config)
