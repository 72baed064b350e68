// Console producer and consumer: flags, Kafka's partitioner, DefaultMessageFormatter layout.

#include <gtest/gtest.h>

#include "gannet/records/batch_builder.h"
#include "gannet/records/batch_reader.h"
#include "gannet/tools/cli_common.h"
#include "gannet/tools/console_consumer.h"
#include "gannet/tools/console_producer.h"

namespace gannet::tools {
namespace {

TEST(ConsoleProducerTest, Murmur2MatchesKafkasUtils) {
  // Values from org.apache.kafka.common.utils.Utils.murmur2 (kafka-clients 3.9.1).
  EXPECT_EQ(murmur2("21"), -973932308);
  EXPECT_EQ(murmur2("foobar"), -790332482);
  EXPECT_EQ(murmur2("a-little-bit-long-string"), -985981536);
  EXPECT_EQ(murmur2("abc"), 479470107);
  EXPECT_EQ(murmur2("key1"), 28543940);
  EXPECT_EQ(murmur2(""), 275646681);
  EXPECT_EQ(partition_for_key("21", 3), (-973932308 & 0x7fffffff) % 3);
}

TEST(ConsoleProducerTest, ParsesKeyCompressionAndAcks) {
  auto s =
      parse_producer_options({"--bootstrap-server", "h:1", "--topic", "t", "--property", "parse.key=true", "--property",
                              "key.separator=:", "--compression-codec", "zstd", "--request-required-acks", "1"});
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->parse_key);
  EXPECT_EQ(s->key_separator, ":");
  EXPECT_EQ(s->compression, "zstd");
  EXPECT_EQ(s->acks, 1);
}

TEST(ConsoleProducerTest, ProducerPropertiesOverride) {
  auto s = parse_producer_options({"--bootstrap-server", "h:1", "--topic", "t", "--producer-property",
                                   "compression.type=gzip", "--producer-property", "acks=all"});
  ASSERT_TRUE(s);
  EXPECT_EQ(s->compression, "gzip");
  EXPECT_EQ(s->acks, -1);
  EXPECT_THROW(parse_producer_options({"--bootstrap-server", "h:1", "--topic", "t", "--compression-codec", "brotli"}),
               usage_error);
  EXPECT_THROW(parse_producer_options({"--bootstrap-server", "h:1"}), usage_error);
}

TEST(ConsoleConsumerTest, ParsesKafkaFlags) {
  auto s =
      parse_consumer_options({"--bootstrap-server", "h:1", "--topic", "rt", "--from-beginning", "--max-messages", "10",
                              "--group", "g1", "--property", "print.key=true", "--property", "key.separator=:"});
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->from_beginning);
  EXPECT_EQ(s->max_messages, 10);
  EXPECT_EQ(s->group, "g1");
  EXPECT_TRUE(s->print_key);
  EXPECT_EQ(s->key_separator, ":");
}

TEST(ConsoleConsumerTest, OffsetNeedsPartition) {
  EXPECT_THROW(parse_consumer_options({"--bootstrap-server", "h:1", "--topic", "rt", "--offset", "3"}), usage_error);
  auto s = parse_consumer_options({"--bootstrap-server", "h:1", "--topic", "rt", "--partition", "0", "--offset", "3"});
  ASSERT_TRUE(s);
  EXPECT_EQ(s->partition, 0);
  EXPECT_EQ(s->offset, "3");
}

TEST(ConsoleConsumerTest, FormatsLikeDefaultMessageFormatter) {
  records::batch_builder b;
  b.add({std::string("k"), std::string("v"), {}, 1000});
  b.add({std::nullopt, std::string("v2"), {{"h", std::string("x")}}, 1001});
  auto bytes = b.build();
  ASSERT_TRUE(bytes);
  records::batch_reader reader(*bytes);
  auto batch = reader.next();
  ASSERT_TRUE(batch && *batch);
  std::vector<std::uint8_t> buffer;
  auto rr = records::read_records(**batch, buffer, 1 << 20);
  ASSERT_TRUE(rr);
  auto r1 = rr->next();
  auto r2 = rr->next();
  ASSERT_TRUE(r1 && *r1 && r2 && *r2);

  consumer_settings s;
  EXPECT_EQ(format_record(s, 0, 0, 1000, false, **r1), "v\n");
  s.print_key = true;
  EXPECT_EQ(format_record(s, 0, 0, 1000, false, **r1), "k\tv\n");
  EXPECT_EQ(format_record(s, 0, 1, 1001, false, **r2), "null\tv2\n");
  s.print_timestamp = s.print_partition = s.print_offset = s.print_headers = true;
  s.key_separator = "|";
  EXPECT_EQ(format_record(s, 2, 1, 1001, false, **r2), "CreateTime:1001|Partition:2|Offset:1|h:x|null|v2\n");
}

}  // namespace
}  // namespace gannet::tools
