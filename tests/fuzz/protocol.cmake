# Request decoding (header + body, any api key and version); corpus: captured client requests.
gannet_add_fuzz(request_decode SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/request_decode_fuzz.cc DEPS gannet::protocol)
# Sequences of requests through a whole broker in process (dispatcher, handlers, storage in a scratch dir).
# Replay only for now: the libFuzzer build uses Debian 12's clang 14, which cannot compile the
# broker's coroutines with debug info ("error: Cannot represent a difference across sections",
# every coroutine file of src/broker and src/net). The replay (the Release build's ctest) runs the
# corpus, its truncations and mutations, and 2,000 random inputs. Not in the sanitizer build yet:
# the in-process broker is never stopped (its pending requests refer to it), and a clean stop at
# exit is still to be written.
gannet_add_fuzz(request_sequence REPLAY_ONLY SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/request_sequence_fuzz.cc
  DEPS gannet::broker gannet::config)
