package dev.gannet.interop.support;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * A raw ApiVersions v0 request (no client library involved), used to wait for a
 * broker and to learn which APIs it serves, e.g. whether it has consumer groups
 * yet (JoinGroup, key 11).
 */
public final class ApiVersionsProbe {
  public static final short JOIN_GROUP = 11;

  /** api key → {min, max}. */
  public record Ranges(Map<Short, short[]> byKey) {
    public boolean serves(short apiKey) {
      return byKey.containsKey(apiKey);
    }
  }

  private ApiVersionsProbe() {}

  public static Ranges probe(String bootstrap, int timeoutMs) throws IOException {
    int colon = bootstrap.lastIndexOf(':');
    String host = bootstrap.substring(0, colon);
    int port = Integer.parseInt(bootstrap.substring(colon + 1));
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), timeoutMs);
      s.setSoTimeout(timeoutMs);
      byte[] clientId = "gannet-interop-java".getBytes(StandardCharsets.UTF_8);
      DataOutputStream out = new DataOutputStream(s.getOutputStream());
      // size, api_key 18, api_version 0, correlation id, client id (nullable string)
      out.writeInt(2 + 2 + 4 + 2 + clientId.length);
      out.writeShort(18);
      out.writeShort(0);
      out.writeInt(7);
      out.writeShort(clientId.length);
      out.write(clientId);
      out.flush();
      DataInputStream in = new DataInputStream(s.getInputStream());
      in.readInt(); // size
      int correlation = in.readInt();
      if (correlation != 7) {
        throw new IOException("ApiVersions: correlation id " + correlation);
      }
      short error = in.readShort();
      if (error != 0) {
        throw new IOException("ApiVersions: error code " + error);
      }
      int n = in.readInt();
      Map<Short, short[]> ranges = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        short key = in.readShort();
        ranges.put(key, new short[] {in.readShort(), in.readShort()});
      }
      return new Ranges(ranges);
    }
  }

  /** Polls until the broker answers; {@code check} fails fast when its process died. */
  public static Ranges waitUntilServing(String bootstrap, Duration timeout, Runnable check)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      check.run();
      try {
        return probe(bootstrap, 1000);
      } catch (IOException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("no broker answered ApiVersions at " + bootstrap + " within " + timeout, e);
        }
        Thread.sleep(50);
      }
    }
  }
}
