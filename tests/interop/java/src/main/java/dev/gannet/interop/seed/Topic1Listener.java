package dev.gannet.interop.seed;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

/** The seed's listener: three consumers (concurrency 3) on the 3-partition topic1. */
@Component
public class Topic1Listener {
  private final ReceivedMessages received;

  public Topic1Listener(ReceivedMessages received) {
    this.received = received;
  }

  @KafkaListener(topics = "topic1", groupId = "${app.group-id:group1}", concurrency = "3")
  public void listen(@Payload String message,
                     @Header(KafkaHeaders.RECEIVED_KEY) String key,
                     @Header(KafkaHeaders.RECEIVED_PARTITION) int partition,
                     @Header(KafkaHeaders.OFFSET) long offset) {
    received.add(new ReceivedMessages.Message(partition, offset, key, message, Thread.currentThread().getName()));
  }
}
