package com.euraflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class RateLimitTests {

  @Test
  void readsCeleryRateLimitNotation() {
    assertThat(RateLimit.parse("20/m")).isEqualTo(new RateLimit(20, Duration.ofMinutes(1)));
    assertThat(RateLimit.parse("200/m").perSecond()).isCloseTo(3.333, Offset.offset(0.001));
    assertThat(RateLimit.parse("5/s").perSecond()).isEqualTo(5.0);
    assertThatThrownBy(() -> RateLimit.parse("20 per minute")).isInstanceOf(IllegalArgumentException.class);
  }
}
