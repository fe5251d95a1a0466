package com.euraflow.app.db;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code euraflow.db}: PostgreSQL, or embedded PostgreSQL under {@code euraflow.data-dir} when the URL
 * is blank. Pool defaults are the capacity plan's: 30 kept, up to 80, 20 s to get a connection.
 */
@Validated
@ConfigurationProperties("euraflow.db")
public record DatabaseProperties(
    @DefaultValue("") String url,
    @DefaultValue("euraflow") String username,
    @DefaultValue("") String password,
    @DefaultValue(DEFAULT_MIN_IDLE) @Min(0) int poolMinIdle,
    @DefaultValue(DEFAULT_MAX) @Min(1) int poolMax,
    @DefaultValue(DEFAULT_ACQUISITION_TIMEOUT) Duration acquisitionTimeout) {

  public static final String DEFAULT_MIN_IDLE = "30";
  public static final String DEFAULT_MAX = "80";
  public static final String DEFAULT_ACQUISITION_TIMEOUT = "20s";

  @Override
  public String toString() {
    return "DatabaseProperties[url=" + url + ", username=" + username + ", poolMinIdle=" + poolMinIdle + ", poolMax="
        + poolMax + "]";
  }
}
