package com.euraflow.ozon.warehouses;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/** A shop's seller warehouses as OZON lists them; replaced whole on each sync, in one statement. */
@Repository
class WarehouseRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  WarehouseRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void replace(long shopId, List<Map<String, Object>> warehouses, Instant now) {
    jdbc.sql("""
        WITH incoming AS (
            SELECT * FROM jsonb_to_recordset(CAST(:rows AS jsonb))
                AS w(warehouse_id bigint, name text, status text, is_rfbs boolean, is_kgt boolean, raw jsonb)
        ), stored AS (
            INSERT INTO ozon.warehouses AS h (shop_id, warehouse_id, name, status, is_rfbs, is_kgt, raw, synced_at)
            SELECT :shopId, warehouse_id, name, coalesce(status, 'created'), is_rfbs, is_kgt, raw, :now FROM incoming
            ON CONFLICT (shop_id, warehouse_id) DO UPDATE SET name = excluded.name, status = excluded.status,
                is_rfbs = excluded.is_rfbs, is_kgt = excluded.is_kgt, raw = excluded.raw,
                synced_at = excluded.synced_at
        )
        DELETE FROM ozon.warehouses h
         WHERE h.shop_id = :shopId AND h.warehouse_id NOT IN (SELECT warehouse_id FROM incoming)
        """)
        .param("rows", json.writeValueAsString(warehouses))
        .param("shopId", shopId)
        .param("now", Timestamp.from(now))
        .update();
  }

  List<WarehouseView> list(long shopId) {
    return jdbc.sql("""
        SELECT warehouse_id, name, status, is_rfbs, is_kgt, synced_at FROM ozon.warehouses
         WHERE shop_id = :shopId ORDER BY name, warehouse_id
        """)
        .param("shopId", shopId)
        .query((rs, n) -> new WarehouseView(rs.getLong("warehouse_id"), rs.getString("name"), rs.getString("status"),
            rs.getBoolean("is_rfbs"), rs.getBoolean("is_kgt"), rs.getTimestamp("synced_at").toInstant()))
        .list();
  }
}
