# Log recovery from arbitrary segment, index and checkpoint files (src/storage).
gannet_add_fuzz(log_recovery SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/log_recovery_fuzz.cc DEPS gannet::storage gannet::records)
