package com.euraflow.ozon.sync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The saved sync positions and health of every shop: the one shared piece of storage the OZON features'
 * jobs write to, hence a public component rather than a package-private repository.
 */
@Component
public class SyncCheckpoints {

  private final JdbcClient jdbc;

  SyncCheckpoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<SyncCheckpoint> find(long shopId, SyncKind kind) {
    return jdbc.sql("SELECT * FROM ozon.sync_checkpoints WHERE shop_id = :shopId AND kind = :kind")
        .param("shopId", shopId)
        .param("kind", kind.name())
        .query(SyncCheckpoints::checkpoint)
        .optional();
  }

  public List<SyncCheckpoint> forShops(Collection<Long> shopIds) {
    return jdbc.sql("SELECT * FROM ozon.sync_checkpoints WHERE shop_id = ANY(:shops) ORDER BY shop_id, kind")
        .param("shops", shopIds.toArray(Long[]::new))
        .query(SyncCheckpoints::checkpoint)
        .list();
  }

  /** A successful run: moves the watermark (when given) and clears the last error. */
  public void succeeded(long shopId, SyncKind kind, Instant watermark, Instant now, String statsJson) {
    jdbc.sql("""
        INSERT INTO ozon.sync_checkpoints AS c (shop_id, kind, watermark, last_success_at, last_attempt_at,
            last_error, last_stats)
        VALUES (:shopId, :kind, :watermark, :now, :now, NULL, CAST(:stats AS jsonb))
        ON CONFLICT (shop_id, kind) DO UPDATE SET watermark = coalesce(excluded.watermark, c.watermark),
            last_success_at = excluded.last_success_at, last_attempt_at = excluded.last_attempt_at,
            last_error = NULL, last_stats = excluded.last_stats
        """)
        .param("shopId", shopId)
        .param("kind", kind.name())
        .param("watermark", watermark == null ? null : Timestamp.from(watermark))
        .param("now", Timestamp.from(now))
        .param("stats", statsJson)
        .update();
  }

  /** A failed run: the watermark stays where it was, so the next run covers the same ground. */
  public void failed(long shopId, SyncKind kind, String error, Instant now) {
    jdbc.sql("""
        INSERT INTO ozon.sync_checkpoints AS c (shop_id, kind, last_attempt_at, last_error)
        VALUES (:shopId, :kind, :now, :error)
        ON CONFLICT (shop_id, kind) DO UPDATE SET last_attempt_at = excluded.last_attempt_at,
            last_error = excluded.last_error
        """)
        .param("shopId", shopId)
        .param("kind", kind.name())
        .param("error", error)
        .param("now", Timestamp.from(now))
        .update();
  }

  private static SyncCheckpoint checkpoint(ResultSet rs, int row) throws SQLException {
    return new SyncCheckpoint(rs.getLong("shop_id"), SyncKind.valueOf(rs.getString("kind")),
        instant(rs, "watermark"), instant(rs, "last_success_at"), instant(rs, "last_attempt_at"),
        rs.getString("last_error"), rs.getString("last_stats"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }
}
