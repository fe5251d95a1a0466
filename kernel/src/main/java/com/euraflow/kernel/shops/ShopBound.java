package com.euraflow.kernel.shops;

/** A main account bound an OZON shop. Published in the binding transaction. */
public record ShopBound(long shopId, long ownerId) {}
