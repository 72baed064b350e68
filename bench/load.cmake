# kafka_load (bench/load/): the librdkafka producer/consumer benchmark that
# scripts/run-bench.sh runs against Gannet and Apache Kafka. Not in the default
# build (`all`): run-bench.sh builds it; it needs Debian's librdkafka-dev.
pkg_check_modules(RDKAFKA IMPORTED_TARGET rdkafka)
if(RDKAFKA_FOUND)
  add_executable(kafka_load EXCLUDE_FROM_ALL
    ${CMAKE_CURRENT_SOURCE_DIR}/load/main.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/load/options.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/load/payload.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/load/proc_cpu.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/load/rdkafka_client.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/load/produce.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/load/consume.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/load/latency.cc)
  target_link_libraries(kafka_load PRIVATE PkgConfig::RDKAFKA Threads::Threads)
endif()
