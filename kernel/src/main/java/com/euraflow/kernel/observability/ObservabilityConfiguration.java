package com.euraflow.kernel.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the application's metrics and statement timing. */
@Configuration(proxyBeanMethods = false)
class ObservabilityConfiguration {

  // Static and lazy about the registry: a post-processor must not pull the metrics beans in early.
  @Bean
  static StatementTimingPostProcessor statementTimingPostProcessor(ObjectProvider<MeterRegistry> registry) {
    return new StatementTimingPostProcessor(registry);
  }

  @Bean
  ApiMetricsFilter apiMetricsFilter(MeterRegistry registry) {
    return new ApiMetricsFilter(registry);
  }

  @Bean
  MeterBinder apiErrorsAtZero() {
    return ApiMetricsFilter::registerErrorsAtZero;
  }

  @Bean
  DbPoolMetrics dbPoolMetrics(ObjectProvider<DataSource> dataSources) {
    return new DbPoolMetrics(dataSources.orderedStream().toList());
  }

  @Bean
  ReadinessMetrics readinessMetrics(ApplicationAvailability availability, ObjectProvider<HealthEndpoint> health) {
    return new ReadinessMetrics(availability, health.getIfAvailable());
  }

  /** Wraps every {@link DataSource} bean so its statements are timed and counted. */
  static final class StatementTimingPostProcessor
      implements BeanPostProcessor, SmartInitializingSingleton {

    private final StatementTiming timing = new StatementTiming();
    private final ObjectProvider<MeterRegistry> registry;

    StatementTimingPostProcessor(ObjectProvider<MeterRegistry> registry) {
      this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      return bean instanceof DataSource dataSource ? InstrumentedDataSource.wrap(dataSource, timing) : bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
      registry.ifAvailable(timing::bind);
    }
  }
}
