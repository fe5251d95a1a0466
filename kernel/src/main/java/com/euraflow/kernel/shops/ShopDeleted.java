package com.euraflow.kernel.shops;

/** A shop was unbound; its rows are gone from the registry. */
public record ShopDeleted(long shopId) {}
