package com.euraflow.kernel.audit;

import com.euraflow.kernel.errors.Problems;
import com.euraflow.kernel.tenancy.Caller;
import com.euraflow.kernel.tenancy.CurrentCaller;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records security-relevant actions in the caller's transaction, with the request's id and client IP.
 * {@code details} must never hold a secret (passwords, Api-Keys, tokens).
 */
@Component
public class AuditLog {

  private final AuditRepository repository;

  AuditLog(AuditRepository repository) {
    this.repository = repository;
  }

  /** An action by the current caller on its own tenant. */
  public void record(String action, String targetType, Object targetId, Map<String, ?> details) {
    var caller = CurrentCaller.get();
    record(caller.tenantId(), caller.accountId(), caller.username(), action, targetType, targetId, details);
  }

  /** An action on behalf of {@code actor} (e.g. before the security context exists, at login). */
  public void record(Caller actor, String action, String targetType, Object targetId, Map<String, ?> details) {
    record(actor.tenantId(), actor.accountId(), actor.username(), action, targetType, targetId, details);
  }

  public void record(
      @Nullable Long tenantId,
      @Nullable Long actorId,
      @Nullable String actorUsername,
      String action,
      @Nullable String targetType,
      @Nullable Object targetId,
      Map<String, ?> details) {
    repository.insert(new AuditEntry(0, null, tenantId, actorId, actorUsername, action, targetType,
        targetId == null ? null : targetId.toString(), clientIp(), MDC.get(Problems.REQUEST_ID), details));
  }

  /** Newest first; admins read everything, main accounts their own account tree. */
  public List<AuditEntry> read(Caller caller, @Nullable Long beforeId, int limit) {
    return repository.find(caller.isAdmin() ? null : caller.tenantId(), beforeId, limit);
  }

  private static @Nullable String clientIp() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest().getRemoteAddr()
        : null;
  }
}
