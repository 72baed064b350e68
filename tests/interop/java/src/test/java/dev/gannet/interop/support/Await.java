package dev.gannet.interop.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded waiting for a condition that the broker or a client reaches asynchronously. */
public final class Await {
  private Await() {}

  public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> whatFailed)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not reached within " + timeout + ": " + whatFailed.get());
      }
      Thread.sleep(50);
    }
  }
}
