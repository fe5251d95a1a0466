package com.euraflow.sandbox.http;

import com.euraflow.sandbox.rules.OzonException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/** Reading OZON requests leniently where OZON is lenient (IDs as numbers or strings) and strictly elsewhere. */
final class Json {

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  static ObjectNode object() { return NODES.objectNode(); }

  static ArrayNode array() { return NODES.arrayNode(); }

  /** An int64 sent as a JSON number or a numeric string. */
  static long id(JsonNode node, String field) {
    if (node.isIntegralNumber()) return node.longValue();
    if (node.isString()) {
      try {
        return Long.parseLong(node.stringValue().trim());
      } catch (NumberFormatException e) {
        throw OzonException.invalid("Request validation error: " + field + ": value must be int64");
      }
    }
    throw OzonException.invalid("Request validation error: " + field + ": value must be int64");
  }

  /** An optional int64 field; {@code fallback} when absent or null. */
  static long id(JsonNode parent, String field, long fallback) {
    var node = parent.path(field);
    return node.isMissingNode() || node.isNull() || (node.isString() && node.stringValue().isEmpty()) ? fallback : id(node, field);
  }

  static List<Long> ids(JsonNode parent, String field) {
    var node = parent.path(field);
    var result = new ArrayList<Long>();
    if (node.isMissingNode() || node.isNull()) return result;
    if (!node.isArray()) throw OzonException.invalid("Request validation error: " + field + ": value must be an array");
    for (var element : node) result.add(id(element, field));
    return result;
  }

  static List<String> strings(JsonNode parent, String field) {
    var node = parent.path(field);
    var result = new ArrayList<String>();
    if (node.isMissingNode() || node.isNull()) return result;
    if (!node.isArray()) throw OzonException.invalid("Request validation error: " + field + ": value must be an array");
    for (var element : node) result.add(element.asString());
    return result;
  }

  static @Nullable String string(JsonNode parent, String field) {
    var node = parent.path(field);
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }

  /** A required {@code limit} in [1, max]. */
  static int limit(JsonNode body, int max) {
    var node = body.path("limit");
    long limit = node.isMissingNode() || node.isNull() ? 0 : id(node, "limit");
    if (limit < 1 || limit > max) {
      throw OzonException.invalid("Request validation error: limit: value must be inside range [1, " + max + "]");
    }
    return (int) limit;
  }

  static @Nullable BigDecimal money(JsonNode parent, String field) {
    var node = parent.path(field);
    if (node.isMissingNode() || node.isNull() || (node.isString() && node.stringValue().isEmpty())) return null;
    try {
      return new BigDecimal(node.asString().trim());
    } catch (NumberFormatException e) {
      throw OzonException.invalid("Request validation error: " + field + ": value must be a decimal string");
    }
  }

  /** An RFC 3339 timestamp in epoch millis, or {@code fallback} when absent. */
  static long time(JsonNode parent, String field, long fallback) {
    var node = parent.path(field);
    if (node.isMissingNode() || node.isNull() || node.asString().isEmpty()) return fallback;
    try {
      return OffsetDateTime.parse(node.asString()).toInstant().toEpochMilli();
    } catch (DateTimeParseException e) {
      throw OzonException.invalid("Request validation error: " + field + ": value must be an RFC 3339 timestamp");
    }
  }

  static String iso(long millis) {
    return Instant.ofEpochMilli(millis).toString();
  }

  /** Kopecks as OZON's decimal strings, e.g. "1390.00" or, for postings, "1390.000000". */
  static String decimal(long kopecks, int scale) {
    return BigDecimal.valueOf(kopecks, 2).setScale(scale).toPlainString();
  }

  /** Kopecks as a JSON number (v5 prices, financial data). */
  static BigDecimal number(long kopecks) {
    return BigDecimal.valueOf(kopecks, 2).stripTrailingZeros();
  }

  static boolean flag(JsonNode body, String group, String field) {
    return body.path(group).path(field).asBoolean(false);
  }
}
