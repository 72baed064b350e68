#include "gannet/config/properties.h"

#include <gtest/gtest.h>

namespace gannet::config {
namespace {

using entries = std::vector<std::pair<std::string, std::string>>;

TEST(PropertiesTest, ReadsSeparatorsAndComments) {
  EXPECT_EQ(parse_properties("# comment\n! also comment\n\n  a=1\nb: 2\nc 3\nd\t=  4  \ne=\nf\n"),
            (entries{{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4  "}, {"e", ""}, {"f", ""}}));
}

TEST(PropertiesTest, JoinsContinuationLines) {
  EXPECT_EQ(parse_properties("listeners=PLAINTEXT://a:1,\\\n    PLAINTEXT2://b:2\nx=y"),
            (entries{{"listeners", "PLAINTEXT://a:1,PLAINTEXT2://b:2"}, {"x", "y"}}));
  // An even number of backslashes is an escaped backslash, not a continuation.
  EXPECT_EQ(parse_properties("path=c:\\\\\nnext=1"), (entries{{"path", "c:\\"}, {"next", "1"}}));
  // A continuation line starting with # is not a comment.
  EXPECT_EQ(parse_properties("a=1\\\n#2\n"), (entries{{"a", "1#2"}}));
}

TEST(PropertiesTest, DecodesEscapes) {
  EXPECT_EQ(parse_properties("k\\=ey=v\\tal\\nue\\u00e9\\:x\r\nb=2"),
            (entries{{"k=ey", "v\tal\nue\xC3\xA9:x"}, {"b", "2"}}));
  EXPECT_EQ(parse_properties("my\\ key = value"), (entries{{"my key", "value"}}));
}

TEST(PropertiesTest, WriteThenParseRoundTrips) {
  property_map values = {{"retention.ms", "100"},
                         {"cleanup.policy", "compact,delete"},
                         {"weird key=:#!", " leading space\\ and\ttab\nnewline"},
                         {"empty", ""}};
  std::string text = write_properties(values, "topic overrides");
  EXPECT_TRUE(text.starts_with("#topic overrides\n"));
  property_map back;
  for (auto& [k, v] : parse_properties(text))
    back[k] = v;
  EXPECT_EQ(back, values);
}

}  // namespace
}  // namespace gannet::config
