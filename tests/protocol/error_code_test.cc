#include "gannet/protocol/error_code.h"

#include <gtest/gtest.h>

namespace gannet::protocol {
namespace {

TEST(ErrorCodeTest, NamesAndMessagesMatchKafka) {
  EXPECT_EQ(static_cast<int>(error_code::unsupported_version), 35);
  EXPECT_EQ(error_code_name(error_code::unsupported_version), "UNSUPPORTED_VERSION");
  EXPECT_EQ(error_code_name(error_code::unknown_server_error), "UNKNOWN_SERVER_ERROR");
  EXPECT_EQ(error_code_name(error_code::none), "NONE");
  EXPECT_EQ(error_code_message(error_code::none), "");
  EXPECT_EQ(error_code_message(error_code::request_timed_out), "The request timed out.");
  EXPECT_EQ(static_cast<int>(error_code::share_session_limit_reached), 133);
}

TEST(ErrorCodeTest, UnknownCodesHaveAName) {
  EXPECT_EQ(error_code_name(static_cast<error_code>(9999)), "UNKNOWN");
  EXPECT_FALSE(is_known_error_code(9999));
  EXPECT_TRUE(is_known_error_code(-1));
  for (int c = 0; c <= 133; ++c)
    EXPECT_TRUE(is_known_error_code(static_cast<std::int16_t>(c))) << c;
}

}  // namespace
}  // namespace gannet::protocol
