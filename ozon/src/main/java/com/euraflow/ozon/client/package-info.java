/**
 * Typed OZON Seller API client: one request/response record per method, OZON's paging styles,
 * retries with backoff, one request budget per Client-Id shared by every process, and typed errors.
 */
@NullMarked
package com.euraflow.ozon.client;

import org.jspecify.annotations.NullMarked;
