package com.euraflow.kernel.observability;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import java.util.List;
import java.util.Map;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.JsonWriterStructuredLogFormatter;

/**
 * One JSON object per line for production logs: {@code ts, level, logger, thread}, the {@link
 * LogFields} present in the MDC, {@code msg} and {@code err}, both masked by {@link LogMasker}.
 *
 * <p>Only the known MDC keys are written, so nothing put there by a library leaks into the logs.
 */
public final class JsonLogFormatter extends JsonWriterStructuredLogFormatter<ILoggingEvent> {

  public JsonLogFormatter() {
    super(JsonWriter.<ILoggingEvent>of(JsonLogFormatter::members).withNewLineAtEnd());
  }

  private static void members(JsonWriter.Members<ILoggingEvent> members) {
    members.add("ts", event -> event.getInstant().toString());
    members.add("level", event -> event.getLevel().toString());
    members.add("logger", ILoggingEvent::getLoggerName);
    members.add("thread", ILoggingEvent::getThreadName);
    for (var key : List.of(LogFields.REQUEST_ID, LogFields.JOB_ID, LogFields.USER, LogFields.SHOP, LogFields.ACTION)) {
      members.add(key, event -> mdc(event).get(key)).whenNotNull();
    }
    members.add(LogFields.LATENCY_MS, event -> mdc(event).get(LogFields.LATENCY_MS))
        .whenNotNull()
        .as(JsonLogFormatter::number);
    members.add("msg", event -> LogMasker.mask(event.getFormattedMessage()));
    members.add("err", ILoggingEvent::getThrowableProxy)
        .whenNotNull()
        .as(proxy -> LogMasker.mask(ThrowableProxyUtil.asString(proxy)));
  }

  private static Map<String, String> mdc(ILoggingEvent event) {
    return event.getMDCPropertyMap();
  }

  private static Object number(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      return value;
    }
  }
}
