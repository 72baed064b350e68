package dev.gannet.interop.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gannet.interop.support.Clients;
import dev.gannet.interop.support.GannetBroker;
import dev.gannet.interop.support.Groups;
import dev.gannet.interop.support.Topics;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetOutOfRangeException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kafka's Java client (3.9.x or 4.x): produce and consume, asserting every byte and offset. */
@Tag("client")
class ProduceConsumeTest {
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

  /** What was sent, and where the broker said it went. */
  record Sent(ProducerRecord<byte[], byte[]> record, RecordMetadata meta) {}

  static List<TopicPartition> partitions(String topic, int n) {
    return IntStream.range(0, n).mapToObj(p -> new TopicPartition(topic, p)).toList();
  }

  static List<Sent> send(KafkaProducer<byte[], byte[]> producer, List<ProducerRecord<byte[], byte[]>> records)
      throws Exception {
    List<Future<RecordMetadata>> futures = new ArrayList<>();
    for (var r : records) {
      futures.add(producer.send(r));
    }
    producer.flush();
    List<Sent> sent = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      sent.add(new Sent(records.get(i), futures.get(i).get(30, TimeUnit.SECONDS)));
    }
    return sent;
  }

  /** Every record came back once, at the offset the producer was told, with its bytes, headers and timestamp. */
  static void assertExactlyReceived(List<Sent> sent, List<ConsumerRecord<byte[], byte[]>> received) {
    assertEquals(sent.size(), received.size(), "record count");
    Map<TopicPartition, List<Sent>> byPartition = new HashMap<>();
    for (Sent s : sent) {
      byPartition.computeIfAbsent(new TopicPartition(s.meta.topic(), s.meta.partition()), k -> new ArrayList<>()).add(s);
    }
    Map<TopicPartition, List<ConsumerRecord<byte[], byte[]>>> got = new HashMap<>();
    for (var r : received) {
      got.computeIfAbsent(new TopicPartition(r.topic(), r.partition()), k -> new ArrayList<>()).add(r);
    }
    assertEquals(byPartition.keySet(), got.keySet(), "partitions written vs read");
    byPartition.forEach((tp, expected) -> {
      List<ConsumerRecord<byte[], byte[]>> actual = got.get(tp);
      assertEquals(expected.size(), actual.size(), "records in " + tp);
      for (int i = 0; i < expected.size(); i++) {
        Sent e = expected.get(i);
        ConsumerRecord<byte[], byte[]> a = actual.get(i);
        // Offsets are contiguous from 0 in send order: the idempotent producer keeps order.
        assertEquals(i, e.meta.offset(), "producer offset in " + tp);
        assertEquals(e.meta.offset(), a.offset(), "offset in " + tp);
        assertArrayEquals(e.record.key(), a.key(), "key at " + tp + "@" + a.offset());
        assertArrayEquals(e.record.value(), a.value(), "value at " + tp + "@" + a.offset());
        assertEquals(e.record.timestamp(), a.timestamp(), "timestamp at " + tp + "@" + a.offset());
        Header[] eh = e.record.headers().toArray();
        Header[] ah = a.headers().toArray();
        assertEquals(eh.length, ah.length, "header count at " + tp + "@" + a.offset());
        for (int h = 0; h < eh.length; h++) {
          assertEquals(eh[h].key(), ah[h].key());
          assertArrayEquals(eh[h].value(), ah[h].value());
        }
      }
    });
  }

  /** Recent timestamps: time retention (7 days) must not delete what a test wrote. */
  static final long BASE_TS = System.currentTimeMillis() - 3_600_000L;

  static List<ProducerRecord<byte[], byte[]>> keyedRecords(String topic, int n, long fromBase) {
    long baseTs = BASE_TS + fromBase;
    List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      var headers = List.<Header>of(
          new RecordHeader("seq", ByteBuffer.allocate(4).putInt(i).array()),
          new RecordHeader("trace", ("trace-" + i).getBytes(UTF_8)),
          new RecordHeader("empty", new byte[0]));
      out.add(new ProducerRecord<>(topic, null, baseTs + i, ("key-" + (i % 37)).getBytes(UTF_8),
          ("value-" + i + "-" + "x".repeat(i % 50)).getBytes(UTF_8), headers));
    }
    return out;
  }

  @Test
  void idempotentProducerThenConsumerSeeExactDataPerPartition() throws Exception {
    String topic = "pc-exact";
    Topics.recreate(admin, topic, 3);
    List<Sent> sent;
    // No acks/idempotence settings: the client's defaults (enable.idempotence=true, acks=all).
    try (var producer = Clients.producer(broker.bootstrap(), Map.of(ProducerConfig.LINGER_MS_CONFIG, 5))) {
      sent = send(producer, keyedRecords(topic, 600, 0L));
    }
    // Keys are spread by the client's murmur2 partitioner over all three partitions.
    assertEquals(Set.of(0, 1, 2), sent.stream().map(s -> s.meta.partition()).collect(java.util.stream.Collectors.toSet()));
    var received = Clients.readFromStart(broker.bootstrap(), partitions(topic, 3), 600, Map.of());
    assertExactlyReceived(sent, received);
    for (var tp : partitions(topic, 3)) {
      long count = sent.stream().filter(s -> s.meta.partition() == tp.partition()).count();
      assertEquals(count, Topics.endOffset(admin, tp), "log end offset of " + tp);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "gzip", "snappy", "lz4", "zstd"})
  void compressedBatchesComeBackExact(String codec) throws Exception {
    String topic = "pc-codec-" + codec;
    Topics.recreate(admin, topic, 1);
    List<Sent> sent;
    try (var producer = Clients.producer(broker.bootstrap(), Map.of(
        ProducerConfig.COMPRESSION_TYPE_CONFIG, codec, ProducerConfig.LINGER_MS_CONFIG, 20,
        ProducerConfig.BATCH_SIZE_CONFIG, 65536))) {
      sent = send(producer, keyedRecords(topic, 400, 100_000L).stream()
          .map(r -> new ProducerRecord<>(r.topic(), 0, r.timestamp(), r.key(), r.value(), r.headers()))
          .toList());
    }
    var received = Clients.readFromStart(broker.bootstrap(), partitions(topic, 1), 400, Map.of());
    assertExactlyReceived(sent, received);
  }

  @Test
  void nullKeysTombstonesEmptyAndLargeValues() throws Exception {
    String topic = "pc-shapes";
    Topics.recreate(admin, topic, 1);
    byte[] large = new byte[600_000];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) (i * 31 + 7);
    }
    List<ProducerRecord<byte[], byte[]>> records = List.of(
        new ProducerRecord<>(topic, 0, BASE_TS + 1L, null, "no key".getBytes(UTF_8)),
        new ProducerRecord<>(topic, 0, BASE_TS + 2L, "tombstone".getBytes(UTF_8), (byte[]) null),
        new ProducerRecord<>(topic, 0, BASE_TS + 3L, new byte[0], new byte[0]),
        new ProducerRecord<>(topic, 0, BASE_TS + 4L, "large".getBytes(UTF_8), large),
        new ProducerRecord<>(topic, 0, BASE_TS + 5L, (byte[]) null, (byte[]) null));
    List<Sent> sent;
    try (var producer = Clients.producer(broker.bootstrap(), Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 1_000_000))) {
      sent = send(producer, records);
    }
    var received = Clients.readFromStart(broker.bootstrap(), partitions(topic, 1), 5, Map.of());
    assertExactlyReceived(sent, received);
    assertNull(received.get(0).key());
    assertNull(received.get(1).value());
    assertEquals(0, received.get(2).value().length);
    assertEquals(large.length, received.get(3).serializedValueSize());
  }

  @Test
  void fetchPastTheEndWithResetNoneIsOffsetOutOfRange() throws Exception {
    String topic = "pc-oor";
    Topics.recreate(admin, topic, 1);
    TopicPartition tp = new TopicPartition(topic, 0);
    try (var producer = Clients.producer(broker.bootstrap(), Map.of())) {
      send(producer, keyedRecords(topic, 10, 1000L).stream()
          .map(r -> new ProducerRecord<>(topic, 0, r.timestamp(), r.key(), r.value())).toList());
    }
    try (var consumer = Clients.consumer(broker.bootstrap(), Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none"))) {
      consumer.assign(List.of(tp));
      consumer.seek(tp, 50);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      OffsetOutOfRangeException thrown = null;
      while (thrown == null && System.nanoTime() < deadline) {
        try {
          assertTrue(consumer.poll(Duration.ofMillis(200)).isEmpty());
        } catch (OffsetOutOfRangeException e) {
          thrown = e;
        }
      }
      assertTrue(thrown != null, "no OffsetOutOfRangeException within 30s");
      assertEquals(Map.of(tp, 50L), thrown.offsetOutOfRangePartitions());
      // The client's view of the log's bounds, from ListOffsets.
      assertEquals(Map.of(tp, 0L), consumer.beginningOffsets(List.of(tp)));
      assertEquals(Map.of(tp, 10L), consumer.endOffsets(List.of(tp)));
      var byTime = consumer.offsetsForTimes(Map.of(tp, BASE_TS + 1005L));
      assertEquals(5L, byTime.get(tp).offset());
      assertEquals(BASE_TS + 1005L, byTime.get(tp).timestamp());
      assertNull(consumer.offsetsForTimes(Map.of(tp, BASE_TS + 999_999L)).get(tp), "no record at or after that time");
    }
  }

  @Test
  void producingToAnUnknownTopicCreatesItWithTheBrokersDefaults() throws Exception {
    String topic = "pc-auto-created";
    try {
      admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException ignored) {
      // absent, as expected
    }
    List<Sent> sent;
    try (var producer = Clients.producer(broker.bootstrap(), Map.of())) {
      sent = send(producer, keyedRecords(topic, 20, 5000L));
    }
    var desc = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
    assertEquals(1, desc.partitions().size(), "num.partitions=1");
    assertExactlyReceived(sent, Clients.readFromStart(broker.bootstrap(), partitions(topic, 1), 20, Map.of()));
  }

  @Test
  void anInvalidTopicNameFailsTheSendWithInvalidTopicException() throws Exception {
    try (var producer = Clients.producer(broker.bootstrap(), Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000))) {
      var future = producer.send(new ProducerRecord<>("bad/topic", "v".getBytes(UTF_8)));
      var e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
      assertInstanceOf(InvalidTopicException.class, e.getCause(), e.getCause().toString());
    }
  }

  @Test
  void aGroupConsumerCommitsAndASecondOneResumesThere() throws Exception {
    Groups.assumeServed(broker);
    String topic = "pc-group";
    String group = "pc-group-" + System.getProperty("kafka.client.version", "x");
    Topics.recreate(admin, topic, 3);
    List<Sent> first;
    try (var producer = Clients.producer(broker.bootstrap(), Map.of())) {
      first = send(producer, keyedRecords(topic, 300, 10_000L));
    }
    Map<String, Object> groupProps = Map.of(
        ConsumerConfig.GROUP_ID_CONFIG, group,
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
        org.apache.kafka.clients.consumer.StickyAssignor.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = Clients.consumer(broker.bootstrap(), groupProps)) {
      consumer.subscribe(List.of(topic));
      var received = Clients.pollUntil(consumer, 300, Duration.ofSeconds(60));
      assertExactlyReceived(first, received);
      assertEquals(Set.copyOf(partitions(topic, 3)), consumer.assignment());
      consumer.commitSync();
      Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions(topic, 3)));
      for (var tp : partitions(topic, 3)) {
        assertEquals(Topics.endOffset(admin, tp), committed.get(tp).offset(), "committed offset of " + tp);
      }
    }
    List<Sent> second;
    try (var producer = Clients.producer(broker.bootstrap(), Map.of())) {
      second = send(producer, keyedRecords(topic, 90, 20_000L));
    }
    try (KafkaConsumer<byte[], byte[]> consumer = Clients.consumer(broker.bootstrap(), groupProps)) {
      consumer.subscribe(List.of(topic));
      var received = Clients.pollUntil(consumer, 90, Duration.ofSeconds(60));
      // Only the new records: the group resumed at its committed offsets.
      assertEquals(90, received.size());
      Map<TopicPartition, Long> firstCount = new HashMap<>();
      first.forEach(s -> firstCount.merge(new TopicPartition(topic, s.meta.partition()), 1L, Long::sum));
      for (var r : received) {
        assertTrue(r.offset() >= firstCount.getOrDefault(new TopicPartition(topic, r.partition()), 0L),
            "re-delivered " + r.partition() + "@" + r.offset());
      }
      assertEquals(Arrays.asList(second.stream().map(s -> new String(s.record.value(), UTF_8)).sorted().toArray()),
          Arrays.asList(received.stream().map(r -> new String(r.value(), UTF_8)).sorted().toArray()));
    }
  }

  @AfterAll
  static void brokerStillServing() throws Exception {
    // Nothing above may have broken the broker: a fresh client still gets metadata.
    try (Admin fresh = Topics.admin(broker.bootstrap())) {
      assertEquals(1, fresh.describeCluster().nodes().get(30, TimeUnit.SECONDS).size());
    }
  }
}
