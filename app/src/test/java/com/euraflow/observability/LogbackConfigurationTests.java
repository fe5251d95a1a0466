package com.euraflow.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.json.JsonMapper;

/** The application's logback-spring.xml, loaded into a private logger context. */
class LogbackConfigurationTests {

  LoggerContext context = new LoggerContext();

  @AfterEach
  void stop() {
    context.stop();
  }

  @Test
  void writesMaskedJsonLinesInProduction() throws Exception {
    var line = configureAndFormat("production");

    var json = JsonMapper.builder().build().readTree(line);
    assertThat(json.get("level").asString()).isEqualTo("INFO");
    assertThat(json.get("requestId").asString()).isEqualTo("req-1");
    assertThat(json.get("msg").asString()).isEqualTo("shipped to i***@mail.ru, phone +7916****567");
  }

  @Test
  void writesMaskedReadableLinesInDevelopment() throws Exception {
    var line = configureAndFormat("development");

    assertThat(line)
        .contains("req-1")
        .endsWith(": shipped to i***@mail.ru, phone +7916****567" + System.lineSeparator())
        .doesNotContain("{\"");
  }

  private String configureAndFormat(String environment) throws Exception {
    context.putProperty("EF_ENV", environment);
    context.putObject(Environment.class.getName(), new StandardEnvironment());
    var configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback-spring.xml"));

    var logger = context.getLogger("com.euraflow.ozon.postings");
    var event = new LoggingEvent(getClass().getName(), logger, Level.INFO,
        "shipped to {}, phone {}", null, new Object[] {"ivan@mail.ru", "+7 916 123-45-67"});
    event.setMDCPropertyMap(Map.of("requestId", "req-1"));
    var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    var appender = (OutputStreamAppender<ILoggingEvent>) root.getAppender("CONSOLE");
    return new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
  }
}
