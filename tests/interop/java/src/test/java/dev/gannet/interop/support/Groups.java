package dev.gannet.interop.support;

import org.junit.jupiter.api.Assumptions;

/**
 * Consumer groups (JoinGroup and the rest of the group coordinator) are being
 * built in their own branch. Until the broker advertises JoinGroup, the tests
 * that need a group are skipped, saying why; once it does, they run and must pass.
 */
public final class Groups {
  private Groups() {}

  public static void assumeServed(GannetBroker broker) {
    Assumptions.assumeTrue(broker.apiVersions().serves(ApiVersionsProbe.JOIN_GROUP),
        "the broker does not advertise JoinGroup (api key 11) in ApiVersions yet: consumer groups not served");
  }
}
