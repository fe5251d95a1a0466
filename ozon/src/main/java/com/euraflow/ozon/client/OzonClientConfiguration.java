package com.euraflow.ozon.client;

import com.euraflow.kernel.sharedstate.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Exposes the {@link OzonClient}, configured from {@link OzonProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OzonProperties.class)
public class OzonClientConfiguration {

  @Bean
  OzonClient ozonClient(
      OzonProperties properties, RateLimiter rateLimiter, ObjectProvider<MeterRegistry> meters) {
    return new OzonClient(properties, rateLimiter, meters.getIfAvailable(SimpleMeterRegistry::new));
  }
}
