package com.euraflow.ozon;

import com.euraflow.testing.TestDatabase;
import org.flywaydb.core.Flyway;

/** A fresh database with the OZON channel's schema migrated, for repository tests and benchmarks. */
public final class OzonDatabase {

  private OzonDatabase() {}

  public static TestDatabase create() {
    var db = TestDatabase.create();
    Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration/ozon").load().migrate();
    return db;
  }
}
