// Boost.JSON in header-only mode: Debian's libboost1.81-dev ships no compiled
// libboost_json, so its implementation is compiled here, once for the module.
#include <boost/json/src.hpp>
