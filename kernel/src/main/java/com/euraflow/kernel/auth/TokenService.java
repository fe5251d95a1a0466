package com.euraflow.kernel.auth;

import com.euraflow.kernel.config.KernelProperties;
import com.euraflow.kernel.errors.UnauthenticatedException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Short-lived HS256 access tokens naming the account and the login session (refresh family). */
@Component
class TokenService {

  private static final String ISSUER = "euraflow";

  private final byte[] secret;
  private final Duration ttl;
  private final Clock clock;

  @Autowired
  TokenService(KernelProperties properties, Clock clock) {
    this(properties.tokenSecret(), properties.accessTokenTtl(), clock);
  }

  TokenService(String secret, Duration ttl, Clock clock) {
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    if (this.secret.length < 32) {
      throw new IllegalArgumentException("EF_TOKEN_SECRET must be at least 32 bytes");
    }
    this.ttl = ttl;
    this.clock = clock;
  }

  record AccessClaims(long accountId, UUID sessionId) {}

  Duration ttl() {
    return ttl;
  }

  String issue(long accountId, UUID sessionId) {
    var now = clock.instant();
    var claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(Long.toString(accountId))
        .claim("sid", sessionId.toString())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .build();
    try {
      var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("could not sign an access token", e);
    }
  }

  AccessClaims verify(String token) {
    try {
      var jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
        throw UnauthenticatedException.because("invalid access token");
      }
      var claims = jwt.getJWTClaimsSet();
      if (!ISSUER.equals(claims.getIssuer()) || claims.getExpirationTime() == null || claims.getSubject() == null
          || claims.getStringClaim("sid") == null) {
        throw UnauthenticatedException.because("invalid access token");
      }
      if (!claims.getExpirationTime().toInstant().isAfter(clock.instant())) {
        throw UnauthenticatedException.because("access token expired; refresh it");
      }
      return new AccessClaims(Long.parseLong(claims.getSubject()), UUID.fromString(claims.getStringClaim("sid")));
    } catch (ParseException | JOSEException | IllegalArgumentException e) {
      throw UnauthenticatedException.because("invalid access token");
    }
  }
}
