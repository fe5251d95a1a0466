package com.euraflow.app.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one connection pool, on the configured PostgreSQL or on an embedded one kept in the data dir. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  static final String EMBEDDED = "'${euraflow.db.url:}'.isBlank()";

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression(EMBEDDED)
  EmbeddedPostgres embeddedPostgres(@Value("${euraflow.data-dir}") String dataDir) throws IOException {
    var directory = Path.of(dataDir, "postgres").toAbsolutePath();
    Files.createDirectories(directory.getParent());
    // an existing data directory is reused as it is, so a restart keeps the data
    var postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
    log.info("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
    return postgres;
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
    var config = new HikariConfig();
    var postgres = embedded.getIfAvailable();
    if (postgres != null) {
      config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
      config.setUsername("postgres");
    } else {
      config.setJdbcUrl(properties.url());
      config.setUsername(properties.username());
      config.setPassword(properties.password());
    }
    config.setPoolName("euraflow");
    config.setMinimumIdle(Math.min(properties.poolMinIdle(), properties.poolMax()));
    config.setMaximumPoolSize(properties.poolMax());
    config.setConnectionTimeout(properties.acquisitionTimeout().toMillis());
    return new HikariDataSource(config);
  }
}
