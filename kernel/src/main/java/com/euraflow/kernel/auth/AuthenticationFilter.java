package com.euraflow.kernel.auth;

import com.euraflow.kernel.errors.EuraFlowException;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.errors.Problems;
import com.euraflow.kernel.errors.ServiceBusyException;
import com.euraflow.kernel.observability.LogFields;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Accepts an access token ({@code Authorization: Bearer}) or an API key ({@code X-API-Key} or
 * {@code Authorization: ApiKey}) on every endpoint, and refuses writes by read-only accounts in one
 * place for all modules. Presented but bad credentials are a 401, never a silent anonymous request.
 */
final class AuthenticationFilter extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  // Ending a session must stay possible for an expired account.
  private static final Set<String> WRITES_ALLOWED_READ_ONLY = Set.of("/api/ef/v1/auth/logout");

  private final AuthService auth;
  private final Problems problems;

  AuthenticationFilter(AuthService auth, Problems problems) {
    this.auth = auth;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      var authenticated = authenticate(request);
      if (authenticated != null) {
        if (!authenticated.caller().canWrite() && !READS.contains(request.getMethod())
            && !WRITES_ALLOWED_READ_ONLY.contains(request.getRequestURI())) {
          throw ForbiddenException.accountWriteForbidden();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(authenticated.caller(), authenticated.sessionId()));
        SecurityContextHolder.setContext(context);
        var user = Long.toString(authenticated.caller().accountId());
        MDC.put(LogFields.USER, user);
        // the API access line is written after this filter has returned
        request.setAttribute(LogFields.USER, user);
      }
    } catch (EuraFlowException e) {
      problems.write(request, response, e);
      return;
    } catch (CannotGetJdbcConnectionException e) {
      // the controller advice does not see filters: an overloaded pool is a 503 here too, not a 500
      problems.write(request, response, ServiceBusyException.databaseBusy());
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      MDC.remove(LogFields.USER);
    }
  }

  private AuthService.AuthenticatedCaller authenticate(HttpServletRequest request) {
    var apiKey = request.getHeader("X-API-Key");
    if (apiKey != null) {
      return auth.authenticateApiKey(apiKey.trim());
    }
    var authorization = request.getHeader("Authorization");
    if (authorization == null) {
      return null;
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return auth.authenticateAccessToken(authorization.substring(7).trim());
    }
    if (authorization.regionMatches(true, 0, "ApiKey ", 0, 7)) {
      return auth.authenticateApiKey(authorization.substring(7).trim());
    }
    return null;
  }
}
