package com.euraflow.app.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With no EF_DB_URL, EuraFlow runs on embedded PostgreSQL whose data survives a restart. */
class EmbeddedDatabaseTests {

  @Test
  void keepsDataAcrossRestarts(@TempDir Path dataDir) throws Exception {
    var configuration = new DatabaseConfiguration();
    var properties = new DatabaseProperties("", "euraflow", "", 1, 4, Duration.ofSeconds(20));

    try (var postgres = configuration.embeddedPostgres(dataDir.toString());
        var pool = configuration.dataSource(properties, provider(postgres))) {
      JdbcClient.create(pool).sql("CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')").update();
    }
    try (var postgres = configuration.embeddedPostgres(dataDir.toString());
        var pool = configuration.dataSource(properties, provider(postgres))) {
      assertThat(JdbcClient.create(pool).sql("SELECT v FROM kept").query(String.class).single()).isEqualTo("still here");
      assertThat(pool.getMaximumPoolSize()).isEqualTo(4);
    }
  }

  private static ObjectProvider<EmbeddedPostgres> provider(EmbeddedPostgres postgres) {
    var factory = new DefaultListableBeanFactory();
    factory.registerSingleton("postgres", postgres);
    return factory.getBeanProvider(EmbeddedPostgres.class);
  }
}
