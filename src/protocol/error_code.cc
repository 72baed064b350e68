#include "gannet/protocol/error_code.h"

namespace gannet::protocol {

std::string_view error_code_name(error_code e) {
  switch (e) {
#define GANNET_X(e, name, code, message) \
  case error_code::e:                    \
    return name;
    GANNET_PROTOCOL_ERROR_CODES(GANNET_X)
#undef GANNET_X
  }
  return "UNKNOWN";
}

std::string_view error_code_message(error_code e) {
  switch (e) {
#define GANNET_X(e, name, code, message) \
  case error_code::e:                    \
    return message;
    GANNET_PROTOCOL_ERROR_CODES(GANNET_X)
#undef GANNET_X
  }
  return "";
}

bool is_known_error_code(std::int16_t code) {
  switch (code) {
#define GANNET_X(e, name, code, message) case code:
    GANNET_PROTOCOL_ERROR_CODES(GANNET_X)
#undef GANNET_X
    return true;
    default:
      return false;
  }
}

}  // namespace gannet::protocol
