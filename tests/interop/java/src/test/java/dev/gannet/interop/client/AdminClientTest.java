package dev.gannet.interop.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gannet.interop.support.Clients;
import dev.gannet.interop.support.GannetBroker;
import dev.gannet.interop.support.Groups;
import dev.gannet.interop.support.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.InvalidConfigurationException;
import org.apache.kafka.common.errors.InvalidPartitionsException;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Kafka's AdminClient (3.9.x or 4.x): topics, configs, partitions, offsets, groups, and Kafka's error classes. */
@Tag("client")
class AdminClientTest {
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

  /**
   * Record timestamps an hour ago: recent enough that the 7-day time retention
   * never deletes them while a test runs (it would, for timestamps in 1970).
   */
  static final long BASE_TS = System.currentTimeMillis() - 3_600_000L;

  static long[] timestamps(long... offsetsFromBase) {
    long[] out = new long[offsetsFromBase.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = BASE_TS + offsetsFromBase[i];
    }
    return out;
  }

  static <T> T get(KafkaFuture<T> f) throws Exception {
    return f.get(30, TimeUnit.SECONDS);
  }

  static void deleteIfPresent(String topic) throws Exception {
    try {
      get(admin.deleteTopics(List.of(topic)).all());
    } catch (ExecutionException e) {
      assertInstanceOf(UnknownTopicOrPartitionException.class, e.getCause());
    }
  }

  static void assertFailsWith(Class<? extends Throwable> type, String message, KafkaFuture<?> future) throws Exception {
    Throwable cause = Topics.causeOf(future);
    assertInstanceOf(type, cause, cause.toString());
    if (message != null) {
      assertEquals(message, cause.getMessage());
    }
  }

  @Test
  void clusterIsOneBrokerThatIsAlsoTheController() throws Exception {
    var cluster = admin.describeCluster();
    Collection<Node> nodes = get(cluster.nodes());
    assertEquals(1, nodes.size());
    Node node = nodes.iterator().next();
    assertEquals(0, node.id());
    assertEquals(broker.bootstrap(), node.host() + ":" + node.port());
    assertEquals(0, get(cluster.controller()).id());
    assertFalse(get(cluster.clusterId()).isEmpty());
  }

  @Test
  void createDescribeListAndDeleteTopics() throws Exception {
    String topic = "admin-topic";
    Topics.recreate(admin, topic, 3);

    // validate_only checks and creates nothing.
    String dry = "admin-dry-run";
    deleteIfPresent(dry);
    get(admin.createTopics(List.of(new NewTopic(dry, 2, (short) 1)), new CreateTopicsOptions().validateOnly(true)).all());
    assertFalse(get(admin.listTopics().names()).contains(dry));

    TopicDescription desc = get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic);
    assertEquals(topic, desc.name());
    assertFalse(desc.isInternal());
    assertEquals(List.of(0, 1, 2), desc.partitions().stream().map(TopicPartitionInfo::partition).toList());
    for (TopicPartitionInfo p : desc.partitions()) {
      assertEquals(0, p.leader().id());
      assertEquals(List.of(0), p.replicas().stream().map(Node::id).toList());
      assertEquals(List.of(0), p.isr().stream().map(Node::id).toList());
    }
    assertTrue(get(admin.listTopics().names()).contains(topic));

    // The error classes Kafka's client maps the broker's codes to, with Kafka's messages.
    assertFailsWith(TopicExistsException.class, "Topic '" + topic + "' already exists.",
        admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all());
    assertFailsWith(InvalidTopicException.class, null,
        admin.createTopics(List.of(new NewTopic("bad/name", 1, (short) 1))).all());
    assertFailsWith(InvalidTopicException.class, null,
        admin.createTopics(List.of(new NewTopic("x".repeat(250), 1, (short) 1))).all());
    assertFailsWith(InvalidPartitionsException.class, null,
        admin.createTopics(List.of(new NewTopic("admin-zero-partitions", 0, (short) 1))).all());
    assertFailsWith(InvalidReplicationFactorException.class, null,
        admin.createTopics(List.of(new NewTopic("admin-rf3", 1, (short) 3))).all());
    assertFailsWith(InvalidConfigurationException.class, null,
        admin.createTopics(List.of(new NewTopic("admin-bad-config", 1, (short) 1)
            .configs(Map.of("cleanup.policy", "sideways")))).all());
    var names = get(admin.listTopics().names());
    for (String never : List.of("admin-zero-partitions", "admin-rf3", "admin-bad-config")) {
      assertFalse(names.contains(never), never + " must not have been created");
    }

    get(admin.deleteTopics(List.of(topic)).all());
    Awaiting.untilGone(admin, topic);
    assertFailsWith(UnknownTopicOrPartitionException.class, null, admin.deleteTopics(List.of(topic)).all());
    assertFailsWith(UnknownTopicOrPartitionException.class, null,
        admin.describeTopics(List.of(topic)).allTopicNames());
  }

  @Test
  void topicConfigsDefaultsOverridesAndIncrementalChanges() throws Exception {
    String topic = "admin-configs";
    Topics.recreate(admin, new NewTopic(topic, 1, (short) 1)
        .configs(Map.of("cleanup.policy", "compact", "max.message.bytes", "2000000")));
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);

    Config config = get(admin.describeConfigs(List.of(resource)).all()).get(resource);
    assertEntry(config, "cleanup.policy", "compact", ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
    assertEntry(config, "max.message.bytes", "2000000", ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
    // 7 days: the broker's log.retention.hours=168, reported as a default.
    assertEntry(config, "retention.ms", "604800000", ConfigEntry.ConfigSource.DEFAULT_CONFIG);
    assertEntry(config, "segment.bytes", "1073741824", ConfigEntry.ConfigSource.DEFAULT_CONFIG);

    get(admin.incrementalAlterConfigs(Map.of(resource, List.of(
        new AlterConfigOp(new ConfigEntry("retention.ms", "3600000"), AlterConfigOp.OpType.SET),
        new AlterConfigOp(new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)))).all());
    config = get(admin.describeConfigs(List.of(resource)).all()).get(resource);
    assertEntry(config, "retention.ms", "3600000", ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);
    assertEntry(config, "max.message.bytes", "1048588", ConfigEntry.ConfigSource.DEFAULT_CONFIG);
    assertEntry(config, "cleanup.policy", "compact", ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);

    // APPEND to a list config.
    get(admin.incrementalAlterConfigs(Map.of(resource, List.of(
        new AlterConfigOp(new ConfigEntry("cleanup.policy", "delete"), AlterConfigOp.OpType.APPEND)))).all());
    config = get(admin.describeConfigs(List.of(resource)).all()).get(resource);
    assertEntry(config, "cleanup.policy", "compact,delete", ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);

    // Bad values and unknown resources, as Kafka reports them.
    assertFailsWith(InvalidConfigurationException.class, null, admin.incrementalAlterConfigs(Map.of(resource, List.of(
        new AlterConfigOp(new ConfigEntry("retention.ms", "soon"), AlterConfigOp.OpType.SET)))).all());
    ConfigResource missing = new ConfigResource(ConfigResource.Type.TOPIC, "admin-no-such-topic");
    assertFailsWith(UnknownTopicOrPartitionException.class, null, admin.describeConfigs(List.of(missing)).all());
    config = get(admin.describeConfigs(List.of(resource)).all()).get(resource);
    assertEntry(config, "retention.ms", "3600000", ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG);

    // The broker's own static config, from its config file.
    ConfigResource brokerResource = new ConfigResource(ConfigResource.Type.BROKER, "0");
    Config brokerConfig = get(admin.describeConfigs(List.of(brokerResource)).all()).get(brokerResource);
    assertEntry(brokerConfig, "num.partitions", "1", ConfigEntry.ConfigSource.STATIC_BROKER_CONFIG);
    assertEntry(brokerConfig, "message.max.bytes", "1048588", ConfigEntry.ConfigSource.DEFAULT_CONFIG);
  }

  static void assertEntry(Config config, String name, String value, ConfigEntry.ConfigSource source) {
    ConfigEntry entry = config.get(name);
    assertTrue(entry != null, "no config entry " + name);
    assertEquals(value, entry.value(), name);
    assertEquals(source, entry.source(), name + " source");
    assertEquals(source == ConfigEntry.ConfigSource.DEFAULT_CONFIG, entry.isDefault(), name + " isDefault");
  }

  @Test
  void partitionsGrowAndNeverShrink() throws Exception {
    String topic = "admin-partitions";
    Topics.recreate(admin, topic, 3);
    get(admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(5))).all());
    Topics.waitForLeaders(admin, topic, 5);
    assertEquals(5, get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().size());

    assertFailsWith(InvalidPartitionsException.class, "Topic currently has 5 partitions, which is higher than the requested 2.",
        admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(2))).all());
    assertFailsWith(InvalidPartitionsException.class, "Topic already has 5 partitions.",
        admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(5))).all());
    assertFailsWith(UnknownTopicOrPartitionException.class, null,
        admin.createPartitions(Map.of("admin-no-such-topic", NewPartitions.increaseTo(4))).all());

    // A new partition takes writes and reads like the old ones.
    TopicPartition tp4 = new TopicPartition(topic, 4);
    try (var producer = Clients.producer(broker.bootstrap(), Map.of())) {
      producer.send(new ProducerRecord<>(topic, 4, "k".getBytes(UTF_8), "in partition 4".getBytes(UTF_8)))
          .get(30, TimeUnit.SECONDS);
    }
    var got = Clients.readFromStart(broker.bootstrap(), List.of(tp4), 1, Map.of());
    assertEquals("in partition 4", new String(got.get(0).value(), UTF_8));
    assertEquals(0, got.get(0).offset());
  }

  @Test
  void listOffsetsAndDeleteRecords() throws Exception {
    String topic = "admin-offsets";
    Topics.recreate(admin, topic, 1);
    TopicPartition tp = new TopicPartition(topic, 0);
    long[] timestamps = timestamps(5000, 9000, 7000, 9000, 6000, 1000, 8000, 2000, 3000, 4000);
    try (var producer = Clients.producer(broker.bootstrap(), Map.of())) {
      for (long ts : timestamps) {
        producer.send(new ProducerRecord<>(topic, 0, ts, null, ("at " + ts).getBytes(UTF_8)));
      }
      producer.flush();
    }
    assertEquals(0, offsetFor(tp, OffsetSpec.earliest()).offset());
    assertEquals(10, offsetFor(tp, OffsetSpec.latest()).offset());
    var byTime = offsetFor(tp, OffsetSpec.forTimestamp(BASE_TS + 6500));
    assertEquals(1, byTime.offset(), "first offset whose timestamp is >= 6500");
    assertEquals(BASE_TS + 9000, byTime.timestamp());

    get(admin.deleteRecords(Map.of(tp, RecordsToDelete.beforeOffset(3))).all());
    assertEquals(3, offsetFor(tp, OffsetSpec.earliest()).offset());
    assertEquals(4, get(admin.deleteRecords(Map.of(tp, RecordsToDelete.beforeOffset(4))).lowWatermarks().get(tp)).lowWatermark());
    assertEquals(4, offsetFor(tp, OffsetSpec.earliest()).offset());
    var rest = Clients.readFromStart(broker.bootstrap(), List.of(tp), 6, Map.of());
    assertEquals(4, rest.get(0).offset());
    assertEquals("at " + (BASE_TS + 6000), new String(rest.get(0).value(), UTF_8));
    assertFailsWith(org.apache.kafka.common.errors.OffsetOutOfRangeException.class, null,
        admin.deleteRecords(Map.of(tp, RecordsToDelete.beforeOffset(11))).all());
  }

  @Test
  void maxTimestampIsTheFirstRecordCarryingIt() throws Exception {
    // ListOffsets MAX_TIMESTAMP (-3): Kafka 3.9 answers the first record carrying the largest
    // timestamp, not the last offset of its batch (the time index's entry).
    String topic = "admin-max-timestamp";
    Topics.recreate(admin, topic, 1);
    TopicPartition tp = new TopicPartition(topic, 0);
    long[] timestamps = timestamps(5000, 9000, 7000, 9000, 6000, 1000, 8000, 2000, 3000, 4000);
    try (var producer = Clients.producer(broker.bootstrap(), Map.of(
        org.apache.kafka.clients.producer.ProducerConfig.LINGER_MS_CONFIG, 50))) {
      for (long ts : timestamps) {
        producer.send(new ProducerRecord<>(topic, 0, ts, null, ("at " + ts).getBytes(UTF_8)));
      }
      producer.flush();
    }
    // The first record with the largest timestamp (9000 at offsets 1 and 3).
    var max = offsetFor(tp, OffsetSpec.maxTimestamp());
    assertEquals(BASE_TS + 9000, max.timestamp());
    assertEquals(1, max.offset());
  }

  org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo offsetFor(TopicPartition tp, OffsetSpec spec)
      throws Exception {
    return get(admin.listOffsets(Map.of(tp, spec)).partitionResult(tp));
  }

  @Test
  void consumerGroupsListDescribeOffsetsAndDelete() throws Exception {
    Groups.assumeServed(broker);
    String topic = "admin-groups";
    String group = "admin-group-" + System.getProperty("kafka.client.version", "x");
    Topics.recreate(admin, topic, 2);
    try (var producer = Clients.producer(broker.bootstrap(), Map.of())) {
      for (int i = 0; i < 10; i++) {
        producer.send(new ProducerRecord<>(topic, i % 2, null, ("m" + i).getBytes(UTF_8)));
      }
      producer.flush();
    }
    TopicPartition p0 = new TopicPartition(topic, 0);
    TopicPartition p1 = new TopicPartition(topic, 1);
    Map<String, Object> groupProps = Map.of(ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.CLIENT_ID_CONFIG, "admin-test-member");
    try (KafkaConsumer<byte[], byte[]> consumer = Clients.consumer(broker.bootstrap(), groupProps)) {
      consumer.subscribe(List.of(topic));
      Clients.pollUntil(consumer, 10, Duration.ofSeconds(60));
      consumer.commitSync(Map.of(p0, new OffsetAndMetadata(5, "meta-0"), p1, new OffsetAndMetadata(3)));

      List<String> listed = get(admin.listConsumerGroups().all()).stream().map(ConsumerGroupListing::groupId).toList();
      assertTrue(listed.contains(group), listed.toString());
      var description = get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
      assertEquals(1, description.members().size());
      var member = description.members().iterator().next();
      assertEquals("admin-test-member", member.clientId());
      assertEquals(Set.of(p0, p1), member.assignment().topicPartitions());
      assertEquals(0, description.coordinator().id());
      // A group with a member cannot be deleted.
      assertFailsWith(GroupNotEmptyException.class, null, admin.deleteConsumerGroups(List.of(group)).all());
    }
    var offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    assertEquals(Map.of(p0, new OffsetAndMetadata(5, "meta-0"), p1, new OffsetAndMetadata(3)), withoutEpochs(offsets));
    var empty = get(admin.describeConsumerGroups(List.of(group)).all()).get(group);
    assertTrue(empty.members().isEmpty());

    get(admin.alterConsumerGroupOffsets(group, Map.of(p0, new OffsetAndMetadata(2))).all());
    offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    assertEquals(Map.of(p0, new OffsetAndMetadata(2), p1, new OffsetAndMetadata(3)), withoutEpochs(offsets));
    get(admin.deleteConsumerGroupOffsets(group, Set.of(p1)).all());
    offsets = get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
    assertEquals(Map.of(p0, new OffsetAndMetadata(2)), withoutEpochs(offsets));

    get(admin.deleteConsumerGroups(List.of(group)).all());
    List<String> after = get(admin.listConsumerGroups().all()).stream().map(ConsumerGroupListing::groupId).toList();
    assertFalse(after.contains(group), after.toString());
  }

  /** Leader epochs depend on the broker's history; offsets and metadata are what the test wrote. */
  static Map<TopicPartition, OffsetAndMetadata> withoutEpochs(Map<TopicPartition, OffsetAndMetadata> offsets) {
    return offsets.entrySet().stream().filter(e -> e.getValue() != null).collect(Collectors.toMap(
        Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset(), e.getValue().metadata())));
  }

  /** Waits for an asynchronous topic deletion to finish. */
  static final class Awaiting {
    static void untilGone(Admin admin, String topic) throws Exception {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (get(admin.listTopics().names()).contains(topic)) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError(topic + " still listed 30s after its deletion");
        }
        Thread.sleep(100);
      }
    }
  }

}
