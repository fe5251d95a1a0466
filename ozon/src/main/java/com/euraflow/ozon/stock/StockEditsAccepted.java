package com.euraflow.ozon.stock;

import java.util.List;

/** Edits recorded and the push job that sends them to OZON (the one already queued, if any). */
public record StockEditsAccepted(List<Long> changeIds, long jobId) {}
