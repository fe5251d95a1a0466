package com.euraflow.kernel.shops;

/**
 * Checks a Client-Id / Api-Key pair against the configured OZON Seller API.
 *
 * <p>The kernel owns the shop registry but not the OZON client: the OZON channel module implements
 * this, so the kernel never depends on it.
 */
public interface OzonConnectionProbe {

  ProbeResult probe(String clientId, String apiKey);

  /** What OZON answered. {@code detail} never contains the Api-Key. */
  record ProbeResult(Outcome outcome, String detail) {}

  enum Outcome {
    /** OZON accepted the credentials. */
    OK,
    /** OZON rejected the Client-Id or the Api-Key (401/403, code 3/5/16). */
    REJECTED,
    /** OZON could not be reached or failed (timeouts, 5xx, 429); the credentials are unknown. */
    UNREACHABLE
  }
}
