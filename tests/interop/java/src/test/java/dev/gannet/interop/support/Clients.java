package dev.gannet.interop.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Producers and consumers of raw bytes, with Kafka's defaults except where named. */
public final class Clients {
  private Clients() {}

  /** Kafka's defaults: idempotence on, acks=all (the Java client's default since 3.0). */
  public static KafkaProducer<byte[], byte[]> producer(String bootstrap, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20000);
    props.putAll(extra);
    return new KafkaProducer<>(props);
  }

  /** A consumer with no group (assign/seek only) unless extra names a group.id. */
  public static KafkaConsumer<byte[], byte[]> consumer(String bootstrap, Map<String, Object> extra) {
    Map<String, Object> props = new HashMap<>();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30000);
    props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 20000);
    props.putAll(extra);
    return new KafkaConsumer<>(props);
  }

  /** Reads from the beginning of the given partitions (no group) until `count` records came. */
  public static List<ConsumerRecord<byte[], byte[]>> readFromStart(
      String bootstrap, Collection<TopicPartition> partitions, int count, Map<String, Object> extra) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer(bootstrap, extra)) {
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      return pollUntil(consumer, count, Duration.ofSeconds(60));
    }
  }

  public static <K, V> List<ConsumerRecord<K, V>> pollUntil(KafkaConsumer<K, V> consumer, int count, Duration timeout) {
    List<ConsumerRecord<K, V>> out = new ArrayList<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (out.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("received " + out.size() + " of " + count + " records within " + timeout);
      }
      consumer.poll(Duration.ofMillis(200)).forEach(out::add);
    }
    return out;
  }
}
