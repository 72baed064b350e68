#include "gannet/config/loader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

#include "gannet/config/config_error.h"

namespace gannet::config {
namespace {

class LoaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("gannet-config-" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::filesystem::path write(const std::string& name, const std::string& text) {
    auto path = dir_ / name;
    std::ofstream(path) << text;
    return path;
  }

  loaded_config load(std::optional<std::filesystem::path> file, env_list env = {},
                     std::vector<std::string> overrides = {}) {
    load_options o;
    o.file = std::move(file);
    o.environment = std::move(env);
    o.overrides = std::move(overrides);
    o.local_host = [] { return std::string("test-host"); };
    return load_config(o);
  }

  std::string load_error(std::optional<std::filesystem::path> file, env_list env = {},
                         std::vector<std::string> overrides = {}, std::string* key = nullptr) {
    try {
      load(std::move(file), std::move(env), std::move(overrides));
    } catch (const config_error& e) {
      if (key != nullptr) *key = e.key();
      return e.what();
    }
    return "";
  }

  std::filesystem::path dir_;
};

TEST_F(LoaderTest, DefaultsWithoutAnySource) {
  auto c = load(std::nullopt).broker;
  EXPECT_EQ(c.broker_id, -1);
  EXPECT_EQ(c.log_dirs, std::vector<std::string>{"/tmp/kafka-logs"});
  EXPECT_EQ(c.log_retention_ms, 604'800'000);
  EXPECT_EQ(c.log_roll_ms, 604'800'000);
  EXPECT_EQ(c.listeners.size(), 1u);
  EXPECT_EQ(c.advertised_listeners[0].to_string(), "PLAINTEXT://test-host:9092");
}

TEST_F(LoaderTest, ReadsFlatAndNestedYaml) {
  auto path = write("gannet.yaml",
                    "# comment\n"
                    "broker.id: 3\n"
                    "listeners: PLAINTEXT://127.0.0.1:19092\n"
                    "log:\n"
                    "  dirs: [/a, /b]\n"
                    "  retention:\n"
                    "    minutes: 5\n"
                    "advertised.listeners: ~\n");
  auto loaded = load(path);
  EXPECT_EQ(loaded.file_values.at("log.retention.minutes"), "5");
  EXPECT_EQ(loaded.file_values.at("log.dirs"), "/a,/b");
  EXPECT_FALSE(loaded.file_values.contains("advertised.listeners"));
  EXPECT_EQ(loaded.broker.broker_id, 3);
  EXPECT_EQ(loaded.broker.log_dirs, (std::vector<std::string>{"/a", "/b"}));
  EXPECT_EQ(loaded.broker.log_retention_ms, 300'000);
  EXPECT_EQ(loaded.broker.advertised_listeners[0].to_string(), "PLAINTEXT://127.0.0.1:19092");
  EXPECT_TRUE(loaded.warnings.empty());
}

TEST_F(LoaderTest, ReadsServerProperties) {
  auto path = write("server.properties",
                    "# Kafka style\n"
                    "broker.id=7\n"
                    "log.dirs=/data/one,\\\n"
                    "         /data/two\n"
                    "log.roll.hours: 2\n"
                    "num.partitions 4\n");
  auto c = load(path).broker;
  EXPECT_EQ(c.broker_id, 7);
  EXPECT_EQ(c.log_dirs, (std::vector<std::string>{"/data/one", "/data/two"}));
  EXPECT_EQ(c.log_roll_ms, 7'200'000);
  EXPECT_EQ(c.num_partitions, 4);
}

TEST_F(LoaderTest, ShippedConfigFilesLoad) {
  // Tests run from the repository root.
  auto yaml = load(std::filesystem::path("config/gannet.yaml"));
  EXPECT_TRUE(yaml.warnings.empty());
  EXPECT_EQ(yaml.broker.listeners[0].to_string(), "PLAINTEXT://127.0.0.1:9092");
  EXPECT_EQ(yaml.broker.log_dirs, std::vector<std::string>{"./data/logs"});
  auto props = load(std::filesystem::path("config/server.properties"));
  EXPECT_TRUE(props.warnings.empty());
  EXPECT_EQ(props.broker.advertised_listeners[0].to_string(), "PLAINTEXT://localhost:9092");
}

TEST_F(LoaderTest, MapsEnvironmentNamesLikeTheDockerImages) {
  EXPECT_EQ(env_name_to_property("KAFKA_LOG_DIRS"), "log.dirs");
  EXPECT_EQ(env_name_to_property("KAFKA_ADVERTISED_LISTENERS"), "advertised.listeners");
  EXPECT_EQ(env_name_to_property("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"), "listener.security.protocol.map");
  EXPECT_EQ(env_name_to_property("KAFKA_FOO__BAR"), "foo_bar");
  EXPECT_EQ(env_name_to_property("KAFKA_FOO___BAR"), "foo-bar");
  EXPECT_EQ(env_name_to_property("KAFKA_LISTENER_NAME_INTERNAL_SASL_JAAS___CONFIG"),
            "listener.name.internal.sasl.jaas-config");
  EXPECT_EQ(env_name_to_property("KAFKA_HEAP_OPTS"), std::nullopt);
  EXPECT_EQ(env_name_to_property("KAFKA_OPTS"), std::nullopt);
  EXPECT_EQ(env_name_to_property("KAFKA_JMX_PORT"), std::nullopt);
  EXPECT_EQ(env_name_to_property("KAFKA_LOG4J_ROOT_LOGLEVEL"), std::nullopt);
  EXPECT_EQ(env_name_to_property("PATH"), std::nullopt);
}

TEST_F(LoaderTest, PrecedenceIsDefaultsFileEnvironmentOverride) {
  auto path = write("p.properties", "num.partitions=2\nnum.io.threads=3\nnum.network.threads=4\n");
  auto loaded =
      load(path, {{"KAFKA_NUM_IO_THREADS", "5"}, {"KAFKA_NUM_NETWORK_THREADS", "6"}}, {"num.network.threads=7"});
  EXPECT_EQ(loaded.broker.num_partitions, 2);
  EXPECT_EQ(loaded.broker.num_io_threads, 5);
  EXPECT_EQ(loaded.broker.num_network_threads, 7);
  EXPECT_EQ(loaded.broker.queued_max_requests, 500);
  EXPECT_EQ(loaded.static_values.at("num.network.threads"), "7");
}

TEST_F(LoaderTest, InvalidValueStopsLoadingAndNamesTheKey) {
  auto path = write("bad.yaml", "num.partitions: zero\n");
  std::string key;
  EXPECT_EQ(
      load_error(path, {}, {}, &key),
      "Invalid value zero for configuration num.partitions: Not a number of type INT (file " + path.string() + ")");
  EXPECT_EQ(key, "num.partitions");
  EXPECT_EQ(load_error(std::nullopt, {{"KAFKA_LOG_SEGMENT_BYTES", "1"}}, {}, &key),
            "Invalid value 1 for configuration log.segment.bytes: Value must be at least 14 (environment "
            "KAFKA_LOG_SEGMENT_BYTES)");
  EXPECT_EQ(load_error(std::nullopt, {}, {"auto.create.topics.enable=maybe"}, &key),
            "Invalid value maybe for configuration auto.create.topics.enable: Expected value to be either true or "
            "false (--override)");
  EXPECT_EQ(load_error(std::nullopt, {}, {"no-equals-sign"}),
            "Invalid --override 'no-equals-sign': expected key=value");
  EXPECT_NE(load_error(write("broken.yaml", "a: [1, 2\n")).find("Malformed YAML"), std::string::npos);
}

TEST_F(LoaderTest, UnknownKeysAreWarnings) {
  auto path = write("w.properties", "num.partitions=1\nlog.retention.dayz=3\n");
  auto loaded = load(path, {{"KAFKA_MADE_UP", "1"}, {"KAFKA_HEAP_OPTS", "-Xmx1G"}}, {"also.unknown=2"});
  ASSERT_EQ(loaded.warnings.size(), 3u);
  EXPECT_EQ(loaded.warnings[0], "The configuration 'log.retention.dayz' was supplied but isn't a known config (file " +
                                    path.string() + ").");
  EXPECT_EQ(loaded.warnings[1],
            "The configuration 'made.up' was supplied but isn't a known config (environment KAFKA_MADE_UP).");
  EXPECT_NE(loaded.warnings[2].find("'also.unknown'"), std::string::npos);
}

TEST_F(LoaderTest, DerivedRetentionAndRoll) {
  EXPECT_EQ(load(std::nullopt, {}, {"log.retention.hours=1"}).broker.log_retention_ms, 3'600'000);
  EXPECT_EQ(load(std::nullopt, {}, {"log.retention.hours=1", "log.retention.minutes=2"}).broker.log_retention_ms,
            120'000);
  EXPECT_EQ(load(std::nullopt, {}, {"log.retention.minutes=2", "log.retention.ms=5"}).broker.log_retention_ms, 5);
  EXPECT_EQ(load(std::nullopt, {}, {"log.retention.hours=-5"}).broker.log_retention_ms, -1);
  EXPECT_EQ(load(std::nullopt, {}, {"log.roll.hours=3"}).broker.log_roll_ms, 10'800'000);
  EXPECT_EQ(load(std::nullopt, {}, {"log.roll.hours=3", "log.roll.ms=10"}).broker.log_roll_ms, 10);
  EXPECT_NE(load_error(std::nullopt, {}, {"log.retention.ms=0"}).find("log.retention.ms must be unlimited"),
            std::string::npos);
}

TEST_F(LoaderTest, DockerAdvertisedListenersBindAllInterfaces) {
  auto c = load(std::nullopt, {{"KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://kafka:29092"}}).broker;
  EXPECT_EQ(c.listeners[0].to_string(), "PLAINTEXT://0.0.0.0:29092");
  EXPECT_EQ(c.advertised_listeners[0].to_string(), "PLAINTEXT://kafka:29092");
}

TEST_F(LoaderTest, LegacyAdvertisedHostNameAndPort) {
  auto c = load(std::nullopt, {{"KAFKA_ADVERTISED_HOST_NAME", "10.0.0.5"}}, {"listeners=PLAINTEXT://:9093"}).broker;
  EXPECT_EQ(c.advertised_listeners[0].to_string(), "PLAINTEXT://10.0.0.5:9093");
  auto d = load(std::nullopt, {{"KAFKA_ADVERTISED_HOST_NAME", "h"}, {"KAFKA_ADVERTISED_PORT", "19092"}}).broker;
  EXPECT_EQ(d.advertised_listeners[0].to_string(), "PLAINTEXT://h:19092");
  auto loaded = load(std::nullopt,
                     {{"KAFKA_ADVERTISED_HOST_NAME", "h"}, {"KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://real:9092"}});
  EXPECT_EQ(loaded.broker.advertised_listeners[0].host, "real");
  EXPECT_EQ(loaded.warnings.size(), 1u);
}

}  // namespace
}  // namespace gannet::config
