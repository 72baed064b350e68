#include "gannet/config/listeners.h"

#include <gtest/gtest.h>

#include "gannet/config/config_error.h"

namespace gannet::config {
namespace {

const std::map<std::string, std::string> protocols = {
    {"PLAINTEXT", "PLAINTEXT"}, {"SSL", "SSL"}, {"INTERNAL", "PLAINTEXT"}};

std::string error_of(std::string_view key, std::string_view value) {
  try {
    parse_listeners(key, value, protocols);
  } catch (const config_error& e) {
    EXPECT_EQ(e.key(), key);
    return e.what();
  }
  return "";
}

TEST(ListenersTest, ParsesNameHostAndPort) {
  auto eps =
      parse_listeners("listeners", "PLAINTEXT://:9092, ssl://broker-1.example:9093,INTERNAL://[::1]:9094", protocols);
  ASSERT_EQ(eps.size(), 3u);
  EXPECT_EQ(eps[0], (endpoint{"PLAINTEXT", "", 9092, "PLAINTEXT"}));
  EXPECT_EQ(eps[1], (endpoint{"SSL", "broker-1.example", 9093, "SSL"}));
  EXPECT_EQ(eps[2], (endpoint{"INTERNAL", "::1", 9094, "PLAINTEXT"}));
  EXPECT_EQ(eps[2].to_string(), "INTERNAL://[::1]:9094");
}

TEST(ListenersTest, RejectsMalformedEntriesNamingTheKey) {
  EXPECT_EQ(error_of("listeners", "localhost:9092"),
            "Invalid value localhost:9092 for configuration listeners: Unable to parse localhost:9092 to a broker "
            "endpoint");
  EXPECT_EQ(error_of("listeners", "FOO://:9092"),
            "Invalid value FOO://:9092 for configuration listeners: No security protocol defined for listener FOO");
  EXPECT_NE(
      error_of("listeners", "PLAINTEXT://:9092,PLAINTEXT://:9093").find("Each listener must have a different name"),
      std::string::npos);
  EXPECT_NE(error_of("listeners", "PLAINTEXT://:9092,SSL://:9092").find("different port"), std::string::npos);
  EXPECT_NE(error_of("advertised.listeners", "PLAINTEXT://h:70000").find("Invalid port"), std::string::npos);
}

TEST(ListenersTest, ParsesSecurityProtocolMap) {
  auto m = parse_security_protocol_map("internal:PLAINTEXT, EXTERNAL:ssl");
  EXPECT_EQ(m, (std::map<std::string, std::string>{{"EXTERNAL", "SSL"}, {"INTERNAL", "PLAINTEXT"}}));
  EXPECT_THROW(parse_security_protocol_map("A:QUIC"), config_error);
}

TEST(ListenersTest, AdvertisedDefaultsToListenersWithEmptyHostResolved) {
  auto listeners = parse_listeners("listeners", "PLAINTEXT://:9092", protocols);
  auto adv = effective_advertised_listeners(listeners, nullptr, [] { return std::string("broker.local"); });
  ASSERT_EQ(adv.size(), 1u);
  EXPECT_EQ(adv[0].to_string(), "PLAINTEXT://broker.local:9092");
}

TEST(ListenersTest, NeverAdvertisesTheWildcardAddress) {
  auto listeners = parse_listeners("listeners", "PLAINTEXT://0.0.0.0:9092", protocols);
  try {
    effective_advertised_listeners(listeners, nullptr, [] { return std::string("h"); });
    FAIL();
  } catch (const config_error& e) {
    EXPECT_EQ(e.key(), "advertised.listeners");
    EXPECT_STREQ(e.what(),
                 "advertised.listeners cannot use the nonroutable meta-address 0.0.0.0. Use a routable IP address.");
  }
  auto advertised = parse_listeners("advertised.listeners", "PLAINTEXT://localhost:9092", protocols);
  EXPECT_EQ(effective_advertised_listeners(listeners, &advertised)[0].host, "localhost");
}

TEST(ListenersTest, AdvertisedNamesMustBeListeners) {
  auto listeners = parse_listeners("listeners", "PLAINTEXT://:9092", protocols);
  auto advertised = parse_listeners("advertised.listeners", "SSL://h:9093", protocols);
  EXPECT_THROW(effective_advertised_listeners(listeners, &advertised), config_error);
}

TEST(ListenersTest, CanonicalHostNameIsNeverEmpty) { EXPECT_FALSE(canonical_local_host_name().empty()); }

}  // namespace
}  // namespace gannet::config
