package com.euraflow.jobs.autoconfigure;

import com.euraflow.jobs.JobClient;
import com.euraflow.jobs.JobEngine;
import com.euraflow.jobs.JobEvents;
import com.euraflow.jobs.JobHandler;
import com.euraflow.jobs.JobSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;

/**
 * Creates the engine from {@link JobsProperties}, with every {@link JobHandler} and {@link JobSchedule} bean, and
 * starts it once the context is refreshed (after Flyway has migrated the {@code jobs} schema).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(JobsProperties.class)
public class JobsAutoConfiguration {

  @Bean(destroyMethod = "close")
  JobEngine jobEngine(DataSource dataSource, JobsProperties properties, ObjectProvider<Clock> clock,
      ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<JobHandler> handlers,
      ObjectProvider<JobSchedule> schedules) {
    return new JobEngine(dataSource, clock.getIfAvailable(Clock::systemUTC),
        meterRegistry.getIfAvailable(SimpleMeterRegistry::new), properties.toSettings(defaultWorkerId()),
        () -> handlers.orderedStream().toList(), schedules.orderedStream().toList());
  }

  @Bean
  JobClient jobClient(JobEngine engine) {
    return engine.client();
  }

  @Bean
  JobEvents jobEvents(JobEngine engine) {
    return engine.events();
  }

  @Bean
  SmartLifecycle jobEngineLifecycle(JobEngine engine) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        engine.start();
        running = true;
      }

      @Override
      public void stop() {
        engine.close();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }

  private static String defaultWorkerId() {
    try {
      return InetAddress.getLocalHost().getHostName() + "-" + ProcessHandle.current().pid();
    } catch (UnknownHostException e) {
      return "worker-" + ProcessHandle.current().pid();
    }
  }
}
