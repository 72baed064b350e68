package dev.gannet.interop.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Admin helpers shared by the tests. */
public final class Topics {
  private Topics() {}

  public static Admin admin(String bootstrap) {
    return Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 20000));
  }

  /**
   * Creates the topic afresh: deletes it first if it exists (a shared
   * GANNET_BOOTSTRAP broker may hold it from an earlier class), waiting out an
   * asynchronous delete as Kafka's is.
   */
  public static void recreate(Admin admin, String topic, int partitions) throws Exception {
    recreate(admin, new NewTopic(topic, partitions, (short) 1));
  }

  /** As above, with the topic's configs. */
  public static void recreate(Admin admin, NewTopic newTopic) throws Exception {
    String topic = newTopic.name();
    int partitions = newTopic.numPartitions();
    try {
      admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
        throw e;
      }
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        admin.createTopics(List.of(newTopic)).all().get(30, TimeUnit.SECONDS);
        break;
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException) || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(200); // still being deleted
      }
    }
    waitForLeaders(admin, topic, partitions);
  }

  /** Until every partition has a leader (Kafka answers LEADER_NOT_AVAILABLE right after a create). */
  public static void waitForLeaders(Admin admin, String topic, int partitions) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        var desc = admin.describeTopics(Set.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic);
        if (desc.partitions().size() == partitions && desc.partitions().stream().allMatch(p -> p.leader() != null)) {
          return;
        }
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
          throw e;
        }
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("topic " + topic + " has no leaders after 30s");
      }
      Thread.sleep(100);
    }
  }

  public static long endOffset(Admin admin, TopicPartition tp) throws Exception {
    return admin.listOffsets(Map.of(tp, OffsetSpec.latest())).partitionResult(tp).get(30, TimeUnit.SECONDS).offset();
  }

  /** The cause of a failed admin future, for assertThrows-style checks. */
  public static Throwable causeOf(org.apache.kafka.common.KafkaFuture<?> future) throws Exception {
    try {
      future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return e.getCause();
    }
    throw new AssertionError("the request succeeded; an error was expected");
  }
}
