package dev.gannet.interop.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One broker for a whole test class: the real gannet binary on a free loopback
 * port with a temporary log dir, stopped with SIGTERM after the class (it must
 * exit 0). With GANNET_BOOTSTRAP set, that broker is used instead (e.g. the
 * reference Kafka of tests/reference/) and nothing is started.
 *
 * <pre>@RegisterExtension static final GannetBroker broker = new GannetBroker();</pre>
 */
public final class GannetBroker implements BeforeAllCallback, AfterAllCallback {
  private Process process;
  private Path tempDir;
  private Path outputFile;
  private String bootstrap;
  private ApiVersionsProbe.Ranges apiVersions;

  public String bootstrap() {
    return bootstrap;
  }

  /** The API ranges the broker advertises in ApiVersions (v0). */
  public ApiVersionsProbe.Ranges apiVersions() {
    return apiVersions;
  }

  /** True when someone else runs the broker (GANNET_BOOTSTRAP). */
  public boolean external() {
    return process == null;
  }

  public static Path repoRoot() {
    return Path.of(System.getProperty("gannet.repo", "../../..")).toAbsolutePath().normalize();
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    String given = System.getenv("GANNET_BOOTSTRAP");
    if (given != null && !given.isBlank()) {
      bootstrap = given.trim();
    } else {
      start(context.getRequiredTestClass().getSimpleName());
    }
    apiVersions = ApiVersionsProbe.waitUntilServing(bootstrap, Duration.ofSeconds(30), this::failIfDead);
  }

  private void start(String name) throws IOException {
    String binEnv = System.getenv("GANNET_BIN");
    Path bin = binEnv != null && !binEnv.isBlank()
        ? Path.of(binEnv)
        : repoRoot().resolve("build/src/server/gannet");
    if (!Files.isExecutable(bin)) {
      throw new IllegalStateException("gannet binary not found at " + bin + " (build it or set GANNET_BIN)");
    }
    int port = freePort();
    tempDir = Files.createTempDirectory("gannet-interop-java-");
    Path logDir = tempDir.resolve("logs");
    Files.createDirectories(logDir);
    Path config = tempDir.resolve("gannet.yaml");
    // The same broker settings as the integration tests (tests/integration/conftest.py).
    Files.writeString(config, String.join("\n",
        "broker.id: 0",
        "listeners: PLAINTEXT://127.0.0.1:" + port,
        "log.dirs: " + logDir,
        "num.partitions: 1",
        "default.replication.factor: 1",
        "auto.create.topics.enable: true",
        "offsets.topic.replication.factor: 1",
        "transaction.state.log.replication.factor: 1",
        "transaction.state.log.min.isr: 1",
        ""));
    // Kept beside the surefire reports so a failure can be read after the run.
    Path reports = Path.of(System.getProperty("gannet.broker.logs", "target/broker-logs"));
    Files.createDirectories(reports);
    outputFile = reports.resolve(name + "-gannet.log");
    ProcessBuilder pb = new ProcessBuilder(bin.toString(), "--config", config.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(outputFile.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("KAFKA_"));
    process = pb.start();
    // A killed test JVM must not leave a broker behind.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (process != null) {
        process.destroyForcibly();
      }
    }));
    bootstrap = "127.0.0.1:" + port;
  }

  private void failIfDead() {
    if (process != null && !process.isAlive()) {
      throw new IllegalStateException("gannet exited with " + process.exitValue() + " at startup:\n" + outputTail());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (process == null) {
      return;
    }
    Process p = process;
    process = null;
    try {
      if (!p.isAlive()) {
        throw new AssertionError("gannet died during the tests (exit " + p.exitValue() + "):\n" + outputTail());
      }
      p.destroy(); // SIGTERM: a graceful stop
      if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("gannet did not stop within 30s of SIGTERM:\n" + outputTail());
      }
      if (p.exitValue() != 0) {
        throw new AssertionError("gannet exited with " + p.exitValue() + " after SIGTERM:\n" + outputTail());
      }
    } finally {
      deleteTree(tempDir);
    }
  }

  public String outputTail() {
    try {
      var lines = Files.readAllLines(outputFile, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException | RuntimeException e) {
      return "(no broker output: " + e + ")";
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress("127.0.0.1", 0));
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path root) {
    if (root == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
