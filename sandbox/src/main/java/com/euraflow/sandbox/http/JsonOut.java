package com.euraflow.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Streams large replies (posting pages) straight to bytes: no intermediate JsonNode tree, and property names encoded
 * once and reused. Posting pages are the sandbox's main CPU cost; this path measured about half the tree's.
 */
final class JsonOut {

  private static final ConcurrentHashMap<String, SerializableString> NAMES = new ConcurrentHashMap<>();

  private final JsonGenerator g;

  private JsonOut(JsonGenerator g) {
    this.g = g;
  }

  static Reply reply(Consumer<JsonOut> body) {
    var bytes = new ByteArrayOutputStream(16 * 1024);
    try (var generator = Json.MAPPER.createGenerator(bytes)) {
      body.accept(new JsonOut(generator));
    }
    return new Reply(200, "application/json", bytes.toByteArray());
  }

  JsonOut name(String name) {
    g.writeName(NAMES.computeIfAbsent(name, SerializedString::new));
    return this;
  }

  JsonOut str(String name, String value) { name(name).g.writeString(value); return this; }
  JsonOut num(String name, long value) { name(name).g.writeNumber(value); return this; }
  JsonOut num(String name, double value) { name(name).g.writeNumber(value); return this; }
  JsonOut num(String name, BigDecimal value) { name(name).g.writeNumber(value); return this; }
  JsonOut bool(String name, boolean value) { name(name).g.writeBoolean(value); return this; }
  JsonOut nul(String name) { name(name).g.writeNull(); return this; }
  JsonOut object(String name) { name(name).g.writeStartObject(); return this; }
  JsonOut array(String name) { name(name).g.writeStartArray(); return this; }
  JsonOut emptyArray(String name) { return array(name).endArray(); }
  JsonOut object() { g.writeStartObject(); return this; }
  JsonOut array() { g.writeStartArray(); return this; }
  JsonOut endObject() { g.writeEndObject(); return this; }
  JsonOut endArray() { g.writeEndArray(); return this; }
  JsonOut value(String value) { g.writeString(value); return this; }
}
