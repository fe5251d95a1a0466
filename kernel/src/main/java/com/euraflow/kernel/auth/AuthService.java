package com.euraflow.kernel.auth;

import com.euraflow.kernel.accounts.AccountService;
import com.euraflow.kernel.accounts.LoginAccount;
import com.euraflow.kernel.accounts.PasswordChanged;
import com.euraflow.kernel.apikeys.ApiKeyService;
import com.euraflow.kernel.audit.AuditLog;
import com.euraflow.kernel.config.KernelProperties;
import com.euraflow.kernel.crypto.Tokens;
import com.euraflow.kernel.errors.EuraFlowException;
import com.euraflow.kernel.errors.RateLimitedException;
import com.euraflow.kernel.errors.UnauthenticatedException;
import com.euraflow.kernel.sharedstate.RateLimit;
import com.euraflow.kernel.sharedstate.RateLimiter;
import com.euraflow.kernel.tenancy.Caller;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login sessions: short-lived access tokens plus rotating refresh tokens. Every refresh token of one
 * login shares a family; presenting a rotated token again revokes the family (the token leaked).
 */
@Service
public class AuthService {

  private final AccountService accounts;
  private final ApiKeyService apiKeys;
  private final SessionRepository sessions;
  private final TokenService tokens;
  private final RateLimiter limiter;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration refreshTtl;
  private final RateLimit accountLimit;
  private final RateLimit ipLimit;

  AuthService(AccountService accounts, ApiKeyService apiKeys, SessionRepository sessions, TokenService tokens,
      RateLimiter limiter, AuditLog audit, Clock clock, KernelProperties properties) {
    this.accounts = accounts;
    this.apiKeys = apiKeys;
    this.sessions = sessions;
    this.tokens = tokens;
    this.limiter = limiter;
    this.audit = audit;
    this.clock = clock;
    this.refreshTtl = properties.refreshTokenTtl();
    this.accountLimit = RateLimit.perMinute(properties.loginAttemptsPerMinute());
    this.ipLimit = RateLimit.perMinute(properties.loginAttemptsPerIpPerMinute());
  }

  /**
   * Throttled per account name and per client IP before the password is even checked, so a guesser
   * learns nothing once throttled and costs no password hashing. Not one transaction: no connection
   * is held while the password hash is computed.
   */
  public TokenPair login(String username, String password, String ip) {
    var wait = max(limiter.tryAcquire("login:account:" + username.toLowerCase(Locale.ROOT), accountLimit),
        limiter.tryAcquire("login:ip:" + ip, ipLimit));
    if (!wait.isZero()) {
      audit.record(null, null, username, "login.throttled", "account", null, Map.of());
      throw new RateLimitedException("too many login attempts; retry later", wait);
    }
    LoginAccount account = accounts.verifyPassword(username, password);
    var session = openSession(account.id());
    audit.record(account.tenantId(), account.id(), account.username(), "login.succeeded", "account", account.id(),
        Map.of());
    return session;
  }

  @Transactional(noRollbackFor = EuraFlowException.class)
  public TokenPair refresh(String refreshToken) {
    var hash = Tokens.sha256(refreshToken);
    var rotated = sessions.rotate(hash);
    if (rotated.isEmpty()) {
      sessions.rotatedFamily(hash).ifPresent(reused -> {
        if (sessions.revokeFamily(reused.familyId(), "reuse_detected")) {
          audit.record(null, reused.accountId(), null, "session.reuse_detected", "account", reused.accountId(),
              Map.of("session", reused.familyId().toString()));
        }
      });
      throw UnauthenticatedException.because("refresh token is invalid, expired, revoked or already used");
    }
    var r = rotated.get();
    if (accounts.caller(r.accountId(), 0).isEmpty()) {
      sessions.revokeFamily(r.familyId(), "account_disabled");
      throw UnauthenticatedException.because("the account is disabled");
    }
    return issue(r.accountId(), r.familyId());
  }

  @Transactional
  public void logout(Caller caller, UUID sessionId) {
    if (sessions.revokeFamily(sessionId, "logout")) {
      audit.record(caller, "logout", "account", caller.accountId(), Map.of());
    }
  }

  /** Resolves an access token to its caller; the token dies with its session (logout, password change). */
  AuthenticatedCaller authenticateAccessToken(String token) {
    var claims = tokens.verify(token);
    if (!sessions.isLive(claims.sessionId(), claims.accountId())) {
      throw UnauthenticatedException.because("the session has ended; log in again");
    }
    var caller = accounts.caller(claims.accountId(), 0)
        .orElseThrow(() -> UnauthenticatedException.because("the account is disabled"));
    return new AuthenticatedCaller(caller, claims.sessionId());
  }

  AuthenticatedCaller authenticateApiKey(String key) {
    var owner = apiKeys.owner(key).orElseThrow(() -> UnauthenticatedException.because("invalid or revoked API key"));
    var caller = accounts.caller(owner.accountId(), owner.keyId())
        .orElseThrow(() -> UnauthenticatedException.because("the account is disabled"));
    return new AuthenticatedCaller(caller, null);
  }

  record AuthenticatedCaller(Caller caller, @Nullable UUID sessionId) {}

  @EventListener
  void endSessions(PasswordChanged event) {
    sessions.revokeAll(event.accountId(), "password_changed");
  }

  private TokenPair openSession(long accountId) {
    var family = UUID.randomUUID();
    sessions.openFamily(family, accountId);
    return issue(accountId, family);
  }

  private TokenPair issue(long accountId, UUID family) {
    var refresh = Tokens.random("efr_");
    sessions.storeToken(Tokens.sha256(refresh), family, clock.instant().plus(refreshTtl));
    return new TokenPair(tokens.issue(accountId, family), refresh, "Bearer", tokens.ttl().toSeconds());
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
