package com.euraflow.kernel.shops;

import com.euraflow.kernel.crypto.SecretCipher.Sealed;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ShopRepository {

  private static final String COLUMNS = "id, owner_id, display_name, client_id, status, created_at, updated_at";

  private final JdbcClient jdbc;

  ShopRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  record StoredKey(long shopId, String clientId, Sealed sealed) {}

  /**
   * Locks the owner so its binds run one at a time, and returns its shop quota (empty: no level,
   * no quota).
   */
  OptionalInt lockOwnerQuota(long ownerId) {
    var quota = jdbc.sql("""
        SELECT l.max_shops FROM kernel.accounts a LEFT JOIN kernel.account_levels l ON l.id = a.level_id
         WHERE a.id = :owner FOR UPDATE OF a
        """).param("owner", ownerId).query((rs, n) -> rs.getObject(1, Integer.class)).list();
    return quota.isEmpty() || quota.getFirst() == null ? OptionalInt.empty() : OptionalInt.of(quota.getFirst());
  }

  int countOwned(long ownerId) {
    return jdbc.sql("SELECT count(*) FROM kernel.shops WHERE owner_id = :owner")
        .param("owner", ownerId).query(Integer.class).single();
  }

  /** Empty when the Client-Id is bound already (by anyone). */
  Optional<Shop> insert(long ownerId, String displayName, String clientId, Sealed key) {
    return jdbc.sql("""
        INSERT INTO kernel.shops (owner_id, display_name, client_id, api_key_ciphertext, api_key_key_id)
        VALUES (:owner, :name, :client, :cipher, :keyId)
        ON CONFLICT (client_id) DO NOTHING
        RETURNING %s
        """.formatted(COLUMNS))
        .param("owner", ownerId).param("name", displayName).param("client", clientId)
        .param("cipher", key.ciphertext()).param("keyId", key.keyId())
        .query(ShopRepository::shop).optional();
  }

  Optional<Shop> byClientId(String clientId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM kernel.shops WHERE client_id = :client")
        .param("client", clientId).query(ShopRepository::shop).optional();
  }

  Optional<Shop> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM kernel.shops WHERE id = :id")
        .param("id", id).query(ShopRepository::shop).optional();
  }

  List<Shop> findAll(Collection<Long> ids) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM kernel.shops WHERE id = ANY (CAST(:ids AS bigint[])) ORDER BY id")
        .param("ids", ids.toArray(Long[]::new)).query(ShopRepository::shop).list();
  }

  void rename(long id, String displayName) {
    jdbc.sql("UPDATE kernel.shops SET display_name = :name, updated_at = now() WHERE id = :id")
        .param("id", id).param("name", displayName).update();
  }

  void replaceKey(long id, Sealed key) {
    jdbc.sql("""
        UPDATE kernel.shops SET api_key_ciphertext = :cipher, api_key_key_id = :keyId, status = 'active',
               updated_at = now()
         WHERE id = :id
        """).param("id", id).param("cipher", key.ciphertext()).param("keyId", key.keyId()).update();
  }

  /** Moves a shop between statuses; returns the owner when the status actually changed. */
  Optional<Long> changeStatus(long id, ShopStatus from, ShopStatus to) {
    return jdbc.sql("""
        UPDATE kernel.shops SET status = :to, updated_at = now() WHERE id = :id AND status = :from
        RETURNING owner_id
        """).param("id", id).param("from", from.value()).param("to", to.value()).query(Long.class).optional();
  }

  boolean delete(long id) {
    return jdbc.sql("DELETE FROM kernel.shops WHERE id = :id").param("id", id).update() > 0;
  }

  Optional<StoredKey> key(long id) {
    return jdbc.sql("SELECT id, client_id, api_key_key_id, api_key_ciphertext FROM kernel.shops WHERE id = :id")
        .param("id", id).query(ShopRepository::storedKey).optional();
  }

  List<ActiveShop> active() {
    return jdbc.sql("SELECT id, owner_id, client_id FROM kernel.shops WHERE status = 'active' ORDER BY id")
        .query((rs, n) -> new ActiveShop(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("client_id")))
        .list();
  }

  /** A batch of keys sealed with another master key than {@code currentKeyId}, locked for re-sealing. */
  List<StoredKey> lockKeysNotSealedWith(String currentKeyId, int limit) {
    return jdbc.sql("""
        SELECT id, client_id, api_key_key_id, api_key_ciphertext FROM kernel.shops
         WHERE api_key_key_id <> :current ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
        """).param("current", currentKeyId).param("limit", limit).query(ShopRepository::storedKey).list();
  }

  void storeKeys(List<StoredKey> keys) {
    jdbc.sql("""
        UPDATE kernel.shops s SET api_key_ciphertext = decode(k.cipher, 'base64'), api_key_key_id = k.key_id
          FROM unnest(CAST(:ids AS bigint[]), CAST(:ciphers AS text[]), CAST(:keyIds AS text[]))
               AS k(id, cipher, key_id)
         WHERE s.id = k.id
        """)
        .param("ids", keys.stream().map(StoredKey::shopId).toArray(Long[]::new))
        .param("ciphers", keys.stream().map(k -> Base64.getEncoder().encodeToString(k.sealed().ciphertext()))
            .toArray(String[]::new))
        .param("keyIds", keys.stream().map(k -> k.sealed().keyId()).toArray(String[]::new))
        .update();
  }

  private static Shop shop(ResultSet rs, int n) throws SQLException {
    return new Shop(rs.getLong("id"), rs.getLong("owner_id"), rs.getString("display_name"), rs.getString("client_id"),
        ShopStatus.of(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant());
  }

  private static StoredKey storedKey(ResultSet rs, int n) throws SQLException {
    return new StoredKey(rs.getLong("id"), rs.getString("client_id"),
        new Sealed(rs.getString("api_key_key_id"), rs.getBytes("api_key_ciphertext")));
  }
}
