package dev.gannet.interop.seed;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The seed's Spring Boot service: a KafkaTemplate producer and a concurrent
 * @KafkaListener on topic1, configured by {@link KafkaConfig}. The tests start it
 * (one or two instances) against the broker under test.
 */
@SpringBootApplication
public class SeedApplication {
  public static void main(String[] args) {
    SpringApplication.run(SeedApplication.class, args);
  }
}
