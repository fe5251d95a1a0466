package com.euraflow.kernel.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The one place that turns exceptions into RFC 7807 problem+json for every EuraFlow endpoint. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemAdvice {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(EuraFlowException.class)
  ResponseEntity<Problem> euraFlow(EuraFlowException e, HttpServletRequest request) {
    return render(request, e);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Problem> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
    var fields = new ArrayList<ValidationFailedException.FieldProblem>();
    e.getBindingResult().getFieldErrors().forEach(f ->
        fields.add(new ValidationFailedException.FieldProblem(f.getField(), f.getDefaultMessage())));
    e.getBindingResult().getGlobalErrors().forEach(g ->
        fields.add(new ValidationFailedException.FieldProblem(g.getObjectName(), g.getDefaultMessage())));
    return validation(request, fields);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<Problem> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
    var fields = new ArrayList<ValidationFailedException.FieldProblem>();
    for (ParameterValidationResult result : e.getParameterValidationResults()) {
      var name = result.getMethodParameter().getParameterName();
      result.getResolvableErrors().forEach(err ->
          fields.add(new ValidationFailedException.FieldProblem(String.valueOf(name), err.getDefaultMessage())));
    }
    return validation(request, fields);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Problem> constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
    var fields = e.getConstraintViolations().stream()
        .map(v -> new ValidationFailedException.FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
        .toList();
    return validation(request, fields);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<Problem> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return validation(request, List.of(new ValidationFailedException.FieldProblem(e.getName(), "has the wrong type")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<Problem> missingParameter(MissingServletRequestParameterException e, HttpServletRequest request) {
    return validation(request, List.of(new ValidationFailedException.FieldProblem(e.getParameterName(), "is required")));
  }

  /** Malformed JSON, wrong types, unknown fields and unknown enum values, named by their JSON path. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof PayloadTooLargeException tooLarge) {
        return render(request, tooLarge);
      }
    }
    if (e.getCause() instanceof JacksonException j && !j.getPath().isEmpty()) {
      var field = j.getPath().stream()
          .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
      var message = switch (j) {
        case UnrecognizedPropertyException u -> "is not a known field";
        case InvalidFormatException f when f.getTargetType() != null && f.getTargetType().isEnum() ->
            "must be one of " + Arrays.toString(f.getTargetType().getEnumConstants()).toLowerCase();
        default -> "has the wrong type or format";
      };
      return validation(request, List.of(new ValidationFailedException.FieldProblem(field, message)));
    }
    return validation(request, List.of(new ValidationFailedException.FieldProblem("body", "is not valid JSON")));
  }

  /** Spring MVC's own failures and any ResponseStatusException, with a code derived from the status. */
  @ExceptionHandler({
      HttpRequestMethodNotSupportedException.class,
      HttpMediaTypeNotSupportedException.class,
      HttpMediaTypeNotAcceptableException.class,
      NoResourceFoundException.class,
      ErrorResponseException.class})
  ResponseEntity<Problem> springMvc(ErrorResponse e, HttpServletRequest request) {
    var status = HttpStatus.valueOf(e.getStatusCode().value());
    return Problems.entity(Problems.of(request, status, codeFor(status), e.getBody().getDetail()), e.getHeaders());
  }

  /** A unique constraint lost a race that the code did not expect: the request clashes, it did not crash. */
  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<Problem> duplicate(DuplicateKeyException e, HttpServletRequest request) {
    log.warn("unexpected duplicate on {} {}", request.getMethod(), request.getRequestURI());
    return render(request, ConflictException.of("the record exists already"));
  }

  /** Every pooled connection stayed busy past the acquisition timeout: overload, not a bug; the client may retry. */
  @ExceptionHandler(CannotGetJdbcConnectionException.class)
  ResponseEntity<Problem> busy(CannotGetJdbcConnectionException e, HttpServletRequest request) {
    log.warn("no database connection for {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    return render(request, ServiceBusyException.databaseBusy());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Problem> unexpected(Exception e, HttpServletRequest request) {
    log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return Problems.entity(
        Problems.of(request, HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL", "unexpected error; quote the request id"),
        new HttpHeaders());
  }

  private static String codeFor(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "VALIDATION_FAILED";
      case UNAUTHORIZED -> "UNAUTHENTICATED";
      case FORBIDDEN -> "FORBIDDEN";
      case NOT_FOUND -> "NOT_FOUND";
      case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
      case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
      case CONFLICT -> "CONFLICT";
      case CONTENT_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
      case UNSUPPORTED_MEDIA_TYPE -> "UNSUPPORTED_MEDIA_TYPE";
      case TOO_MANY_REQUESTS -> "RATE_LIMITED";
      default -> status.is5xxServerError() ? "INTERNAL" : status.name();
    };
  }

  private static ResponseEntity<Problem> validation(
      HttpServletRequest request, List<ValidationFailedException.FieldProblem> fields) {
    return render(request, new ValidationFailedException(fields));
  }

  private static ResponseEntity<Problem> render(HttpServletRequest request, EuraFlowException e) {
    return Problems.entity(Problems.of(request, e), Problems.headersFor(e));
  }
}
