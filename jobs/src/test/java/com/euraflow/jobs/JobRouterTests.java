package com.euraflow.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobRouterTests {

  private final JobRouter defaults = new JobRouter(JobRoute.DEFAULTS, JobRoute.DEFAULT_LANE);

  @Test
  void routesTheSeedJobNamesToThePlansLanes() {
    assertThat(defaults.laneFor("ef.ozon.orders.pull")).isEqualTo(Lanes.PULL);
    assertThat(defaults.laneFor("ef.ozon.stock.push")).isEqualTo(Lanes.PUSH);
    assertThat(defaults.laneFor("ef.ozon.batch_update_stocks")).isEqualTo(Lanes.PUSH);
    assertThat(defaults.laneFor("ef.ozon.products.pull")).isEqualTo(Lanes.SYNC);
    assertThat(defaults.laneFor("ef.ozon.inventory.sync")).isEqualTo(Lanes.SYNC);
    assertThat(defaults.laneFor("ef.ozon.labels.cleanup")).isEqualTo(Lanes.LOW);
    assertThat(defaults.laneFor(JobEngine.CLEANUP_JOB)).isEqualTo(Lanes.LOW);
    assertThat(defaults.laneFor("ef.core.health_check")).isEqualTo(Lanes.CORE);
    assertThat(defaults.laneFor("ef.ozon.labels.prefetch")).isEqualTo(Lanes.CORE);
  }

  @Test
  void takesTheFirstMatchingRouteAndTreatsOtherCharactersLiterally() {
    var router = new JobRouter(List.of(new JobRoute("a.b*", "first"), new JobRoute("a.*", "second")), "other");

    assertThat(router.laneFor("a.bc")).isEqualTo("first");
    assertThat(router.laneFor("a.x")).isEqualTo("second");
    assertThat(router.laneFor("aXb")).isEqualTo("other");
  }
}
