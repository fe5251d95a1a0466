package com.euraflow.kernel.audit;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@Repository
class AuditRepository {

  private final JdbcClient jdbc;
  private final ObjectMapper json;

  AuditRepository(JdbcClient jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void insert(AuditEntry e) {
    jdbc.sql("""
        INSERT INTO kernel.audit_log
               (tenant_id, actor_id, actor_username, action, target_type, target_id, ip, request_id, details)
        VALUES (:tenant, :actor, :username, :action, :targetType, :targetId, :ip, :requestId, CAST(:details AS jsonb))
        """)
        .param("tenant", e.tenantId())
        .param("actor", e.actorId())
        .param("username", e.actorUsername())
        .param("action", e.action())
        .param("targetType", e.targetType())
        .param("targetId", e.targetId())
        .param("ip", e.ip())
        .param("requestId", e.requestId())
        .param("details", json.writeValueAsString(e.details()))
        .update();
  }

  List<AuditEntry> find(@Nullable Long tenantId, @Nullable Long beforeId, int limit) {
    return jdbc.sql("""
        SELECT id, occurred_at, tenant_id, actor_id, actor_username, action, target_type, target_id, ip,
               request_id, details::text AS details
          FROM kernel.audit_log
         WHERE (CAST(:tenant AS bigint) IS NULL OR tenant_id = :tenant)
           AND (CAST(:before AS bigint) IS NULL OR id < :before)
         ORDER BY id DESC
         LIMIT :limit
        """)
        .param("tenant", tenantId)
        .param("before", beforeId)
        .param("limit", limit)
        .query((rs, n) -> new AuditEntry(
            rs.getLong("id"),
            rs.getTimestamp("occurred_at").toInstant(),
            rs.getObject("tenant_id", Long.class),
            rs.getObject("actor_id", Long.class),
            rs.getString("actor_username"),
            rs.getString("action"),
            rs.getString("target_type"),
            rs.getString("target_id"),
            rs.getString("ip"),
            rs.getString("request_id"),
            json.readValue(rs.getString("details"), new TypeReference<Map<String, Object>>() {})))
        .list();
  }
}
