package com.euraflow.ozon.client;

import java.time.Duration;

/** How long to wait before retry number {@code retry} (1 for the first retry). */
@FunctionalInterface
interface Backoff {

  Duration delayBefore(int retry);
}
