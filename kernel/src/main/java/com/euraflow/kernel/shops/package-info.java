/** The OZON shop registry. Other modules use {@link com.euraflow.kernel.shops.ShopRegistry}, the events and {@link com.euraflow.kernel.shops.OzonConnectionProbe}. */
@NullMarked
package com.euraflow.kernel.shops;

import org.jspecify.annotations.NullMarked;
