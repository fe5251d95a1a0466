package com.euraflow.ozon.postings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/** Keyset position in a postings list: newest first by (in_process_at, id). Opaque to clients. */
record PostingCursor(Instant inProcessAt, long id) {

  String encode() {
    var text = inProcessAt.toEpochMilli() + ":" + inProcessAt.getNano() % 1_000_000 + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
  }

  /** Returns null for a missing cursor; throws IllegalArgumentException for a malformed one. */
  static PostingCursor decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      var parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":");
      var instant = Instant.ofEpochMilli(Long.parseLong(parts[0])).plusNanos(Long.parseLong(parts[1]));
      return new PostingCursor(instant, Long.parseLong(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("malformed cursor", e);
    }
  }
}
