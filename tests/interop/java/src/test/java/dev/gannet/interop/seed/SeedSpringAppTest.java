package dev.gannet.interop.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gannet.interop.support.Await;
import dev.gannet.interop.support.GannetBroker;
import dev.gannet.interop.support.Groups;
import dev.gannet.interop.support.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.SendResult;

/**
 * The seed's Spring Boot application, unchanged, against the broker: 1,000
 * messages through its KafkaTemplate, each received once and in order per
 * partition by its concurrency-3 @KafkaListener; two instances sharing topic1;
 * a restart resuming at the committed offsets. Every test needs consumer groups.
 */
@Tag("seed")
class SeedSpringAppTest {
  @RegisterExtension static final GannetBroker broker = new GannetBroker();
  static final String TOPIC = "topic1";
  static final Set<Integer> ALL = Set.of(0, 1, 2);
  static Admin admin;
  final List<ConfigurableApplicationContext> running = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    admin = Topics.admin(broker.bootstrap());
  }

  @AfterAll
  static void tearDown() {
    admin.close();
  }

  @BeforeEach
  void freshTopic() throws Exception {
    Groups.assumeServed(broker);
    Topics.recreate(admin, TOPIC, 3);
  }

  @AfterEach
  void stopInstances() {
    running.forEach(ConfigurableApplicationContext::close);
  }

  /** One instance of the application, as `java -jar seed.jar` would start it. */
  ConfigurableApplicationContext startInstance(String groupId) {
    ConfigurableApplicationContext ctx = new SpringApplicationBuilder(SeedApplication.class)
        .web(WebApplicationType.NONE)
        .properties(
            "spring.kafka.bootstrap-servers=" + broker.bootstrap(),
            "app.group-id=" + groupId,
            "spring.main.banner-mode=off",
            "logging.level.root=WARN")
        .run();
    running.add(ctx);
    return ctx;
  }

  static MessageListenerContainer container(ConfigurableApplicationContext ctx) {
    Collection<MessageListenerContainer> all = ctx.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers();
    assertEquals(1, all.size());
    return all.iterator().next();
  }

  static Set<Integer> assigned(ConfigurableApplicationContext ctx) {
    Collection<TopicPartition> tps = container(ctx).getAssignedPartitions();
    return tps == null ? Set.of() : tps.stream().map(TopicPartition::partition).collect(Collectors.toSet());
  }

  static Map<String, Collection<TopicPartition>> byConsumer(ConfigurableApplicationContext ctx) {
    Map<String, Collection<TopicPartition>> m = container(ctx).getAssignmentsByClientId();
    return m == null ? Map.of() : m;
  }

  static boolean onePartitionEach(ConfigurableApplicationContext ctx) {
    var m = byConsumer(ctx);
    return m.size() == 3 && m.values().stream().allMatch(tps -> tps != null && tps.size() == 1);
  }

  static ReceivedMessages received(ConfigurableApplicationContext ctx) {
    return ctx.getBean(ReceivedMessages.class);
  }

  /** Sends `count` keyed messages through the app's KafkaTemplate; returns where each went. */
  @SuppressWarnings("unchecked")
  static List<SendResult<String, String>> send(ConfigurableApplicationContext ctx, int from, int count) throws Exception {
    KafkaTemplate<String, String> template = ctx.getBean(KafkaTemplate.class);
    List<CompletableFuture<SendResult<String, String>>> futures = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      futures.add(template.send(TOPIC, "key-" + i, "message-" + i));
    }
    template.flush();
    List<SendResult<String, String>> results = new ArrayList<>();
    for (var f : futures) {
      results.add(f.get(30, TimeUnit.SECONDS));
    }
    return results;
  }

  /**
   * Each sent message was received exactly once, at the partition and offset
   * the producer was told, and each partition's messages arrived in send order.
   */
  static void assertExactlyOnceInOrder(List<SendResult<String, String>> sent, List<ReceivedMessages.Message> got) {
    Map<Integer, List<String>> sentByPartition = new TreeMap<>();
    Map<String, Long> offsetOf = new HashMap<>();
    for (var r : sent) {
      sentByPartition.computeIfAbsent(r.getRecordMetadata().partition(), k -> new ArrayList<>())
          .add(r.getProducerRecord().value());
      offsetOf.put(r.getProducerRecord().value(), r.getRecordMetadata().offset());
    }
    Map<Integer, List<String>> gotByPartition = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (var m : got) {
      assertTrue(seen.add(m.value()), "received twice: " + m);
      assertEquals(offsetOf.get(m.value()), m.offset(), "offset of " + m.value());
      assertEquals("key-" + m.value().substring("message-".length()), m.key());
      gotByPartition.computeIfAbsent(m.partition(), k -> new ArrayList<>()).add(m.value());
    }
    assertEquals(sentByPartition, gotByPartition, "per-partition sequences");
  }

  @Test
  void thousandMessagesEachReceivedOnceInOrderPerPartition() throws Exception {
    var app = startInstance("seed-once");
    // Concurrency 3 on 3 partitions: once the group settles, each consumer owns one partition.
    Await.until(Duration.ofSeconds(60), () -> onePartitionEach(app), () -> "assigned " + byConsumer(app));
    assertEquals(ALL, assigned(app));

    var sent = send(app, 0, 1000);
    assertEquals(ALL, sent.stream().map(r -> r.getRecordMetadata().partition()).collect(Collectors.toSet()));
    Await.until(Duration.ofSeconds(60), () -> received(app).size() >= 1000, () -> received(app).size() + " of 1000");
    Thread.sleep(1000); // a duplicate would arrive now
    var got = received(app).snapshot();
    assertEquals(1000, got.size());
    assertExactlyOnceInOrder(sent, got);
    // Each partition was consumed by one listener thread.
    Map<Integer, Set<String>> threads = got.stream().collect(Collectors.groupingBy(
        ReceivedMessages.Message::partition, Collectors.mapping(ReceivedMessages.Message::thread, Collectors.toSet())));
    threads.forEach((p, t) -> assertEquals(1, t.size(), "threads of partition " + p + ": " + t));
    assertEquals(3, threads.values().stream().flatMap(Set::stream).distinct().count());
  }

  @Test
  void twoInstancesShareThePartitionsAndTheSurvivorTakesAll() throws Exception {
    var a = startInstance("seed-share");
    var b = startInstance("seed-share");
    Await.until(Duration.ofSeconds(60), () -> {
      Set<Integer> pa = assigned(a);
      Set<Integer> pb = assigned(b);
      Set<Integer> union = new HashSet<>(pa);
      union.addAll(pb);
      return union.equals(ALL) && pa.size() + pb.size() == 3;
    }, () -> "a=" + assigned(a) + " b=" + assigned(b));
    Set<Integer> ownedByA = assigned(a);
    Set<Integer> ownedByB = assigned(b);

    var sent = send(a, 0, 1000);
    Await.until(Duration.ofSeconds(60), () -> received(a).size() + received(b).size() >= 1000,
        () -> (received(a).size() + received(b).size()) + " of 1000");
    Thread.sleep(1000);
    List<ReceivedMessages.Message> both = new ArrayList<>(received(a).snapshot());
    both.addAll(received(b).snapshot());
    assertExactlyOnceInOrder(sent, both);
    // No overlap: each instance received only its own partitions.
    received(a).snapshot().forEach(m -> assertTrue(ownedByA.contains(m.partition()), "a got " + m));
    received(b).snapshot().forEach(m -> assertTrue(ownedByB.contains(m.partition()), "b got " + m));

    // Stop an instance that owns partitions; the other takes them all.
    var victim = ownedByB.isEmpty() ? a : b;
    var survivor = victim == a ? b : a;
    int before = received(survivor).size();
    victim.close();
    running.remove(victim);
    Await.until(Duration.ofSeconds(60), () -> assigned(survivor).equals(ALL), () -> "survivor has " + assigned(survivor));

    var sentAfter = send(survivor, 1000, 1000);
    Await.until(Duration.ofSeconds(60), () -> received(survivor).size() >= before + 1000,
        () -> (received(survivor).size() - before) + " of 1000 after the stop");
    Thread.sleep(1000);
    var afterStop = received(survivor).snapshot();
    // Nothing the victim had processed (and committed) comes again.
    assertEquals(before + 1000, afterStop.size());
    assertExactlyOnceInOrder(sentAfter, afterStop.subList(before, afterStop.size()));
  }

  @Test
  void aRestartResumesFromCommittedOffsets() throws Exception {
    String group = "seed-restart";
    var first = startInstance(group);
    Await.until(Duration.ofSeconds(60), () -> onePartitionEach(first), () -> "assigned " + byConsumer(first));
    var sent = send(first, 0, 1000);
    Await.until(Duration.ofSeconds(60), () -> received(first).size() >= 1000, () -> received(first).size() + " of 1000");
    first.close();
    running.remove(first);

    // The group's committed offsets are the log end offsets.
    Map<TopicPartition, Long> ends = new TreeMap<>(java.util.Comparator.comparing(TopicPartition::partition));
    for (int p : ALL) {
      TopicPartition tp = new TopicPartition(TOPIC, p);
      ends.put(tp, Topics.endOffset(admin, tp));
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
    for (var e : ends.entrySet()) {
      assertEquals(e.getValue(), committed.get(e.getKey()).offset(), "committed offset of " + e.getKey());
    }
    assertEquals(1000L, ends.values().stream().mapToLong(Long::longValue).sum());

    // While it is down, 500 more arrive (sent by another instance of the producer side only).
    var producerOnly = new SpringApplicationBuilder(SeedApplication.class).web(WebApplicationType.NONE)
        .properties("spring.kafka.bootstrap-servers=" + broker.bootstrap(), "app.group-id=" + group + "-unused",
            "spring.main.banner-mode=off", "logging.level.root=WARN", "spring.kafka.listener.auto-startup=false")
        .run();
    running.add(producerOnly);
    container(producerOnly).stop();
    var more = send(producerOnly, 1000, 500);

    var restarted = startInstance(group);
    Await.until(Duration.ofSeconds(60), () -> received(restarted).size() >= 500, () -> received(restarted).size() + " of 500");
    Thread.sleep(1000);
    var got = received(restarted).snapshot();
    assertEquals(500, got.size(), "only the messages sent while it was down");
    assertExactlyOnceInOrder(more, got);
    for (var m : got) {
      assertTrue(m.offset() >= ends.get(new TopicPartition(TOPIC, m.partition())), "re-delivered " + m);
    }
  }
}
