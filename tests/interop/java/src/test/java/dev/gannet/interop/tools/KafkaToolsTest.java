package dev.gannet.interop.tools;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gannet.interop.support.Await;
import dev.gannet.interop.support.Clients;
import dev.gannet.interop.support.GannetBroker;
import dev.gannet.interop.support.Groups;
import dev.gannet.interop.support.KafkaTool;
import dev.gannet.interop.support.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Kafka 3.9.1's own tools against the broker, with the seed's flags; the
 * expected outputs are what they print against Apache Kafka 3.9.1
 * (docs/reference-broker.md has the transcript).
 */
@Tag("tools")
class KafkaToolsTest {
  @RegisterExtension static final GannetBroker broker = new GannetBroker();
  static Admin admin;

  @BeforeAll
  static void setUp() {
    admin = Topics.admin(broker.bootstrap());
  }

  @AfterAll
  static void tearDown() {
    admin.close();
  }

  static KafkaTool.Result tool(String name, String... args) throws Exception {
    return KafkaTool.run(name, null, args);
  }

  static void assertOk(KafkaTool.Result r, String stdout) {
    assertEquals(0, r.exitCode(), r.toString());
    assertEquals(stdout, r.stdout(), r.toString());
  }

  /** Kafka's TopicCommand error: the message on stdout, the exception's log line on stderr, exit 1. */
  static void assertTopicCommandError(KafkaTool.Result r, String message, String exceptionClass) {
    assertEquals(1, r.exitCode(), r.toString());
    assertEquals("Error while executing topic command : " + message + "\n", r.stdout(), r.toString());
    assertTrue(r.stderr().contains("ERROR " + exceptionClass + ": " + message), r.toString());
  }

  @Test
  void theSeedsKafkaTopicsCommands() throws Exception {
    String b = broker.bootstrap();
    try {
      admin.deleteTopics(List.of("topic1")).all().get(30, TimeUnit.SECONDS);
      Await.until(Duration.ofSeconds(30), () -> !listed("topic1"), () -> "topic1 still listed");
    } catch (java.util.concurrent.ExecutionException absent) {
      // not there: as on a fresh broker
    }

    // The seed's four commands, verbatim (plus the bootstrap server).
    assertOk(tool("kafka-topics", "--create", "--topic", "topic1", "--partitions", "3", "--replication-factor", "1",
        "--bootstrap-server", b), "Created topic topic1.\n");

    // --list: every topic, internal ones too, sorted, one a line.
    var names = new TreeSet<>(admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(30, TimeUnit.SECONDS));
    assertTrue(names.contains("topic1"));
    assertOk(tool("kafka-topics", "--list", "--bootstrap-server", b), String.join("\n", names) + "\n");

    // --describe: tab-separated, "Configs: " with its trailing space, ZooKeeper mode's Elr: N/A.
    var describe = tool("kafka-topics", "--describe", "--topic", "topic1", "--bootstrap-server", b);
    assertEquals(0, describe.exitCode(), describe.toString());
    String topicId = admin.describeTopics(List.of("topic1")).allTopicNames().get(30, TimeUnit.SECONDS)
        .get("topic1").topicId().toString();
    StringBuilder expected = new StringBuilder("Topic: topic1\tTopicId: " + topicId
        + "\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: \n");
    for (int p = 0; p < 3; p++) {
      expected.append("\tTopic: topic1\tPartition: ").append(p)
          .append("\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: N/A\tLastKnownElr: N/A\n");
    }
    assertEquals(expected.toString(), describe.stdout(), describe.toString());

    // The errors, as Kafka prints them.
    assertTopicCommandError(tool("kafka-topics", "--create", "--topic", "topic1", "--partitions", "3",
        "--replication-factor", "1", "--bootstrap-server", b),
        "Topic 'topic1' already exists.", "org.apache.kafka.common.errors.TopicExistsException");
    assertTopicCommandError(tool("kafka-topics", "--alter", "--topic", "topic1", "--partitions", "2", "--bootstrap-server", b),
        "Topic currently has 3 partitions, which is higher than the requested 2.",
        "org.apache.kafka.common.errors.InvalidPartitionsException");
    assertTopicCommandError(tool("kafka-topics", "--describe", "--topic", "no-such-topic", "--bootstrap-server", b),
        "Topic 'Optional[no-such-topic]' does not exist as expected", "java.lang.IllegalArgumentException");

    assertOk(tool("kafka-topics", "--delete", "--topic", "topic1", "--bootstrap-server", b), "");
    Await.until(Duration.ofSeconds(30), () -> !listed("topic1"), () -> "topic1 still listed after --delete");
  }

  static boolean listed(String topic) {
    try {
      return admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void consoleProducerThenConsoleConsumer() throws Exception {
    String b = broker.bootstrap();
    String topic = "tools-console";
    Topics.recreate(admin, topic, 1);
    String input = IntStream.rangeClosed(1, 10).mapToObj(i -> "k" + i + ":message-" + i + "\n")
        .reduce("", String::concat);
    var produced = KafkaTool.run("kafka-console-producer", input, "--bootstrap-server", b, "--topic", topic,
        "--property", "parse.key=true", "--property", "key.separator=:");
    assertOk(produced, "");

    // Exactly those records, in order, from offset 0 (read back with the Java client).
    var records = Clients.readFromStart(b, List.of(new TopicPartition(topic, 0)), 10, Map.of());
    for (int i = 0; i < 10; i++) {
      assertEquals(i, records.get(i).offset());
      assertEquals("k" + (i + 1), new String(records.get(i).key(), UTF_8));
      assertEquals("message-" + (i + 1), new String(records.get(i).value(), UTF_8));
    }

    // Without --group: assign() to the partition, no group coordinator needed.
    var consumed = tool("kafka-console-consumer", "--bootstrap-server", b, "--topic", topic, "--partition", "0",
        "--offset", "earliest", "--max-messages", "10", "--property", "print.key=true",
        "--property", "print.offset=true");
    assertEquals(0, consumed.exitCode(), consumed.toString());
    String expected = IntStream.range(0, 10)
        .mapToObj(i -> "Offset:" + i + "\tk" + (i + 1) + "\tmessage-" + (i + 1) + "\n").reduce("", String::concat);
    assertEquals(expected, consumed.stdout(), consumed.toString());
    assertTrue(consumed.stderr().contains("Processed a total of 10 messages"), consumed.toString());
  }

  @Test
  void kafkaConfigsAltersAndDescribesATopic() throws Exception {
    String b = broker.bootstrap();
    String topic = "tools-configs";
    Topics.recreate(admin, topic, 1);
    assertOk(tool("kafka-configs", "--bootstrap-server", b, "--entity-type", "topics", "--entity-name", topic,
        "--alter", "--add-config", "retention.ms=3600000"), "Completed updating config for topic " + topic + ".\n");
    assertOk(tool("kafka-configs", "--bootstrap-server", b, "--entity-type", "topics", "--entity-name", topic,
        "--describe"), "Dynamic configs for topic " + topic + " are:\n"
        + "  retention.ms=3600000 sensitive=false synonyms={DYNAMIC_TOPIC_CONFIG:retention.ms=3600000}\n");
    assertOk(tool("kafka-configs", "--bootstrap-server", b, "--entity-type", "topics", "--entity-name", topic,
        "--alter", "--delete-config", "retention.ms"), "Completed updating config for topic " + topic + ".\n");
    assertOk(tool("kafka-configs", "--bootstrap-server", b, "--entity-type", "topics", "--entity-name", topic,
        "--describe"), "Dynamic configs for topic " + topic + " are:\n");
  }

  static final Pattern PRODUCER_PERF = Pattern.compile(
      "2000 records sent, [0-9.]+ records/sec \\([0-9.]+ MB/sec\\), [0-9.]+ ms avg latency, [0-9.]+ ms max latency, "
          + "\\d+ ms 50th, \\d+ ms 95th, \\d+ ms 99th, \\d+ ms 99\\.9th\\.");

  @Test
  void producerPerfTestTinyRun() throws Exception {
    String b = broker.bootstrap();
    String topic = "tools-perf";
    Topics.recreate(admin, topic, 3);
    var produced = tool("kafka-producer-perf-test", "--topic", topic, "--num-records", "2000", "--record-size", "100",
        "--throughput", "-1", "--producer-props", "bootstrap.servers=" + b, "acks=1");
    assertEquals(0, produced.exitCode(), produced.toString());
    String[] lines = produced.stdout().split("\n");
    assertTrue(PRODUCER_PERF.matcher(lines[lines.length - 1]).matches(), produced.toString());
    long total = 0;
    for (int p = 0; p < 3; p++) {
      total += Topics.endOffset(admin, new TopicPartition(topic, p));
    }
    assertEquals(2000, total, "records in " + topic);
  }

  @Test
  void consumerPerfTestTinyRun() throws Exception {
    // The consumer perf test subscribes with a group.
    Groups.assumeServed(broker);
    String b = broker.bootstrap();
    String topic = "tools-consumer-perf";
    Topics.recreate(admin, topic, 3);
    try (var producer = Clients.producer(b, Map.of())) {
      for (int i = 0; i < 2000; i++) {
        producer.send(new ProducerRecord<>(topic, i % 3, null, new byte[100]));
      }
      producer.flush();
    }
    var consumed = tool("kafka-consumer-perf-test", "--bootstrap-server", b, "--topic", topic, "--messages", "2000",
        "--hide-header");
    assertEquals(0, consumed.exitCode(), consumed.toString());
    String[] fields = consumed.stdout().trim().split(",\\s*");
    assertEquals(10, fields.length, consumed.toString());
    assertEquals("0.1907", fields[2], "MB consumed: 2000 x 100 B"); // data.consumed.in.MB
    assertEquals("2000", fields[4], "messages consumed");
  }

  @Test
  void consumerGroupsListAndDescribe() throws Exception {
    Groups.assumeServed(broker);
    String b = broker.bootstrap();
    String topic = "tools-groups";
    String group = "tools-g1";
    Topics.recreate(admin, topic, 1);
    try (var producer = Clients.producer(b, Map.of())) {
      for (int i = 1; i <= 10; i++) {
        producer.send(new ProducerRecord<>(topic, 0, null, ("message-" + i).getBytes(UTF_8)));
      }
      producer.flush();
    }
    var consumed = tool("kafka-console-consumer", "--bootstrap-server", b, "--topic", topic, "--from-beginning",
        "--max-messages", "10", "--group", group);
    assertEquals(0, consumed.exitCode(), consumed.toString());
    assertEquals(IntStream.rangeClosed(1, 10).mapToObj(i -> "message-" + i + "\n").reduce("", String::concat),
        consumed.stdout());

    var list = tool("kafka-consumer-groups", "--bootstrap-server", b, "--list");
    assertEquals(0, list.exitCode(), list.toString());
    assertTrue(List.of(list.stdout().split("\n")).contains(group), list.toString());

    var describe = tool("kafka-consumer-groups", "--bootstrap-server", b, "--describe", "--group", group);
    assertEquals(0, describe.exitCode(), describe.toString());
    // Kafka starts with an empty line and ends the last row without a newline.
    assertTrue(describe.stdout().startsWith("\n") && !describe.stdout().endsWith("\n"), describe.toString());
    String[] rows = describe.stdout().substring(1).split("\n");
    assertEquals(2, rows.length, describe.toString());
    assertEquals(List.of("GROUP", "TOPIC", "PARTITION", "CURRENT-OFFSET", "LOG-END-OFFSET", "LAG", "CONSUMER-ID",
        "HOST", "CLIENT-ID"), List.of(rows[0].trim().split("\\s+")));
    assertEquals(List.of(group, topic, "0", "10", "10", "0", "-", "-", "-"), List.of(rows[1].trim().split("\\s+")));
    assertEquals("\nConsumer group '" + group + "' has no active members.\n", describe.stderr(), describe.toString());
  }
}
