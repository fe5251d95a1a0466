package com.euraflow.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh, uniquely named PostgreSQL database for one test class (or one test), dropped on close.
 *
 * <p>Where a PostgreSQL server answers on {@code EF_TEST_PG_HOST:EF_TEST_PG_PORT} (default
 * 127.0.0.1:5432, user {@code EF_TEST_PG_USER}, default postgres, trust auth) the database is created
 * there; otherwise one embedded PostgreSQL per JVM serves every test. Set {@code EF_TEST_PG=embedded}
 * to force the embedded server. Databases left behind by a killed run are dropped after six hours.
 */
public final class TestDatabase implements AutoCloseable {

  private static final String PREFIX = "ef_test_";
  private static final Duration STALE_AFTER = Duration.ofHours(6);
  private static volatile Server server;

  private final String name;
  private final String url;
  private final String user;
  private HikariDataSource dataSource;

  private TestDatabase(String name, String url, String user) {
    this.name = name;
    this.url = url;
    this.user = user;
  }

  /** Creates a new empty database on the shared server. */
  public static TestDatabase create() {
    var s = server();
    var name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().substring(0, 8);
    s.execute("CREATE DATABASE " + name);
    return new TestDatabase(name, s.urlFor(name), s.user());
  }

  public String name() {
    return name;
  }

  public String jdbcUrl() {
    return url;
  }

  public String username() {
    return user;
  }

  public String password() {
    return "";
  }

  /** A small pool on this database, closed with it. */
  public synchronized DataSource dataSource() {
    if (dataSource == null) {
      var config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setMaximumPoolSize(20);
      config.setPoolName(name);
      dataSource = new HikariDataSource(config);
    }
    return dataSource;
  }

  @Override
  public synchronized void close() {
    if (dataSource != null) {
      dataSource.close();
    }
    server().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  private static Server server() {
    if (server == null) {
      synchronized (TestDatabase.class) {
        if (server == null) {
          server = Server.start();
        }
      }
    }
    return server;
  }

  private record Server(String host, int port, String user) {

    static Server start() {
      var mode = System.getenv().getOrDefault("EF_TEST_PG", "auto");
      var host = System.getenv().getOrDefault("EF_TEST_PG_HOST", "127.0.0.1");
      var port = Integer.parseInt(System.getenv().getOrDefault("EF_TEST_PG_PORT", "5432"));
      var user = System.getenv().getOrDefault("EF_TEST_PG_USER", "postgres");
      if (!mode.equals("embedded")) {
        var local = new Server(host, port, user);
        if (local.answers()) {
          local.dropStaleDatabases();
          return local;
        }
      }
      try {
        var embedded = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            embedded.close();
          } catch (IOException ignored) {
            // the JVM is going away; the temporary data directory goes with it
          }
        }));
        return new Server("localhost", embedded.getPort(), "postgres");
      } catch (IOException e) {
        throw new UncheckedIOException("could not start embedded PostgreSQL", e);
      }
    }

    String urlFor(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    boolean answers() {
      try (var ignored = connect()) {
        return true;
      } catch (SQLException e) {
        return false;
      }
    }

    void execute(String sql) {
      try (var c = connect(); var st = c.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
      }
    }

    void dropStaleDatabases() {
      var cutoff = Instant.now().minus(STALE_AFTER).getEpochSecond();
      List<String> stale = new ArrayList<>();
      try (var c = connect();
          var rs = c.createStatement().executeQuery(
              "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
        while (rs.next()) {
          var parts = rs.getString(1).substring(PREFIX.length()).split("_");
          try {
            if (Long.parseLong(parts[0]) < cutoff) {
              stale.add(rs.getString(1));
            }
          } catch (NumberFormatException ignored) {
            // not one of ours
          }
        }
      } catch (SQLException e) {
        return;
      }
      stale.forEach(db -> {
        try {
          execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        } catch (IllegalStateException ignored) {
          // another run may be dropping it at the same moment
        }
      });
    }

    private Connection connect() throws SQLException {
      DriverManager.setLoginTimeout(2);
      return DriverManager.getConnection(urlFor("postgres"), user, "");
    }
  }
}
