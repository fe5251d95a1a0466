package com.euraflow.kernel.shops;

/** A shop's Api-Key was replaced (the shop is active again). */
public record ShopCredentialsChanged(long shopId) {}
