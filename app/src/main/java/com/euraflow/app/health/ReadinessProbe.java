package com.euraflow.app.health;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Really asks PostgreSQL (and Redis, when configured) whether they answer. */
@Component
class ReadinessProbe {

  private static final int TIMEOUT_SECONDS = 2;

  private final DataSource dataSource;
  private final ObjectProvider<StringRedisTemplate> redis;
  private final boolean redisConfigured;

  ReadinessProbe(DataSource dataSource, ObjectProvider<StringRedisTemplate> redis,
      @Value("${euraflow.kernel.redis-url:}") String redisUrl) {
    this.dataSource = dataSource;
    this.redis = redis;
    this.redisConfigured = !redisUrl.isBlank();
  }

  /** Each dependency's state ("up" or why not); ready when all are up. */
  Map<String, String> check() {
    var checks = new LinkedHashMap<String, String>();
    checks.put("postgresql", postgres());
    if (redisConfigured) {
      checks.put("redis", redis());
    }
    return checks;
  }

  private String postgres() {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS) ? "up" : "not answering";
    } catch (SQLException e) {
      return "down: " + e.getClass().getSimpleName();
    }
  }

  private String redis() {
    try {
      var pong = redis.getObject().execute(c -> c.ping(), true);
      return "PONG".equalsIgnoreCase(pong) ? "up" : "not answering";
    } catch (RuntimeException e) {
      return "down: " + e.getClass().getSimpleName();
    }
  }
}
