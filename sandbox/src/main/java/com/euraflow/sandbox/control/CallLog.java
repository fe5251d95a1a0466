package com.euraflow.sandbox.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/** Per-shop, per-method call counts and a bounded ring of the latest requests. */
public final class CallLog {

  private final int capacity;
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder>> counts = new ConcurrentHashMap<>();
  private final ArrayDeque<RecordedRequest> recent;

  public CallLog(int capacity) {
    this.capacity = capacity;
    this.recent = new ArrayDeque<>(capacity);
  }

  public void record(RecordedRequest request) {
    counts.computeIfAbsent(request.clientId(), id -> new ConcurrentHashMap<>())
        .computeIfAbsent(request.method() + " " + request.path(), m -> new LongAdder()).increment();
    synchronized (recent) {
      if (recent.size() == capacity) recent.removeFirst();
      recent.addLast(request);
    }
  }

  /** Calls per "METHOD /path" received with this Client-Id, sorted by method. */
  public Map<String, Long> counts(String clientId) {
    var result = new TreeMap<String, Long>();
    counts.getOrDefault(clientId, new ConcurrentHashMap<>()).forEach((method, n) -> result.put(method, n.sum()));
    return result;
  }

  /** The last {@code limit} requests, oldest first; only those of {@code clientId} unless it is null. */
  public List<RecordedRequest> recent(@Nullable String clientId, int limit) {
    var result = new ArrayList<RecordedRequest>();
    synchronized (recent) {
      var it = recent.descendingIterator();
      while (it.hasNext() && result.size() < limit) {
        var request = it.next();
        if (clientId == null || clientId.equals(request.clientId())) result.add(request);
      }
    }
    return result.reversed();
  }

  public void clear() {
    counts.clear();
    synchronized (recent) {
      recent.clear();
    }
  }
}
