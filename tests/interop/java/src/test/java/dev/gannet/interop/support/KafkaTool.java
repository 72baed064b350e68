package dev.gannet.interop.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of Apache Kafka 3.9.1's own command-line tools from the Maven
 * Central jars, through tests/reference/kafka-tool.sh (the distribution's
 * bin/<tool>.sh: same main class, JVM options and logging).
 */
public final class KafkaTool {
  /** What a tool printed and returned. */
  public record Result(int exitCode, String stdout, String stderr) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n[stdout]\n" + stdout + "\n[stderr]\n" + stderr;
    }
  }

  private KafkaTool() {}

  public static Result run(String tool, String stdin, String... args) throws IOException, InterruptedException {
    Path script = GannetBroker.repoRoot().resolve("tests/reference/kafka-tool.sh");
    List<String> cmd = new ArrayList<>(List.of(script.toString(), tool));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("kafka-tool-", ".out");
    Path err = Files.createTempFile("kafka-tool-", ".err");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (stdin != null) {
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
      }
      p.getOutputStream().close();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError(tool + " " + String.join(" ", args) + " did not finish within 120 s");
      }
      return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
