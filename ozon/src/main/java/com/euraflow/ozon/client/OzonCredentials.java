package com.euraflow.ozon.client;

/** One OZON shop's Client-Id and Api-Key. {@link #toString()} hides the key. */
public record OzonCredentials(String clientId, String apiKey) {

  public OzonCredentials {
    if (clientId.isBlank() || apiKey.isBlank()) {
      throw new IllegalArgumentException("Client-Id and Api-Key must not be blank");
    }
  }

  @Override
  public String toString() {
    return "OzonCredentials[clientId=" + clientId + ", apiKey=***]";
  }
}
