package com.euraflow.kernel.auth;

import com.euraflow.kernel.tenancy.Caller;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The Spring Security view of a {@link Caller}; {@code sessionId} is null for API keys. */
final class CallerAuthentication extends AbstractAuthenticationToken {

  private final Caller caller;
  private final @Nullable UUID sessionId;

  CallerAuthentication(Caller caller, @Nullable UUID sessionId) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
    this.caller = caller;
    this.sessionId = sessionId;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Caller getPrincipal() {
    return caller;
  }

  @Nullable UUID sessionId() {
    return sessionId;
  }
}
