package com.euraflow.kernel.tenancy;

import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.errors.NotFoundException;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * THE tenancy check. Every shop-scoped read or write, in every module, resolves the shop id from the
 * record it touches and passes it here: a shop outside the caller's set is 404 (indistinguishable
 * from absent), a read-only grant asked for WRITE is 403.
 */
@Component
public class ShopAccess {

  private final TenancyRepository repository;

  ShopAccess(TenancyRepository repository) {
    this.repository = repository;
  }

  /** Returns {@code shopId} when the current caller may {@code access} it, otherwise throws. */
  public long requireShop(long shopId, Access access) {
    return requireShop(CurrentCaller.get(), shopId, access);
  }

  public long requireShop(Caller caller, long shopId, Access access) {
    var granted = repository.accessTo(caller, shopId)
        .orElseThrow(() -> NotFoundException.of("shop", shopId));
    if (access == Access.WRITE) {
      if (!granted.allows(Access.WRITE)) {
        throw ForbiddenException.because("read-only access to shop " + shopId);
      }
      if (!caller.canWrite()) {
        throw ForbiddenException.accountWriteForbidden();
      }
    }
    return shopId;
  }

  /** Ids of every shop the current caller may read. */
  public Set<Long> visibleShopIds() {
    return visibleShops(CurrentCaller.get()).keySet();
  }

  /** The current caller's shops and what it may do with each. */
  public Map<Long, Access> visibleShops(Caller caller) {
    return repository.visibleShops(caller);
  }
}
