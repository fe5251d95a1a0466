package com.euraflow.ozon.client.postings;

import org.jspecify.annotations.Nullable;

/** The optional parts of a posting to include ({@code with} in OZON's requests). */
public record PostingWith(
    @Nullable Boolean analyticsData,
    @Nullable Boolean barcodes,
    @Nullable Boolean financialData,
    @Nullable Boolean legalInfo,
    @Nullable Boolean translit,
    @Nullable Boolean relatedPostings) {

  public static final PostingWith NOTHING = new PostingWith(null, null, null, null, null, null);

  /** What a sync stores: analytics and financial data. */
  public static final PostingWith FOR_SYNC = new PostingWith(true, null, true, null, null, null);
}
