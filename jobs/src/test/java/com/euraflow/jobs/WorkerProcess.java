package com.euraflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Starts a {@link ClusterWorker} JVM on the test classpath and waits until its engine runs. */
final class WorkerProcess {

  private WorkerProcess() {}

  static Process start(TestDatabase db, String name, String lanes, String... extra) throws Exception {
    var command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-Xmx128m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
        ClusterWorker.class.getName(), db.jdbcUrl(), db.username(), name, lanes));
    command.addAll(List.of(extra));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    var ready = new CountDownLatch(1);
    Thread.ofVirtual().start(() -> {
      try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (var line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith("ready ")) {
            ready.countDown();
          }
          if (line.contains("ERROR") || line.contains("Exception")) {
            System.err.println("[" + name + "] " + line);
          }
        }
      } catch (IOException e) {
        // the process was killed
      }
    });
    if (!ready.await(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
    assertThat(process.isAlive()).as(name + " started").isTrue();
    return process;
  }
}
