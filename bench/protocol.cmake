gannet_add_bench(protocol_bench SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/protocol_bench.cc DEPS gannet::protocol)
