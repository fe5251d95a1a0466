package com.euraflow.kernel.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonLogFormatterTests {

  JsonLogFormatter formatter = new JsonLogFormatter();
  LoggerContext context = new LoggerContext();

  @Test
  void writesOneMaskedJsonLineWithTheContextFields() {
    var event = new LoggingEvent(
        getClass().getName(), context.getLogger("com.euraflow.ozon.postings"), Level.WARN,
        "buyer {} did not answer", new IllegalStateException("call +79161234567 failed"), new Object[] {"ivan@mail.ru"});
    event.setMDCPropertyMap(Map.of(
        LogFields.REQUEST_ID, "req-1", LogFields.USER, "42", LogFields.SHOP, "7",
        LogFields.ACTION, "GET /api/ef/v1/shops/{shopId}/postings", LogFields.LATENCY_MS, "35", "customerPhone", "+79161234567"));

    var line = formatter.format(event);

    assertThat(line).endsWith("\n").doesNotContain("\n{").doesNotContain("ivan@").doesNotContain("1234567");
    var json = JsonMapper.builder().build().readTree(line);
    assertThat(json.propertyNames()).containsExactly(
        "ts", "level", "logger", "thread", "requestId", "user", "shop", "action", "latencyMs", "msg", "err");
    assertThat(json.get("level").asString()).isEqualTo("WARN");
    assertThat(json.get("latencyMs").asLong()).isEqualTo(35);
    assertThat(json.get("msg").asString()).isEqualTo("buyer i***@mail.ru did not answer");
    assertThat(json.get("err").asString()).startsWith("java.lang.IllegalStateException: call +7916****567 failed");
  }

  @Test
  void leavesOutAbsentFields() {
    var event = new LoggingEvent(getClass().getName(), context.getLogger("x"), Level.INFO, "started", null, null);
    event.setMDCPropertyMap(Map.of(LogFields.JOB_ID, "9001"));

    var json = JsonMapper.builder().build().readTree(formatter.format(event));

    assertThat(json.propertyNames()).containsExactly("ts", "level", "logger", "thread", "jobId", "msg");
  }
}
