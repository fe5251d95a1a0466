package com.euraflow.kernel.shops;

import com.euraflow.kernel.audit.AuditLog;
import com.euraflow.kernel.crypto.SecretCipher;
import com.euraflow.kernel.errors.ConflictException;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.shops.OzonConnectionProbe.Outcome;
import com.euraflow.kernel.shops.OzonConnectionProbe.ProbeResult;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.Caller;
import com.euraflow.kernel.tenancy.Role;
import com.euraflow.kernel.tenancy.ShopAccess;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Binding and managing OZON shops. Api-Keys are sealed before they reach SQL and never leave sealed. */
@Service
public class ShopService {

  private final ShopRepository repository;
  private final ShopAccess access;
  private final SecretCipher cipher;
  private final OzonConnectionProbe probe;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  ShopService(ShopRepository repository, ShopAccess access, SecretCipher cipher, OzonConnectionProbe probe,
      AuditLog audit, ApplicationEventPublisher events) {
    this.repository = repository;
    this.access = access;
    this.cipher = cipher;
    this.probe = probe;
    this.audit = audit;
    this.events = events;
  }

  /** A shop as the caller sees it, with what the caller may do with it. */
  public record VisibleShop(Shop shop, Access access) {}

  /** Whether the bind created the shop or found the caller's own identical binding (a repeat). */
  public record Bound(Shop shop, boolean created) {}

  public List<VisibleShop> list(Caller caller) {
    var visible = access.visibleShops(caller);
    return repository.findAll(visible.keySet()).stream().map(s -> new VisibleShop(s, visible.get(s.id()))).toList();
  }

  public VisibleShop get(Caller caller, long shopId) {
    access.requireShop(caller, shopId, Access.READ);
    return new VisibleShop(repository.find(shopId).orElseThrow(() -> NotFoundException.of("shop", shopId)),
        access.visibleShops(caller).get(shopId));
  }

  /**
   * Binds a shop to the calling main account. Binds by one owner are serialised on the owner's row,
   * so a double-clicked bind finds the first one's shop and answers with it instead of a duplicate.
   */
  @Transactional
  public Bound bind(Caller caller, String displayName, String clientId, String apiKey) {
    if (caller.role() != Role.MAIN_ACCOUNT) {
      throw ForbiddenException.because("only main accounts bind shops");
    }
    var quota = repository.lockOwnerQuota(caller.accountId());
    var existing = repository.byClientId(clientId);
    if (existing.isPresent()) {
      return repeatedBind(caller, existing.get());
    }
    if (quota.isPresent() && repository.countOwned(caller.accountId()) >= quota.getAsInt()) {
      throw ConflictException.quotaExceeded("the account level allows " + quota.getAsInt() + " shops");
    }
    var sealed = cipher.seal(apiKey, context(clientId));
    var inserted = repository.insert(caller.accountId(), displayName, clientId, sealed);
    if (inserted.isEmpty()) {
      // another tenant bound the same Client-Id between our check and insert
      return repeatedBind(caller, repository.byClientId(clientId).orElseThrow());
    }
    var shop = inserted.get();
    audit.record(caller, "shop.bound", "shop", shop.id(), Map.of("displayName", displayName, "clientId", clientId));
    events.publishEvent(new ShopBound(shop.id(), caller.accountId()));
    return new Bound(shop, true);
  }

  private static Bound repeatedBind(Caller caller, Shop existing) {
    if (existing.ownerId() != caller.accountId()) {
      throw ConflictException.of("this OZON Client-Id is bound to another account");
    }
    return new Bound(existing, false);
  }

  /** Renames and/or rotates the Api-Key (a new key makes a needs_new_key shop active again). */
  @Transactional
  public VisibleShop update(Caller caller, long shopId, @Nullable String displayName, @Nullable String apiKey) {
    var shop = managed(caller, shopId);
    var changes = new HashMap<String, Object>();
    if (displayName != null && !displayName.equals(shop.displayName())) {
      repository.rename(shopId, displayName);
      changes.put("displayName", displayName);
    }
    if (apiKey != null) {
      repository.replaceKey(shopId, cipher.seal(apiKey, context(shop.clientId())));
      changes.put("apiKey", "rotated");
      events.publishEvent(new ShopCredentialsChanged(shopId));
    }
    if (!changes.isEmpty()) {
      audit.record(shop.ownerId(), caller.accountId(), caller.username(), "shop.changed", "shop", shopId, changes);
    }
    return get(caller, shopId);
  }

  @Transactional
  public void delete(Caller caller, long shopId) {
    var shop = managed(caller, shopId);
    repository.delete(shopId);
    audit.record(shop.ownerId(), caller.accountId(), caller.username(), "shop.deleted", "shop", shopId,
        Map.of("displayName", shop.displayName(), "clientId", shop.clientId()));
    events.publishEvent(new ShopDeleted(shopId));
  }

  /**
   * Asks OZON whether the stored credentials work. A rejection marks the shop needs_new_key; a
   * success clears that mark. Not transactional: no connection is held during the OZON call.
   */
  public ProbeResult testConnection(Caller caller, long shopId) {
    managed(caller, shopId);
    var credentials = credentials(shopId).orElseThrow(() -> NotFoundException.of("shop", shopId));
    var result = probe.probe(credentials.clientId(), credentials.apiKey());
    if (result.outcome() == Outcome.REJECTED) {
      markRejected(shopId);
    } else if (result.outcome() == Outcome.OK
        && repository.changeStatus(shopId, ShopStatus.NEEDS_NEW_KEY, ShopStatus.ACTIVE).isPresent()) {
      events.publishEvent(new ShopCredentialsChanged(shopId));
    }
    return result;
  }

  Optional<ShopCredentials> credentials(long shopId) {
    return repository.key(shopId).map(stored ->
        new ShopCredentials(shopId, stored.clientId(), cipher.open(stored.sealed(), context(stored.clientId()))));
  }

  void markRejected(long shopId) {
    repository.changeStatus(shopId, ShopStatus.ACTIVE, ShopStatus.NEEDS_NEW_KEY).ifPresent(owner ->
        audit.record(owner, null, null, "shop.credentials_rejected", "shop", shopId, Map.of()));
  }

  /** Shop management is the owner's (or an admin's); granted children only work with the shop. */
  private Shop managed(Caller caller, long shopId) {
    access.requireShop(caller, shopId, Access.WRITE);
    if (caller.role() != Role.MAIN_ACCOUNT && !caller.isAdmin()) {
      throw ForbiddenException.because("only the shop's main account manages it");
    }
    return repository.find(shopId).orElseThrow(() -> NotFoundException.of("shop", shopId));
  }

  /** Binds a ciphertext to its Client-Id, so it cannot be pasted into another shop's row. */
  static String context(String clientId) {
    return "kernel.shops.api_key:" + clientId;
  }
}
