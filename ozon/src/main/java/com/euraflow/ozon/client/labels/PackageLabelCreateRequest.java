package com.euraflow.ozon.client.labels;

import java.util.List;

/** {@code POST /v2/posting/fbs/package-label/create}: starts label tasks for the postings. */
public record PackageLabelCreateRequest(List<String> postingNumber) {

  public PackageLabelCreateRequest {
    if (postingNumber.isEmpty()) {
      throw new IllegalArgumentException("at least one posting");
    }
    postingNumber = List.copyOf(postingNumber);
  }
}
