package com.euraflow.ozon.client.paging;

import java.util.Optional;

/**
 * A list request of one of OZON's paging styles (last_id, cursor, offset with has_next or count,
 * short last page, page numbers).
 *
 * @param <Q> the request type itself
 * @param <R> the page it is answered with
 */
public interface PagedRequest<Q extends PagedRequest<Q, R>, R> {

  /** The request for the page after {@code page}, or empty when {@code page} was the last one. */
  Optional<Q> next(R page);
}
