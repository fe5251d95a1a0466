package com.euraflow.ozon.prices;

/** Edits recorded and the push job that sends them to OZON (the one already queued, if any). */
public record PriceEditsAccepted(int recorded, long jobId) {}
