package com.euraflow.ozon.client;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the OZON channel ({@code euraflow.ozon.*}). The base URL points at real OZON or at
 * the sandbox ({@code EF_OZON_BASE_URL}).
 *
 * @param baseUrl OZON Seller API root
 * @param connectTimeout TCP connect timeout
 * @param requestTimeout time allowed for one HTTP exchange
 * @param retry retries on 429, 5xx, timeouts and connection errors
 * @param budget the request budget per Client-Id shared by every process
 */
@ConfigurationProperties("euraflow.ozon")
public record OzonProperties(
    @DefaultValue(DEFAULT_BASE_URL) URI baseUrl,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("10s") Duration requestTimeout,
    @DefaultValue Retry retry,
    @DefaultValue Budget budget) {

  public static final String DEFAULT_BASE_URL = "https://api-seller.ozon.ru";

  /**
   * @param maxRetries retries after the first attempt
   * @param initialBackoff wait before the first retry, doubled for each further one
   * @param maxBackoff cap of the doubled wait
   * @param jitter fraction by which each wait is moved at random
   * @param maxRetryAfter longest Retry-After honoured in place; a longer one ends the call with
   *     {@link OzonThrottled} so the job can defer instead of holding a worker
   */
  public record Retry(
      @DefaultValue("5") int maxRetries,
      @DefaultValue("1s") Duration initialBackoff,
      @DefaultValue("16s") Duration maxBackoff,
      @DefaultValue("0.2") double jitter,
      @DefaultValue("60s") Duration maxRetryAfter) {

    Backoff backoff() {
      return new ExponentialBackoff(initialBackoff, maxBackoff, jitter);
    }
  }

  /**
   * @param requestsPerSecond OZON's limit over all methods per Client-Id
   * @param maxPermitWait longest wait for a permit before the call ends with {@link OzonThrottled}
   */
  public record Budget(
      @DefaultValue("50") int requestsPerSecond, @DefaultValue("5s") Duration maxPermitWait) {}
}
