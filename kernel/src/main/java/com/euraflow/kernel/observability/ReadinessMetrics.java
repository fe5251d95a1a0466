package com.euraflow.kernel.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code ef_readiness}: 1 while this instance accepts traffic and its readiness health (the {@code
 * readiness} group when configured, overall health otherwise) is UP, 0 otherwise. A scrape that fails
 * altogether shows as Prometheus' own {@code up == 0}.
 */
final class ReadinessMetrics implements MeterBinder {

  private final ApplicationAvailability availability;
  private final @Nullable HealthEndpoint health;

  ReadinessMetrics(ApplicationAvailability availability, @Nullable HealthEndpoint health) {
    this.availability = availability;
    this.health = health;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("ef.readiness", this, ReadinessMetrics::value)
        .description("1 when this instance is ready for traffic, 0 when not")
        .strongReference(true)
        .register(registry);
  }

  double value() {
    if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
      return 0;
    }
    if (health == null) {
      return 1;
    }
    var readiness = health.healthForPath("readiness");
    var descriptor = readiness != null ? readiness : health.health();
    return Status.UP.equals(descriptor.getStatus()) ? 1 : 0;
  }
}
