package com.euraflow.ozon.client.postings;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /v3/posting/fbs/get}: one posting with its available actions. */
public record PostingFbsGetRequest(
    String postingNumber, @JsonProperty("with") PostingWith options) {

  public static PostingFbsGetRequest of(String postingNumber) {
    return new PostingFbsGetRequest(postingNumber, PostingWith.FOR_SYNC);
  }
}
