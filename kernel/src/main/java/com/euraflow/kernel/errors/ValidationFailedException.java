package com.euraflow.kernel.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
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

  /**
   * A problem for each item of a request list ({@code items[i]} plus {@code suffix}) whose key is not among
   * {@code found}, e.g. edits naming offers the shop does not have.
   */
  public static <T> ValidationFailedException unmatched(List<T> items, Function<T, String> key, Set<String> found,
      String suffix, Function<T, String> message) {
    var problems = new ArrayList<FieldProblem>();
    for (var i = 0; i < items.size(); i++) {
      var item = items.get(i);
      if (!found.contains(key.apply(item))) {
        problems.add(new FieldProblem("items[" + i + "]" + suffix, message.apply(item)));
      }
    }
    return new ValidationFailedException(problems);
  }

  public List<FieldProblem> fields() {
    return fields;
  }

  public record FieldProblem(String field, String message) {}
}
