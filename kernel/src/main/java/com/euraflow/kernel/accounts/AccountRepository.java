package com.euraflow.kernel.accounts;

import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.Caller;
import com.euraflow.kernel.tenancy.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

  private static final String VIEW = """
      SELECT a.id, a.username, a.role, a.parent_id, a.level_id, a.status, a.expires_at, a.last_login_at,
             a.created_at
        FROM kernel.accounts a
      """;

  private final JdbcClient jdbc;

  AccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The caller behind an account, or empty when it (or its main account) is disabled. Children
   * inherit their main account's status and expiry; admins are never restricted.
   */
  Optional<Caller> caller(long accountId, long apiKeyId) {
    return jdbc.sql("""
        SELECT a.id, a.username, a.role, COALESCE(a.parent_id, a.id) AS tenant_id,
               (a.role = 'admin'
                 OR (a.status = 'active' AND COALESCE(p.status, 'active') = 'active'
                     AND LEAST(COALESCE(a.expires_at, 'infinity'), COALESCE(p.expires_at, 'infinity')) > now()))
                 AS can_write
          FROM kernel.accounts a
          LEFT JOIN kernel.accounts p ON p.id = a.parent_id
         WHERE a.id = :id AND a.status <> 'disabled' AND COALESCE(p.status, 'active') <> 'disabled'
        """)
        .param("id", accountId)
        .query((rs, n) -> new Caller(rs.getLong("id"), rs.getString("username"), Role.of(rs.getString("role")),
            rs.getLong("tenant_id"), rs.getBoolean("can_write"), apiKeyId))
        .optional();
  }

  Optional<LoginAccount> forLogin(String username) {
    return jdbc.sql("""
        SELECT a.id, a.username, a.password_hash, COALESCE(a.parent_id, a.id) AS tenant_id,
               (a.status = 'disabled' OR COALESCE(p.status, 'active') = 'disabled') AS disabled
          FROM kernel.accounts a
          LEFT JOIN kernel.accounts p ON p.id = a.parent_id
         WHERE lower(a.username) = lower(:username)
        """)
        .param("username", username)
        .query((rs, n) -> new LoginAccount(rs.getLong("id"), rs.getString("username"),
            rs.getString("password_hash"), rs.getLong("tenant_id"), rs.getBoolean("disabled")))
        .optional();
  }

  Optional<String> passwordHash(long accountId) {
    return jdbc.sql("SELECT password_hash FROM kernel.accounts WHERE id = :id")
        .param("id", accountId).query(String.class).optional();
  }

  void recordLogin(long accountId) {
    jdbc.sql("UPDATE kernel.accounts SET last_login_at = now() WHERE id = :id").param("id", accountId).update();
  }

  boolean adminExists() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM kernel.accounts WHERE role = 'admin')")
        .query(Boolean.class).single();
  }

  /** Inserts unless the user name is taken; empty when it was. */
  Optional<Long> insert(String username, String passwordHash, Role role, @Nullable Long parentId,
      @Nullable Long levelId, @Nullable Instant expiresAt) {
    return jdbc.sql("""
        INSERT INTO kernel.accounts (username, password_hash, role, parent_id, level_id, expires_at)
        VALUES (:username, :hash, :role, :parent, :level, :expires)
        ON CONFLICT DO NOTHING
        RETURNING id
        """)
        .param("username", username)
        .param("hash", passwordHash)
        .param("role", role.value())
        .param("parent", parentId)
        .param("level", levelId)
        .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
        .query(Long.class)
        .optional();
  }

  /** Locks a main account so quota checks and the inserts they guard are serialised. */
  Optional<AccountLevel> lockLevelOf(long mainAccountId) {
    return jdbc.sql("""
        SELECT l.id, l.name, l.max_shops, l.max_sub_accounts, l.default_expiration_days, l.is_default
          FROM kernel.accounts a
          JOIN kernel.account_levels l ON l.id = a.level_id
         WHERE a.id = :id
           FOR UPDATE OF a
        """)
        .param("id", mainAccountId)
        .query(AccountRepository::level)
        .optional();
  }

  int childCount(long mainAccountId) {
    return jdbc.sql("SELECT count(*) FROM kernel.accounts WHERE parent_id = :id")
        .param("id", mainAccountId).query(Integer.class).single();
  }

  /** Accounts visible to a manager: everything for admins (tenant null), the children of a main account. */
  List<AccountView> list(@Nullable Long parentId) {
    var accounts = jdbc.sql(VIEW + " WHERE (CAST(:parent AS bigint) IS NULL OR a.parent_id = :parent) ORDER BY a.id")
        .param("parent", parentId)
        .query((rs, n) -> view(rs, List.of()))
        .list();
    return withGrants(accounts);
  }

  Optional<AccountView> find(long id) {
    return withGrants(jdbc.sql(VIEW + " WHERE a.id = :id").param("id", id).query((rs, n) -> view(rs, List.of())).list())
        .stream().findFirst();
  }

  void update(long id, @Nullable Role role, @Nullable AccountStatus status, @Nullable Long levelId,
      @Nullable Instant expiresAt) {
    jdbc.sql("""
        UPDATE kernel.accounts
           SET role = COALESCE(:role, role),
               status = COALESCE(:status, status),
               level_id = COALESCE(:level, level_id),
               expires_at = COALESCE(:expires, expires_at),
               updated_at = now()
         WHERE id = :id
        """)
        .param("id", id)
        .param("role", role == null ? null : role.value())
        .param("status", status == null ? null : status.value())
        .param("level", levelId)
        .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt))
        .update();
  }

  void setPassword(long id, String hash) {
    jdbc.sql("UPDATE kernel.accounts SET password_hash = :hash, updated_at = now() WHERE id = :id")
        .param("id", id).param("hash", hash).update();
  }

  void delete(long id) {
    jdbc.sql("DELETE FROM kernel.accounts WHERE id = :id").param("id", id).update();
  }

  /**
   * Replaces a child's grants with {@code grants}, keeping only shops the main account owns.
   *
   * @return how many grants were stored (fewer than asked means some shop was not the owner's)
   */
  int replaceGrants(long childId, long ownerId, List<ShopGrant> grants) {
    jdbc.sql("DELETE FROM kernel.shop_grants WHERE account_id = :child").param("child", childId).update();
    if (grants.isEmpty()) {
      return 0;
    }
    return jdbc.sql("""
        INSERT INTO kernel.shop_grants (account_id, shop_id, access)
        SELECT :child, s.id, g.access
          FROM unnest(CAST(:shops AS bigint[]), CAST(:access AS text[])) AS g(shop_id, access)
          JOIN kernel.shops s ON s.id = g.shop_id AND s.owner_id = :owner
        ON CONFLICT (account_id, shop_id) DO UPDATE SET access = excluded.access
        """)
        .param("child", childId)
        .param("owner", ownerId)
        .param("shops", grants.stream().map(ShopGrant::shopId).toArray(Long[]::new))
        .param("access", grants.stream().map(g -> g.access().value()).toArray(String[]::new))
        .update();
  }

  List<AccountLevel> levels() {
    return jdbc.sql("""
        SELECT id, name, max_shops, max_sub_accounts, default_expiration_days, is_default
          FROM kernel.account_levels ORDER BY id
        """).query(AccountRepository::level).list();
  }

  Optional<AccountLevel> level(@Nullable Long id) {
    return jdbc.sql("""
        SELECT id, name, max_shops, max_sub_accounts, default_expiration_days, is_default
          FROM kernel.account_levels
         WHERE (CAST(:id AS bigint) IS NULL AND is_default) OR id = :id
        """).param("id", id).query(AccountRepository::level).optional();
  }

  Optional<AccountLevel> insertLevel(String name, int maxShops, int maxSubAccounts, int expirationDays) {
    return jdbc.sql("""
        INSERT INTO kernel.account_levels (name, max_shops, max_sub_accounts, default_expiration_days)
        VALUES (:name, :shops, :subs, :days)
        ON CONFLICT (name) DO NOTHING
        RETURNING id, name, max_shops, max_sub_accounts, default_expiration_days, is_default
        """)
        .param("name", name).param("shops", maxShops).param("subs", maxSubAccounts).param("days", expirationDays)
        .query(AccountRepository::level).optional();
  }

  private List<AccountView> withGrants(List<AccountView> accounts) {
    if (accounts.isEmpty()) {
      return accounts;
    }
    Map<Long, List<ShopGrant>> grants = new HashMap<>();
    jdbc.sql("""
        SELECT account_id, shop_id, access FROM kernel.shop_grants
         WHERE account_id = ANY (CAST(:ids AS bigint[])) ORDER BY shop_id
        """)
        .param("ids", accounts.stream().map(AccountView::id).toArray(Long[]::new))
        .query(rs -> {
          grants.computeIfAbsent(rs.getLong("account_id"), k -> new ArrayList<>())
              .add(new ShopGrant(rs.getLong("shop_id"), Access.of(rs.getString("access"))));
        });
    return accounts.stream().map(a -> new AccountView(a.id(), a.username(), a.role(), a.parentId(), a.levelId(),
        a.status(), a.expiresAt(), a.lastLoginAt(), a.createdAt(), grants.getOrDefault(a.id(), List.of()))).toList();
  }

  private static AccountView view(ResultSet rs, List<ShopGrant> shops) throws SQLException {
    return new AccountView(
        rs.getLong("id"),
        rs.getString("username"),
        Role.of(rs.getString("role")),
        rs.getObject("parent_id", Long.class),
        rs.getObject("level_id", Long.class),
        AccountStatus.of(rs.getString("status")),
        instant(rs.getTimestamp("expires_at")),
        instant(rs.getTimestamp("last_login_at")),
        rs.getTimestamp("created_at").toInstant(),
        shops);
  }

  private static @Nullable Instant instant(@Nullable Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static AccountLevel level(ResultSet rs, int n) throws SQLException {
    return new AccountLevel(rs.getLong("id"), rs.getString("name"), rs.getInt("max_shops"),
        rs.getInt("max_sub_accounts"), rs.getInt("default_expiration_days"), rs.getBoolean("is_default"));
  }
}
