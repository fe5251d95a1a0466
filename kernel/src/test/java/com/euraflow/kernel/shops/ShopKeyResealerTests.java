package com.euraflow.kernel.shops;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.kernel.config.KernelProperties;
import com.euraflow.kernel.crypto.SecretCipher;
import com.euraflow.testing.TestDatabase;
import java.time.Duration;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/** Master key rotation: after a restart with a new first key, every Api-Key is re-sealed with it. */
class ShopKeyResealerTests {

  private static final String OLD = "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  private static final String NEW = "k2:HxweHRwbGhkYFxYVFBMSERAPDg0MCwoJCAcGBQQDAgE=";

  @Test
  void resealsEveryApiKeyWithTheNewMasterKey() {
    try (var db = TestDatabase.create()) {
      Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration/kernel").load().migrate();
      var jdbc = JdbcClient.create(db.dataSource());
      var owner = jdbc.sql("INSERT INTO kernel.accounts (username, password_hash, role) VALUES ('o', 'x', 'main_account') RETURNING id")
          .query(Long.class).single();
      var repository = new ShopRepository(jdbc);
      var before = cipher(OLD);
      IntStream.range(0, 1203).forEach(i -> repository.insert(owner, "Shop " + i, Integer.toString(1000 + i),
          before.seal("api-key-" + i, ShopService.context(Integer.toString(1000 + i)))));

      var after = cipher(NEW + "," + OLD);
      new ShopKeyResealer(repository, after, new TransactionTemplate(new JdbcTransactionManager(db.dataSource()))).resealAll();

      assertThat(jdbc.sql("SELECT DISTINCT api_key_key_id FROM kernel.shops").query(String.class).list()).containsExactly("k2");
      var onlyNew = cipher(NEW);
      var some = repository.key(repository.byClientId("1777").orElseThrow().id()).orElseThrow();
      assertThat(onlyNew.open(some.sealed(), ShopService.context("1777"))).isEqualTo("api-key-777");
    }
  }

  private static SecretCipher cipher(String ring) {
    return new SecretCipher(new KernelProperties(ring, "x".repeat(32), Duration.ofMinutes(15), Duration.ofDays(30), 4,
        DataSize.ofMegabytes(1), 5, 5, "", new KernelProperties.Bootstrap("", "", "", "")));
  }
}
