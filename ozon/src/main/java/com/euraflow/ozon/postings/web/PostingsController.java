package com.euraflow.ozon.postings.web;

import com.euraflow.ozon.postings.PostingPage;
import com.euraflow.ozon.postings.PostingQuery;
import com.euraflow.ozon.postings.PostingSummary;
import com.euraflow.ozon.postings.Postings;
import java.time.Instant;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Postings (OZON "orders") as the original console's routes name them. */
@RestController
@RequestMapping("/api/ef/v1/ozon/orders")
class PostingsController {

  private final Postings postings;

  PostingsController(Postings postings) {
    this.postings = postings;
  }

  @GetMapping
  PostingPage list(
      @RequestParam(name = "shopId", required = false) Long shopId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(name = "q", required = false) String keyword,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int limit) {
    return postings.list(new PostingQuery(shopId, blankToNull(status), from, to, keyword, cursor, limit));
  }

  @GetMapping("/stats")
  Map<String, Long> stats(
      @RequestParam(name = "shopId", required = false) Long shopId,
      @RequestParam(required = false) Instant from,
      @RequestParam(required = false) Instant to,
      @RequestParam(name = "q", required = false) String keyword) {
    return postings.countByStatus(new PostingQuery(shopId, null, from, to, keyword, null, 1));
  }

  @GetMapping("/{postingNumber}")
  PostingSummary get(@PathVariable String postingNumber) {
    return postings.get(postingNumber);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
