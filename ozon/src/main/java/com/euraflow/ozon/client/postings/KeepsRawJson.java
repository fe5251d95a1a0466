package com.euraflow.ozon.client.postings;

/**
 * A document read from OZON that also keeps OZON's JSON as received, so storage can keep fields
 * this client does not model.
 */
public interface KeepsRawJson<T> {

  /** A copy carrying {@code rawJson}; called once, by the JSON reader. */
  T withRawJson(String rawJson);
}
