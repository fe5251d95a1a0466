package com.euraflow.kernel.apikeys;

import java.time.Instant;

/** The one answer that carries the key; it is stored only as a digest. */
public record CreatedApiKey(long id, String name, String prefix, String key, Instant createdAt) {

  @Override
  public String toString() {
    return "CreatedApiKey[id=" + id + ", prefix=" + prefix + "]";
  }
}
