package com.euraflow.kernel.observability;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback's {@code %msg} with {@link LogMasker} applied; registered as {@code %maskedMsg}. */
public final class MaskingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogMasker.mask(super.convert(event));
  }
}
