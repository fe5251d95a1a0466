package com.euraflow.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Drives a sandbox over real HTTP, as an OZON client would. */
final class SandboxClient {

  static final JsonMapper JSON = JsonMapper.builder().build();

  record Response(int status, String contentType, byte[] body) {
    JsonNode json() {
      return JSON.readTree(body);
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;

  SandboxClient(OzonSandbox sandbox) {
    this.baseUrl = sandbox.baseUrl();
  }

  /** An OZON call with the shop's credentials. */
  /** Posts as the shop and asserts OZON's 200, returning the JSON answer. */
  JsonNode ok(SandboxShop shop, String path, String json) {
    var response = post(shop, path, json);
    assertThat(response.status()).as(path + " " + response.text()).isEqualTo(200);
    return response.json();
  }

  Response post(SandboxShop shop, String path, String json) {
    return send(request(path, json).header("Client-Id", Long.toString(shop.clientId())).header("Api-Key", shop.apiKey()), Duration.ofSeconds(10));
  }

  Response post(SandboxShop shop, String path, String json, Duration timeout) {
    return send(request(path, json).header("Client-Id", Long.toString(shop.clientId())).header("Api-Key", shop.apiKey()), timeout);
  }

  /** A call with headers of the test's choosing (name, value, name, value...). */
  Response postWithHeaders(String path, String json, String... headers) {
    var request = request(path, json);
    for (int i = 0; i < headers.length; i += 2) request.header(headers[i], headers[i + 1]);
    return send(request, Duration.ofSeconds(10));
  }

  Response control(String method, String path, String json) {
    var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return send(request, Duration.ofSeconds(10));
  }

  private HttpRequest.Builder request(String path, String json) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private Response send(HttpRequest.Builder request, Duration timeout) {
    try {
      var response = http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new SandboxCallFailed(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The transport failed: dropped connection, timeout. */
  static final class SandboxCallFailed extends RuntimeException {
    SandboxCallFailed(IOException cause) {
      super(cause);
    }
  }
}
