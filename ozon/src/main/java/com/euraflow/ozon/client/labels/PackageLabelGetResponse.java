package com.euraflow.ozon.client.labels;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Answer of {@code /v1/posting/fbs/package-label/get}. */
public record PackageLabelGetResponse(Result result) {

  /**
   * @param status {@code pending}, {@code in_progress}, {@code completed} or {@code error}
   * @param fileUrl present once {@code completed}
   */
  public record Result(
      String status,
      @Nullable String fileUrl,
      @Nullable String error,
      int printedPostingsCount,
      List<UnprintedPosting> unprintedPostings,
      int unprintedPostingsCount) {

    public boolean finished() {
      return "completed".equals(status) || "error".equals(status);
    }
  }

  public record UnprintedPosting(String postingNumber, @Nullable String msg) {}
}
