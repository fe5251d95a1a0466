package com.euraflow.ozon.postings;

import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.ShopAccess;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's reads of postings, always narrowed to the caller's shops. */
@Service
public class Postings {

  public static final int MAX_PAGE = 1000;

  private final PostingRepository repository;
  private final ShopAccess shopAccess;

  Postings(PostingRepository repository, ShopAccess shopAccess) {
    this.repository = repository;
    this.shopAccess = shopAccess;
  }

  @Transactional(readOnly = true)
  public PostingPage list(PostingQuery query) {
    if (query.limit() < 1 || query.limit() > MAX_PAGE) {
      throw ValidationFailedException.field("limit", "must be 1.." + MAX_PAGE);
    }
    if (query.from() != null && query.to() != null && !query.from().isBefore(query.to())) {
      throw ValidationFailedException.field("from", "must be before to");
    }
    PostingCursor after;
    try {
      after = PostingCursor.decode(query.cursor());
    } catch (IllegalArgumentException e) {
      throw ValidationFailedException.field("cursor", e.getMessage());
    }
    var filter = filter(query.shopId(), query.status(), query);
    if (filter.shopIds().isEmpty()) {
      return new PostingPage(List.of(), null);
    }
    var page = repository.list(filter, after, query.limit());
    var last = page.size() == query.limit() ? page.getLast() : null;
    return new PostingPage(page, last == null ? null : new PostingCursor(last.inProcessAt(), last.id()).encode());
  }

  /** Postings per status for the status tabs, under the same shop, time and keyword filter. */
  @Transactional(readOnly = true)
  public Map<String, Long> countByStatus(PostingQuery query) {
    var filter = filter(query.shopId(), null, query);
    return filter.shopIds().isEmpty() ? Map.of() : repository.countByStatus(filter);
  }

  @Transactional(readOnly = true)
  public PostingSummary get(String postingNumber) {
    var shops = List.copyOf(shopAccess.visibleShopIds());
    return (shops.isEmpty() ? java.util.Optional.<PostingSummary>empty() : repository.find(shops, postingNumber))
        .orElseThrow(() -> NotFoundException.of("posting", postingNumber));
  }

  private PostingFilter filter(Long shopId, String status, PostingQuery query) {
    var shops = shopId != null
        ? List.of(shopAccess.requireShop(shopId, Access.READ))
        : List.copyOf(shopAccess.visibleShopIds());
    return new PostingFilter(shops, status, query.from(), query.to(), query.keyword());
  }
}
