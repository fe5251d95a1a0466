package com.euraflow.kernel.apikeys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ApiKeyRepository {

  private final JdbcClient jdbc;

  ApiKeyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  ApiKeyView insert(long accountId, String name, String hash, String prefix) {
    return jdbc.sql("""
        INSERT INTO kernel.api_keys (account_id, name, key_hash, key_prefix) VALUES (:account, :name, :hash, :prefix)
        RETURNING id, name, key_prefix, created_at, last_used_at, revoked_at
        """)
        .param("account", accountId).param("name", name).param("hash", hash).param("prefix", prefix)
        .query(ApiKeyRepository::view).single();
  }

  List<ApiKeyView> list(long accountId) {
    return jdbc.sql("""
        SELECT id, name, key_prefix, created_at, last_used_at, revoked_at FROM kernel.api_keys
         WHERE account_id = :account ORDER BY id
        """).param("account", accountId).query(ApiKeyRepository::view).list();
  }

  Optional<ApiKeyView> revoke(long accountId, long keyId) {
    return jdbc.sql("""
        UPDATE kernel.api_keys SET revoked_at = COALESCE(revoked_at, now())
         WHERE id = :id AND account_id = :account
        RETURNING id, name, key_prefix, created_at, last_used_at, revoked_at
        """).param("id", keyId).param("account", accountId).query(ApiKeyRepository::view).optional();
  }

  /** Finds a live key and notes its use (at most once a minute, to keep reads cheap). */
  Optional<ApiKeyOwner> use(String hash) {
    var owner = jdbc.sql("SELECT id, account_id FROM kernel.api_keys WHERE key_hash = :hash AND revoked_at IS NULL")
        .param("hash", hash)
        .query((rs, n) -> new ApiKeyOwner(rs.getLong("id"), rs.getLong("account_id")))
        .optional();
    owner.ifPresent(o -> jdbc.sql("""
        UPDATE kernel.api_keys SET last_used_at = now()
         WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
        """).param("id", o.keyId()).update());
    return owner;
  }

  private static ApiKeyView view(ResultSet rs, int n) throws SQLException {
    Timestamp used = rs.getTimestamp("last_used_at");
    Timestamp revoked = rs.getTimestamp("revoked_at");
    return new ApiKeyView(rs.getLong("id"), rs.getString("name"), rs.getString("key_prefix"),
        rs.getTimestamp("created_at").toInstant(), used == null ? null : used.toInstant(),
        revoked == null ? null : revoked.toInstant());
  }
}
