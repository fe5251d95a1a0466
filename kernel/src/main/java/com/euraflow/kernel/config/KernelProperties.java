package com.euraflow.kernel.config;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Kernel settings (prefix {@code euraflow.kernel}); the application maps the EF_* environment
 * variables onto them.
 *
 * @param masterKey AES key ring for secrets at rest, {@code id:base64[,id:base64...]}, first encrypts
 * @param tokenSecret HS256 secret for access tokens, at least 32 bytes
 * @param loginAttemptsPerMinute login attempts one account name gets a minute (successes count too)
 * @param loginAttemptsPerIpPerMinute login attempts one client IP gets a minute
 * @param redisUrl shared state store; blank means in-process stand-ins
 * @param bootstrap accounts created at start when absent
 */
@Validated
@ConfigurationProperties("euraflow.kernel")
public record KernelProperties(
    @NotBlank String masterKey,
    @NotBlank String tokenSecret,
    @DefaultValue(DEFAULT_ACCESS_TOKEN_TTL) Duration accessTokenTtl,
    @DefaultValue(DEFAULT_REFRESH_TOKEN_TTL) Duration refreshTokenTtl,
    @DefaultValue("10") @Min(4) int passwordHashStrength,
    @DefaultValue(DEFAULT_MAX_REQUEST_BODY) @NotNull DataSize maxRequestBody,
    @DefaultValue("5") @Min(1) int loginAttemptsPerMinute,
    @DefaultValue("5") @Min(1) int loginAttemptsPerIpPerMinute,
    @DefaultValue("") String redisUrl,
    @DefaultValue @NotNull Bootstrap bootstrap) {

  public static final String DEFAULT_ACCESS_TOKEN_TTL = "15m";
  public static final String DEFAULT_REFRESH_TOKEN_TTL = "30d";
  public static final String DEFAULT_MAX_REQUEST_BODY = "1MB";

  /**
   * @param adminUsername first admin, created once when no admin exists (blank: none)
   * @param demoUsername demo main account created when absent (blank: none; development only)
   */
  public record Bootstrap(
      @DefaultValue("") String adminUsername,
      @DefaultValue("") String adminPassword,
      @DefaultValue("") String demoUsername,
      @DefaultValue("") String demoPassword) {

    @Override
    public String toString() {
      return "Bootstrap[adminUsername=" + adminUsername + ", demoUsername=" + demoUsername + "]";
    }
  }

  @Override
  public String toString() {
    return "KernelProperties[secrets redacted, accessTokenTtl=" + accessTokenTtl + ", redisUrl set="
        + !redisUrl.isBlank() + "]";
  }
}
