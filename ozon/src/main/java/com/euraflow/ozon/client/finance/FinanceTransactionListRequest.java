package com.euraflow.ozon.client.finance;

import com.euraflow.ozon.client.paging.PagedRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v3/finance/transaction/list}: paged by {@code page} (from 1) up to {@code
 * page_count}; a date range spans at most one month. OZON asks for calls one after another.
 */
public record FinanceTransactionListRequest(Filter filter, int page, int pageSize)
    implements PagedRequest<FinanceTransactionListRequest, FinanceTransactionListResponse> {

  public static final int MAX_PAGE_SIZE = 1000;

  public FinanceTransactionListRequest {
    if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page from 1, page_size 1.." + MAX_PAGE_SIZE);
    }
  }

  public static FinanceTransactionListRequest between(Instant from, Instant to, int pageSize) {
    return new FinanceTransactionListRequest(
        new Filter(new DateRange(from, to), null, null, "all"), 1, pageSize);
  }

  /**
   * @param transactionType all, orders, returns, services, compensation, transferDelivery, other
   */
  public record Filter(
      @Nullable DateRange date,
      @Nullable List<String> operationType,
      @Nullable String postingNumber,
      @Nullable String transactionType) {}

  public record DateRange(Instant from, Instant to) {}

  @Override
  public Optional<FinanceTransactionListRequest> next(FinanceTransactionListResponse response) {
    if (page >= response.result().pageCount()) {
      return Optional.empty();
    }
    return Optional.of(new FinanceTransactionListRequest(filter, page + 1, pageSize));
  }
}
