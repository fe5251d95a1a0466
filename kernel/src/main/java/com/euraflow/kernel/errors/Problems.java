package com.euraflow.kernel.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Builds problem responses, for controllers (via the advice) and for servlet filters alike. */
@Component
public class Problems {

  /** MDC key of the request id, set by the request id filter. */
  public static final String REQUEST_ID = "requestId";

  private final ObjectMapper json;

  Problems(ObjectMapper json) {
    this.json = json;
  }

  static Problem of(HttpServletRequest request, HttpStatus status, String code, @Nullable String detail) {
    return of(request, status, code, detail, null);
  }

  static Problem of(
      HttpServletRequest request,
      HttpStatus status,
      String code,
      @Nullable String detail,
      @Nullable List<ValidationFailedException.FieldProblem> errors) {
    return new Problem(
        "https://euraflow.dev/problems/" + code.toLowerCase().replace('_', '-'),
        status.getReasonPhrase(),
        status.value(),
        detail,
        request.getRequestURI(),
        code,
        MDC.get(REQUEST_ID),
        errors);
  }

  static Problem of(HttpServletRequest request, EuraFlowException e) {
    var errors = e instanceof ValidationFailedException v ? v.fields() : null;
    return of(request, e.status(), e.code(), e.getMessage(), errors);
  }

  static ResponseEntity<Problem> entity(Problem problem, HttpHeaders headers) {
    return ResponseEntity.status(problem.status())
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  static HttpHeaders headersFor(EuraFlowException e) {
    var headers = new HttpHeaders();
    var retryAfter = switch (e) {
      case RateLimitedException r -> r.retryAfter();
      case ServiceBusyException b -> b.retryAfter();
      default -> null;
    };
    if (retryAfter != null) {
      headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (retryAfter.toMillis() + 999) / 1000)));
    }
    return headers;
  }

  /** Writes the problem for {@code e} from a filter, where no controller advice applies. */
  public void write(HttpServletRequest request, HttpServletResponse response, EuraFlowException e)
      throws IOException {
    var problem = of(request, e);
    response.setStatus(problem.status());
    headersFor(e).forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
