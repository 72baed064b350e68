// Kafka flag forms: joptsimple's wording for mistakes, tool names by argv[0], native subcommands.

#include "gannet/tools/kafka_options.h"

#include <gtest/gtest.h>

#include "gannet/tools/tool_main.h"
#include "gannet/tools/topics_command.h"

namespace gannet::tools {
namespace {

std::string usage_message(const std::vector<std::string>& args) {
  try {
    parse_topics_options(args);
  } catch (const usage_error& e) {
    return e.what();
  }
  return "";
}

TEST(KafkaOptionsTest, ParsesTheSeedCreateCommandVerbatim) {
  auto o = parse_topics_options({"--create", "--topic", "topic1", "--bootstrap-server", "localhost:9092",
                                 "--replication-factor", "1", "--partitions", "3"});
  EXPECT_TRUE(o.create);
  EXPECT_EQ(o.topic, "topic1");
  EXPECT_EQ(o.bootstrap_server, "localhost:9092");
  EXPECT_EQ(o.replication_factor, "1");
  EXPECT_EQ(o.partitions, "3");
}

TEST(KafkaOptionsTest, AcceptsEqualsFormAndRepeatedConfigs) {
  auto o = parse_topics_options({"--describe", "--bootstrap-server=h:1", "--topic=t", "--config", "a=1", "--config",
                                 "b=2", "--under-replicated-partitions"});
  EXPECT_TRUE(o.describe);
  EXPECT_EQ(o.topic, "t");
  EXPECT_EQ(o.configs, (std::vector<std::string>{"a=1", "b=2"}));
  EXPECT_TRUE(o.under_replicated);
}

TEST(KafkaOptionsTest, AcceptsCommandConfig) {
  auto o = parse_topics_options({"--list", "--bootstrap-server", "h:1", "--command-config", "/dev/null"});
  EXPECT_EQ(o.command_config, "/dev/null");
}

TEST(KafkaOptionsTest, UnknownFlagUsesJoptsimpleWording) {
  EXPECT_EQ(usage_message({"--lsit", "--bootstrap-server", "h:1"}), "lsit is not a recognized option");
}

TEST(KafkaOptionsTest, MissingBootstrapServerUsesKafkaWording) {
  EXPECT_EQ(usage_message({"--list"}), "--bootstrap-server must be specified");
}

TEST(KafkaOptionsTest, CreateWithoutTopicUsesKafkaWording) {
  EXPECT_EQ(usage_message({"--create", "--bootstrap-server", "h:1"}), "Missing required argument \"[topic]\"");
}

TEST(KafkaOptionsTest, ExactlyOneActionIsRequired) {
  EXPECT_EQ(usage_message({"--list", "--describe", "--bootstrap-server", "h:1"}),
            "Command must include exactly one action: --list, --describe, --create, --alter or --delete");
}

TEST(KafkaOptionsTest, OptionWithoutValueIsReported) {
  EXPECT_EQ(usage_message({"--list", "--bootstrap-server"}), "Option bootstrap-server requires an argument");
}

TEST(KafkaOptionsTest, IntegerOptionsRejectGarbage) {
  EXPECT_EQ(parse_int_option("partitions", "3"), 3);
  EXPECT_THROW(parse_int_option("partitions", "3x"), usage_error);
  EXPECT_THROW(parse_int_option("partitions", "99999999999"), usage_error);
}

TEST(ToolMainTest, AnswersToKafkaToolNamesWithAndWithoutSh) {
  EXPECT_EQ(tool_for_program("kafka-topics.sh"), tool::topics);
  EXPECT_EQ(tool_for_program("/usr/local/bin/kafka-topics"), tool::topics);
  EXPECT_EQ(tool_for_program("./kafka-console-producer.sh"), tool::console_producer);
  EXPECT_EQ(tool_for_program("kafka-console-consumer"), tool::console_consumer);
  EXPECT_EQ(tool_for_program("kafka-consumer-groups.sh"), tool::consumer_groups);
  EXPECT_EQ(tool_for_program("kafka-configs"), tool::configs);
  EXPECT_EQ(tool_for_program("gannet-cli"), std::nullopt);
}

TEST(ToolMainTest, NativeActionWordBecomesTheKafkaFlag) {
  EXPECT_EQ(native_to_kafka_args(tool::topics, {"create", "--topic", "x"}),
            (std::vector<std::string>{"--create", "--topic", "x"}));
  EXPECT_EQ(native_to_kafka_args(tool::consumer_groups, {"reset-offsets", "--group", "g"}),
            (std::vector<std::string>{"--reset-offsets", "--group", "g"}));
  EXPECT_EQ(native_to_kafka_args(tool::topics, {"--list"}), (std::vector<std::string>{"--list"}));
  EXPECT_EQ(tool_for_subcommand("groups"), tool::consumer_groups);
  EXPECT_EQ(tool_for_subcommand("produce"), tool::console_producer);
}

}  // namespace
}  // namespace gannet::tools
