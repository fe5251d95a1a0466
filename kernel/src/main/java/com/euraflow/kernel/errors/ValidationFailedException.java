package com.euraflow.kernel.errors;

import java.util.List;
import org.springframework.http.HttpStatus;

/** 400 VALIDATION_FAILED naming each bad field. */
public final class ValidationFailedException extends EuraFlowException {

  private final List<FieldProblem> fields;

  public ValidationFailedException(List<FieldProblem> fields) {
    super("VALIDATION_FAILED", HttpStatus.BAD_REQUEST, "the request has invalid fields");
    this.fields = List.copyOf(fields);
  }

  public static ValidationFailedException field(String field, String message) {
    return new ValidationFailedException(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  public record FieldProblem(String field, String message) {}
}
