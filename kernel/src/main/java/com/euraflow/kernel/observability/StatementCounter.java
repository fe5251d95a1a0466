package com.euraflow.kernel.observability;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Counts the SQL statements the current thread executes through the application {@code DataSource}.
 *
 * <pre>{@code
 * try (var statements = StatementCounter.start()) {
 *   mockMvc.perform(get("/api/ef/v1/shops/{shopId}/postings", shopId));
 *   assertThat(statements.count()).as("%s", statements.sql()).isLessThanOrEqualTo(5);
 * }
 * }</pre>
 *
 * <p>Scopes nest: a statement counts in every open scope of its thread. Work handed to other threads
 * is not counted; for requests served by a running server read {@code ef_api_request_statements}.
 */
public final class StatementCounter {

  private static final ThreadLocal<@Nullable Scope> CURRENT = new ThreadLocal<>();

  private StatementCounter() {}

  /** Opens a scope on this thread; close it on the same thread. */
  public static Scope start() {
    var scope = new Scope(CURRENT.get());
    CURRENT.set(scope);
    return scope;
  }

  static void record(String sql) {
    for (var scope = CURRENT.get(); scope != null; scope = scope.parent) {
      scope.sql.add(sql);
    }
  }

  /** The statements executed on one thread since {@link #start()}. */
  public static final class Scope implements AutoCloseable {

    private final @Nullable Scope parent;
    private final List<String> sql = new ArrayList<>();

    private Scope(@Nullable Scope parent) {
      this.parent = parent;
    }

    public int count() {
      return sql.size();
    }

    /** The statements' SQL text (shortened, literals replaced), in execution order. */
    public List<String> sql() {
      return sql.stream().map(SqlText::forLog).toList();
    }

    @Override
    public void close() {
      CURRENT.set(parent);
    }
  }
}
