#pragma once
// Fallible internal calls return result<T>: a value or a std::error_code from the
// module's own errc enum. Handlers map error codes to Kafka error codes in one place.

#include <boost/system/result.hpp>
#include <system_error>

namespace gannet {

template <class T>
using result = boost::system::result<T, std::error_code>;

}  // namespace gannet
