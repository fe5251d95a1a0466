package com.euraflow.kernel.apikeys;

import com.euraflow.kernel.audit.AuditLog;
import com.euraflow.kernel.crypto.Tokens;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.tenancy.Caller;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** API keys act as their owner, on every endpoint a token is accepted. */
@Service
public class ApiKeyService {

  static final String PREFIX = "ef_live_";

  private final ApiKeyRepository repository;
  private final AuditLog audit;

  ApiKeyService(ApiKeyRepository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  public Optional<ApiKeyOwner> owner(String key) {
    return repository.use(Tokens.sha256(key));
  }

  @Transactional
  public CreatedApiKey create(Caller caller, String name) {
    requireInteractive(caller);
    var key = Tokens.random(PREFIX);
    var stored = repository.insert(caller.accountId(), name, Tokens.sha256(key), key.substring(0, PREFIX.length() + 4));
    audit.record(caller, "api_key.created", "api_key", stored.id(), Map.of("name", name, "prefix", stored.prefix()));
    return new CreatedApiKey(stored.id(), stored.name(), stored.prefix(), key, stored.createdAt());
  }

  public List<ApiKeyView> list(Caller caller) {
    return repository.list(caller.accountId());
  }

  @Transactional
  public void revoke(Caller caller, long keyId) {
    var revoked = repository.revoke(caller.accountId(), keyId).orElseThrow(() -> NotFoundException.of("API key", keyId));
    audit.record(caller, "api_key.revoked", "api_key", keyId, Map.of("prefix", revoked.prefix()));
  }

  /** Revokes a key and issues a new one with the same name. */
  @Transactional
  public CreatedApiKey regenerate(Caller caller, long keyId) {
    requireInteractive(caller);
    var old = repository.revoke(caller.accountId(), keyId).orElseThrow(() -> NotFoundException.of("API key", keyId));
    audit.record(caller, "api_key.revoked", "api_key", keyId, Map.of("prefix", old.prefix()));
    return create(caller, old.name());
  }

  /** A leaked key must not be able to mint more keys. */
  private static void requireInteractive(Caller caller) {
    if (caller.apiKeyId() != 0) {
      throw ForbiddenException.because("API keys are managed with a logged-in session, not with an API key");
    }
  }
}
