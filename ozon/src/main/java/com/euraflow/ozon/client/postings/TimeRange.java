package com.euraflow.ozon.client.postings;

import java.time.Instant;

/** {@code {from, to}}, e.g. {@code last_changed_status_date}. */
public record TimeRange(Instant from, Instant to) {}
