package com.euraflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.euraflow.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The whole application over real HTTP on a real PostgreSQL database, as the README walks through it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndToEndTests {

  private static final TestDatabase DB = TestDatabase.create();

  static {
    // dropped when the JVM ends, after Spring's cached context (and its job engine) stopped using it
    Runtime.getRuntime().addShutdownHook(new Thread(DB::close));
  }

  @DynamicPropertySource
  static void settings(DynamicPropertyRegistry registry) {
    registry.add("euraflow.db.url", DB::jdbcUrl);
    registry.add("euraflow.db.username", DB::username);
    registry.add("euraflow.db.password", DB::password);
    registry.add("euraflow.db.pool-min-idle", () -> "2");
    registry.add("euraflow.db.pool-max", () -> "10");
    registry.add("euraflow.kernel.password-hash-strength", () -> "4");
    // every request comes from 127.0.0.1 here; throttling itself is tested in the kernel
    registry.add("euraflow.kernel.login-attempts-per-ip-per-minute", () -> "1000");
  }

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();

  record Response(int status, JsonNode body, HttpResponse<String> raw) {}

  @Test
  void walksThroughTheReadme() {
    var login = call("POST", "/api/ef/v1/auth/login", null, Map.of("username", "demo", "password", "demo-password"));
    var token = login.body().get("accessToken").asString();

    var bound = call("POST", "/api/ef/v1/ozon/shops", token,
        Map.of("displayName", "My OZON shop", "clientId", "123456", "apiKey", "0a1b2c3d-4e5f-6789-abcd-ef0123456789"));
    var shops = call("GET", "/api/ef/v1/ozon/shops", token, null);

    assertThat(login.status()).isEqualTo(200);
    assertThat(bound.status()).isEqualTo(201);
    // the demo account also has the embedded sandbox's demo shops
    assertThat(shops.body().valueStream().map(s -> s.get("displayName").asString())).contains("My OZON shop");
    assertThat(bound.raw().body() + shops.raw().body()).doesNotContain("0a1b2c3d-4e5f-6789-abcd-ef0123456789");
    var stored = jdbc.sql("SELECT encode(api_key_ciphertext, 'escape') || ' ' || encode(api_key_ciphertext, 'hex') FROM kernel.shops WHERE client_id = '123456'")
        .query(String.class).single();
    assertThat(stored).doesNotContain("0a1b2c3d")
        .doesNotContain(HexFormat.of().formatHex("0a1b2c3d".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void detectsReuseOfARotatedRefreshToken() {
    var login = call("POST", "/api/ef/v1/auth/login", null, Map.of("username", "admin", "password", "admin-password"));
    var first = login.body().get("refreshToken").asString();

    var rotated = call("POST", "/api/ef/v1/auth/refresh", null, Map.of("refreshToken", first));
    var reused = call("POST", "/api/ef/v1/auth/refresh", null, Map.of("refreshToken", first));
    var afterReuse = call("GET", "/api/ef/v1/auth/me", rotated.body().get("accessToken").asString(), null);

    assertThat(rotated.status()).isEqualTo(200);
    assertThat(reused.status()).isEqualTo(401);
    assertThat(afterReuse.status()).isEqualTo(401);
  }

  @Test
  void acceptsApiKeysAndRefusesThemOnceRevoked() {
    var token = call("POST", "/api/ef/v1/auth/login", null, Map.of("username", "demo", "password", "demo-password"))
        .body().get("accessToken").asString();
    var key = call("POST", "/api/ef/v1/api-keys", token, Map.of("name", "script"));

    var withKey = http(HttpRequest.newBuilder(uri("/api/ef/v1/auth/me")).header("X-API-Key", key.body().get("key").asString()).GET());
    call("DELETE", "/api/ef/v1/api-keys/" + key.body().get("id").asLong(), token, null);
    var revoked = http(HttpRequest.newBuilder(uri("/api/ef/v1/auth/me"))
        .header("Authorization", "ApiKey " + key.body().get("key").asString()).GET());

    assertThat(withKey.status()).isEqualTo(200);
    assertThat(withKey.body().get("username").asString()).isEqualTo("demo");
    assertThat(revoked.status()).isEqualTo(401);
  }

  @Test
  void servesHealthReadinessDocsAndMetrics() {
    var health = call("GET", "/healthz", null, null);
    var ready = call("GET", "/readyz", null, null);
    var openApi = call("GET", "/docs/openapi.json", null, null);
    var swagger = http(HttpRequest.newBuilder(uri("/docs")).GET());
    var metrics = http(HttpRequest.newBuilder(uri("/actuator/prometheus")).GET());

    assertThat(health.status()).isEqualTo(200);
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body().get("checks").get("postgresql").asString()).isEqualTo("up");
    assertThat(openApi.body().get("paths").has("/api/ef/v1/ozon/shops")).isTrue();
    assertThat(openApi.body().get("components").get("securitySchemes").has("apiKey")).isTrue();
    assertThat(swagger.status()).isIn(200, 302);
    assertThat(metrics.raw().body()).contains("jvm_");
  }

  @Test
  void tagsEveryResponseWithARequestId() {
    var anonymous = call("GET", "/api/ef/v1/auth/me", null, null);
    var echoed = http(HttpRequest.newBuilder(uri("/healthz")).header("X-Request-Id", "trace-42").GET());

    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.raw().headers().firstValue("X-Request-Id")).isPresent();
    assertThat(anonymous.body().get("requestId").asString()).isEqualTo(anonymous.raw().headers().firstValue("X-Request-Id").orElseThrow());
    assertThat(echoed.raw().headers().firstValue("X-Request-Id")).contains("trace-42");
  }

  private Response call(String method, String path, @Nullable String token, @Nullable Object body) {
    var request = HttpRequest.newBuilder(uri(path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http(request);
  }

  private Response http(HttpRequest.Builder request) {
    try {
      var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      var body = response.body().isBlank() || !response.headers().firstValue("Content-Type").orElse("").contains("json")
          ? json.createObjectNode()
          : json.readTree(response.body());
      return new Response(response.statusCode(), body, response);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
