package dev.gannet.interop.seed;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.stereotype.Component;

/** What this instance's listener received, in arrival order (for the tests to check). */
@Component
public class ReceivedMessages {
  public record Message(int partition, long offset, String key, String value, String thread) {}

  private final ConcurrentLinkedQueue<Message> messages = new ConcurrentLinkedQueue<>();

  void add(Message m) {
    messages.add(m);
  }

  public int size() {
    return messages.size();
  }

  public List<Message> snapshot() {
    return List.copyOf(messages);
  }
}
