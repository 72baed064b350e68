# Request decoding (header + body, any api key and version); corpus: captured client requests.
gannet_add_fuzz(request_decode SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/request_decode_fuzz.cc DEPS gannet::protocol)
