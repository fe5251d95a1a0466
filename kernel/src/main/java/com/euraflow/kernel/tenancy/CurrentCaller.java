package com.euraflow.kernel.tenancy;

import com.euraflow.kernel.errors.UnauthenticatedException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the caller the authentication filter stored for this request. */
public final class CurrentCaller {

  private CurrentCaller() {}

  public static Optional<Caller> find() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null && auth.getPrincipal() instanceof Caller c ? Optional.of(c) : Optional.empty();
  }

  public static Caller get() {
    return find().orElseThrow(() -> UnauthenticatedException.because("authentication required"));
  }
}
