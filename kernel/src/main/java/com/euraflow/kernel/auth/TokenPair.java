package com.euraflow.kernel.auth;

/** What login and refresh answer. The refresh token is shown once and stored only hashed. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

  @Override
  public String toString() {
    return "TokenPair[redacted]";
  }
}
