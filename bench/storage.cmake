# Storage benchmarks: append / read throughput, recovery per GB, opening 10,000 partitions.
# Figures and commands: docs/storage.md.
gannet_add_bench(storage_bench SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/storage_bench.cc DEPS gannet::storage gannet::records)
