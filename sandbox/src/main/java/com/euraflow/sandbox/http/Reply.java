package com.euraflow.sandbox.http;

import tools.jackson.databind.JsonNode;

/** An HTTP reply ready to send. */
record Reply(int status, String contentType, byte[] body) {

  static Reply json(JsonNode node) {
    return new Reply(200, "application/json", Json.MAPPER.writeValueAsBytes(node));
  }

  /** OZON's most common envelope: {@code {"result": ...}}. */
  static Reply result(JsonNode result) {
    var reply = Json.object();
    reply.set("result", result);
    return json(reply);
  }

  static Reply json(int status, JsonNode node) {
    return new Reply(status, "application/json", Json.MAPPER.writeValueAsBytes(node));
  }
}
