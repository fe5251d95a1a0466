package com.euraflow.ozon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExponentialBackoffTests {

  @Test
  void doublesFromOneSecondUpToSixteen() {
    var backoff = new ExponentialBackoff(Duration.ofSeconds(1), Duration.ofSeconds(16), 0);

    assertThat(IntStream.rangeClosed(1, 7).mapToObj(backoff::delayBefore).map(Duration::toSeconds))
        .containsExactly(1L, 2L, 4L, 8L, 16L, 16L, 16L);
  }

  @Test
  void movesEachDelayByAtMostTheJitter() {
    var backoff = new ExponentialBackoff(Duration.ofSeconds(1), Duration.ofSeconds(16), 0.2);

    var delays = IntStream.range(0, 200).mapToObj(i -> backoff.delayBefore(3)).toList();

    assertThat(delays)
        .allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(3200), Duration.ofMillis(4800)));
    assertThat(delays.stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void refusesAJitterOfAWholeDelay() {
    assertThatThrownBy(
            () -> new ExponentialBackoff(Duration.ofSeconds(1), Duration.ofSeconds(16), 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
