# Record batch v2 benchmarks (CRC-32C, validation, iteration, codecs).
gannet_add_bench(records_bench SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/records_bench.cc DEPS gannet::records)
