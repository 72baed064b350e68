# Record batch v2 parsing (src/records): corpus from tests/records/data.
gannet_add_fuzz(batch_parse_fuzz
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/batch_parse_fuzz.cc
  DEPS gannet::records)
