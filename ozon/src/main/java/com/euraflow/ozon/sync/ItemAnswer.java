package com.euraflow.ozon.sync;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * OZON's answer for one pushed change (a stock or a price): {@code updated}, {@code pending} (OZON throttled it or
 * did not answer for it: sent again later) or {@code rejected}, with OZON's errors.
 */
public record ItemAnswer(long changeId, String state, List<Map<String, String>> errors) {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An item OZON's answer left out: kept pending rather than guessed. */
  public static ItemAnswer missing(long changeId) {
    return new ItemAnswer(changeId, "pending",
        List.of(Map.of("code", "NO_ANSWER", "message", "OZON did not answer for this item")));
  }

  public static Map<String, String> error(String code, String message) {
    return Map.of("code", code, "message", message == null ? "" : message);
  }

  /** The answers as one JSON array, read by a repository's single UPDATE through jsonb_to_recordset. */
  public static String rows(List<ItemAnswer> answers) {
    return JSON.writeValueAsString(answers.stream()
        .map(a -> Map.of("change_id", a.changeId(), "state", a.state(), "errors", a.errors()))
        .toList());
  }

  public static int count(List<ItemAnswer> answers, String state) {
    return (int) answers.stream().filter(a -> a.state().equals(state)).count();
  }
}
