package com.euraflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTests {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(60), Duration.ofMinutes(30), 0.5, 100);

  @Test
  void doublesTheDelayPerAttemptUpToTheCap() {
    var noJitter = new Backoff(Duration.ofSeconds(60), Duration.ofMinutes(30), 0, 100);
    var random = new Random(1);

    assertThat(noJitter.delay(1, random)).isEqualTo(Duration.ofSeconds(60));
    assertThat(noJitter.delay(2, random)).isEqualTo(Duration.ofSeconds(120));
    assertThat(noJitter.delay(5, random)).isEqualTo(Duration.ofSeconds(960));
    assertThat(noJitter.delay(6, random)).isEqualTo(Duration.ofMinutes(30));
    assertThat(noJitter.delay(60, random)).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void spreadsRetriesOfJobsThatFailedTogether() {
    var random = new Random(7);
    var delays = java.util.stream.IntStream.range(0, 200).mapToObj(i -> backoff.delay(3, random)).toList();

    assertThat(delays).allSatisfy(d -> assertThat(d).isBetween(Duration.ofSeconds(120), Duration.ofSeconds(240)));
    assertThat(delays.stream().distinct().count()).isGreaterThan(150);
  }
}
