package com.euraflow.ozon.client.labels;

import java.util.List;

/**
 * Answer of {@code /v2/posting/fbs/package-label/create}: a big-label task, a small one, or both.
 */
public record PackageLabelCreateResponse(Result result) {

  public record Result(List<Task> tasks) {}

  /**
   * @param taskType {@code big_label} or {@code small_label}
   */
  public record Task(long taskId, String taskType) {}
}
