package com.euraflow.sandbox.http;

import com.euraflow.sandbox.world.ShopWorld;
import tools.jackson.databind.JsonNode;

/** One OZON method: runs under the shop's monitor with the parsed JSON body ({@code {}} if empty). */
@FunctionalInterface
interface Endpoint {
  Reply handle(ShopWorld shop, JsonNode body);
}
