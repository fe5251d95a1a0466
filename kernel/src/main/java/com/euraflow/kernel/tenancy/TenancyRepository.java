package com.euraflow.kernel.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Admins see every shop, main accounts their own, children what they were granted. */
@Repository
class TenancyRepository {

  private static final String VISIBLE = """
      SELECT s.id AS shop_id,
             CASE WHEN a.role IN ('admin', 'main_account') THEN 'write' ELSE g.access END AS access
        FROM kernel.accounts a
        JOIN kernel.shops s
          ON a.role = 'admin' OR (a.role = 'main_account' AND s.owner_id = a.id)
             OR (a.role IN ('sub_account', 'shipper') AND s.owner_id = a.parent_id)
        LEFT JOIN kernel.shop_grants g ON g.account_id = a.id AND g.shop_id = s.id
       WHERE a.id = :account
         AND (a.role IN ('admin', 'main_account') OR g.access IS NOT NULL)
      """;

  private final JdbcClient jdbc;

  TenancyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Access> accessTo(Caller caller, long shopId) {
    return jdbc.sql(VISIBLE + " AND s.id = :shop")
        .param("account", caller.accountId())
        .param("shop", shopId)
        .query((rs, n) -> Access.of(rs.getString("access")))
        .optional();
  }

  Map<Long, Access> visibleShops(Caller caller) {
    var shops = new LinkedHashMap<Long, Access>();
    jdbc.sql(VISIBLE + " ORDER BY s.id")
        .param("account", caller.accountId())
        .query(rs -> {
          shops.put(rs.getLong("shop_id"), Access.of(rs.getString("access")));
        });
    return shops;
  }
}
