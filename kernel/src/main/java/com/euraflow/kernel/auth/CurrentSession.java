package com.euraflow.kernel.auth;

import java.util.Optional;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;

/** The login session behind the current request's access token (none for API keys). */
public final class CurrentSession {

  private CurrentSession() {}

  public static Optional<UUID> id() {
    return SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication a
        ? Optional.ofNullable(a.sessionId())
        : Optional.empty();
  }
}
