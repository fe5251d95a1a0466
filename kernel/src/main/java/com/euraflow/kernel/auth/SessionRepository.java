package com.euraflow.kernel.auth;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Login sessions: refresh token families and their (hashed) tokens. */
@Repository
class SessionRepository {

  private final JdbcClient jdbc;

  SessionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record Rotated(UUID familyId, long accountId) {}

  void openFamily(UUID familyId, long accountId) {
    jdbc.sql("INSERT INTO kernel.refresh_families (id, account_id) VALUES (:id, :account)")
        .param("id", familyId).param("account", accountId).update();
  }

  void storeToken(String hash, UUID familyId, Instant expiresAt) {
    jdbc.sql("INSERT INTO kernel.refresh_tokens (token_hash, family_id, expires_at) VALUES (:hash, :family, :expires)")
        .param("hash", hash).param("family", familyId).param("expires", Timestamp.from(expiresAt)).update();
  }

  /** Marks a live token used, atomically: of two concurrent uses only one gets a row back. */
  Optional<Rotated> rotate(String hash) {
    return jdbc.sql("""
        UPDATE kernel.refresh_tokens t
           SET rotated_at = now()
          FROM kernel.refresh_families f
         WHERE t.token_hash = :hash AND t.rotated_at IS NULL AND t.expires_at > now()
           AND f.id = t.family_id AND f.revoked_at IS NULL
        RETURNING t.family_id, f.account_id
        """)
        .param("hash", hash)
        .query((rs, n) -> new Rotated(rs.getObject("family_id", UUID.class), rs.getLong("account_id")))
        .optional();
  }

  /** The family of a token that was already rotated: presenting it again means it leaked. */
  Optional<Rotated> rotatedFamily(String hash) {
    return jdbc.sql("""
        SELECT t.family_id, f.account_id FROM kernel.refresh_tokens t
          JOIN kernel.refresh_families f ON f.id = t.family_id
         WHERE t.token_hash = :hash AND t.rotated_at IS NOT NULL
        """)
        .param("hash", hash)
        .query((rs, n) -> new Rotated(rs.getObject("family_id", UUID.class), rs.getLong("account_id")))
        .optional();
  }

  boolean revokeFamily(UUID familyId, String reason) {
    return jdbc.sql("""
        UPDATE kernel.refresh_families SET revoked_at = now(), revoke_reason = :reason
         WHERE id = :id AND revoked_at IS NULL
        """).param("id", familyId).param("reason", reason).update() > 0;
  }

  int revokeAll(long accountId, String reason) {
    return jdbc.sql("""
        UPDATE kernel.refresh_families SET revoked_at = now(), revoke_reason = :reason
         WHERE account_id = :account AND revoked_at IS NULL
        """).param("account", accountId).param("reason", reason).update();
  }

  boolean isLive(UUID familyId, long accountId) {
    return jdbc.sql("""
        SELECT EXISTS (SELECT 1 FROM kernel.refresh_families
                        WHERE id = :id AND account_id = :account AND revoked_at IS NULL)
        """).param("id", familyId).param("account", accountId).query(Boolean.class).single();
  }
}
