package com.euraflow.kernel.shops;

/** Decrypted OZON credentials, for the OZON client only: never log, serialise or return them. */
public record ShopCredentials(long shopId, String clientId, String apiKey) {

  @Override
  public String toString() {
    return "ShopCredentials[shopId=" + shopId + ", clientId=" + clientId + ", apiKey=***]";
  }
}
