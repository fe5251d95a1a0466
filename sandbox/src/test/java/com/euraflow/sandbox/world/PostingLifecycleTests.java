package com.euraflow.sandbox.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.sandbox.SandboxSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How postings live with the clock, without HTTP: a fresh shop's world driven by a manual clock. */
class PostingLifecycleTests {

  final World world = new World(SandboxSettings.builder().shops(2).productsPerShop(50).postingsPerShop(400).seed(7)
      .start(Instant.parse("2026-05-01T00:00:00Z")).manualClock(true).postingsPerHour(4).build());
  final ShopWorld shop = world.shop(100_001);

  private FbsPosting fresh() {
    return shop.posting(shop.addPostings(1).getFirst());
  }

  @Test
  void cancelsPostingsLeftUnpackedTwoDaysAfterTheShipmentDate() {
    var posting = fresh();
    long deadline = posting.shipmentDate() + FbsPosting.AUTO_CANCEL_AFTER_DEADLINE;
    assertThat(posting.status(deadline - 1)).isIn("awaiting_packaging", "cancelled");
    assertThat(posting.status(deadline)).isEqualTo("cancelled");
    assertThat(posting.cancellationType(deadline)).isIn("ozon", "client");
  }

  @Test
  void makesLabelsReadyAfterTheLabelDelay() {
    var posting = fresh();
    var pack = new HashMap<Long, Integer>();
    posting.items().forEach(item -> pack.put(item.product().sku(), item.quantity()));
    shop.ship(posting.postingNumber(), List.of(pack));
    var shipped = shop.posting(posting.postingNumber());
    long now = shop.now();
    assertThat(shipped.status(now)).isEqualTo("awaiting_deliver");
    assertThat(shipped.labelReady(now + Duration.ofSeconds(14).toMillis())).isFalse();
    assertThat(shipped.labelReady(now + Duration.ofSeconds(15).toMillis())).isTrue();
    assertThat(shipped.labelReady(now + FbsPosting.HANDOVER)).as("handed over: no more labels").isFalse();
  }

  @Test
  void shipsMostOfTheOlderHistoryAndLeavesTheLastDayToThePacker() {
    long now = shop.now();
    var old = shop.postingsBetween(Long.MIN_VALUE, shop.epoch() - 3 * FbsPosting.DAY);
    var recent = shop.postingsBetween(shop.epoch() - FbsPosting.DAY + FbsPosting.HOUR, now);
    assertThat(old).allMatch(p -> !p.status(now).equals("awaiting_packaging"));
    assertThat(recent).isNotEmpty().anyMatch(p -> p.status(now).equals("awaiting_packaging"));
    assertThat(old.stream().filter(p -> p.status(now).equals("cancelled")).count()).isBetween(1L, (long) old.size() / 8);
  }

  @Test
  void generatesAShopOnlyWhenAskedAndOnlyForKnownClientIds() {
    assertThat(world.shop(100_003)).isNull();
    assertThat(world.shop(100_000)).isNull();
    assertThat(world.shop(100_002)).isNotNull().isSameAs(world.shop(100_002));
  }

  @Test
  void advancesArrivalsWithTheClock() {
    int before = shop.postings().size();
    world.clock().advance(Duration.ofHours(3));
    assertThat(shop.postings()).hasSize(before + 12);
  }
}
