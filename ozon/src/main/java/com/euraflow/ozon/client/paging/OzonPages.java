package com.euraflow.ozon.client.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/** Walks a list to its end, fetching each page only when the stream reaches it. */
public final class OzonPages {

  private OzonPages() {}

  /**
   * @param first the request for the first page
   * @param fetch one OZON call, e.g. {@code q -> client.productList(shop, q)}
   */
  public static <Q extends PagedRequest<Q, R>, R> Stream<R> stream(Q first, Function<Q, R> fetch) {
    var pages =
        new Iterator<R>() {
          private @Nullable Q nextRequest = first;

          @Override
          public boolean hasNext() {
            return nextRequest != null;
          }

          @Override
          public R next() {
            var request = nextRequest;
            if (request == null) {
              throw new NoSuchElementException();
            }
            var page = fetch.apply(request);
            nextRequest = request.next(page).orElse(null);
            return page;
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }
}
