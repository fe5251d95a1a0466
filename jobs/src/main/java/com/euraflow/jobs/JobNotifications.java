package com.euraflow.jobs;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens on one dedicated connection for wake-ups, cancel requests and job events from every process, and fans
 * them out. After a lost connection it reconnects and wakes every lane, since notifications in between are lost.
 */
final class JobNotifications implements JobEvents {

  private static final Logger log = LoggerFactory.getLogger(JobNotifications.class);
  private static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);

  interface Receiver {
    void wake(@Nullable String lane);

    void cancelRequested(long jobId);
  }

  private final DataSource dataSource;
  private final JsonMapper json;
  private final Receiver receiver;
  private final List<Consumer<JobEvent>> listeners = new CopyOnWriteArrayList<>();
  private final Signal stopped = new Signal();
  private volatile boolean running;
  private @Nullable Thread thread;

  JobNotifications(DataSource dataSource, JsonMapper json, Receiver receiver) {
    this.dataSource = dataSource;
    this.json = json;
    this.receiver = receiver;
  }

  void start() {
    running = true;
    thread = Thread.ofVirtual().name("jobs-listener").start(this::loop);
  }

  void stop() throws InterruptedException {
    running = false;
    stopped.raise();
    var t = thread;
    if (t != null) {
      t.join();
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<JobEvent> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  private void loop() {
    var first = true;
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(true);
        try (var st = connection.createStatement()) {
          st.execute("LISTEN " + JobRepository.WAKEUP_CHANNEL + "; LISTEN " + JobRepository.EVENT_CHANNEL
              + "; LISTEN " + JobRepository.CANCEL_CHANNEL);
        }
        if (!first) {
          receiver.wake(null);
        }
        first = false;
        var pg = connection.unwrap(PGConnection.class);
        while (running) {
          var notifications = pg.getNotifications(250);
          if (notifications == null) {
            continue;
          }
          for (var n : notifications) {
            dispatch(n.getName(), n.getParameter());
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn("job notifications connection lost, reconnecting: {}", e.toString());
          stopped.await(RECONNECT_DELAY);
        }
      }
    }
  }

  private void dispatch(String channel, String payload) {
    switch (channel) {
      case JobRepository.WAKEUP_CHANNEL -> receiver.wake(payload);
      case JobRepository.CANCEL_CHANNEL -> receiver.cancelRequested(Long.parseLong(payload));
      case JobRepository.EVENT_CHANNEL -> publish(event(json.readTree(payload)));
      default -> log.debug("ignoring notification on {}", channel);
    }
  }

  private void publish(JobEvent event) {
    for (var listener : listeners) {
      try {
        listener.accept(event);
      } catch (RuntimeException e) {
        log.warn("job event listener failed on job {}", event.jobId(), e);
      }
    }
  }

  private static JobEvent event(JsonNode n) {
    return new JobEvent(
        n.get("id").asLong(),
        n.get("name").asString(),
        n.get("tenantId").isNull() ? null : n.get("tenantId").asLong(),
        n.get("shopId").isNull() ? null : n.get("shopId").asLong(),
        JobState.fromDb(n.get("state").asString()),
        n.get("percent").isNull() ? null : n.get("percent").asInt(),
        n.get("message").isNull() ? null : n.get("message").asString());
  }
}
