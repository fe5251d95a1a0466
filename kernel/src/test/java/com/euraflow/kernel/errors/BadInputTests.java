package com.euraflow.kernel.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.euraflow.kernel.Api;
import com.euraflow.kernel.KernelWebTest;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** Bad input is a 4xx problem naming the field: never a 500, never a partial write. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTests extends KernelWebTest {

  private static final String SHOPS = "/api/ef/v1/ozon/shops";
  private static final String USERS = "/api/ef/v1/auth/users";
  private static final String GOOD_SHOP = "\"displayName\":\"Shop\",\"clientId\":\"123\",\"apiKey\":\"abcdefgh-1234\"";

  private Api.Login main;

  record Case(String name, HttpMethod method, String path, String body, int status, String code, @Nullable String field) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  void mainAccount() {
    main = api().mainAccount();
  }

  Stream<Case> cases() {
    return Stream.of(
        new Case("malformed JSON", HttpMethod.POST, SHOPS, "{\"displayName\":\"Shop\",", 400, "VALIDATION_FAILED", "body"),
        new Case("not an object", HttpMethod.POST, SHOPS, "[1,2,3]", 400, "VALIDATION_FAILED", "body"),
        new Case("number for a string", HttpMethod.POST, SHOPS,
            "{\"displayName\":123,\"clientId\":\"123\",\"apiKey\":\"abcdefgh-1234\"}", 400, "VALIDATION_FAILED", "displayName"),
        new Case("object for a string", HttpMethod.POST, SHOPS,
            "{\"displayName\":\"Shop\",\"clientId\":{\"$gt\":\"\"},\"apiKey\":\"abcdefgh-1234\"}", 400, "VALIDATION_FAILED", "clientId"),
        new Case("missing field", HttpMethod.POST, SHOPS, "{\"displayName\":\"Shop\",\"clientId\":\"123\"}", 400,
            "VALIDATION_FAILED", "apiKey"),
        new Case("null field", HttpMethod.POST, SHOPS, "{\"displayName\":null,\"clientId\":\"123\",\"apiKey\":\"abcdefgh-1234\"}",
            400, "VALIDATION_FAILED", "displayName"),
        new Case("unknown field", HttpMethod.POST, SHOPS, "{" + GOOD_SHOP + ",\"ownerId\":1}", 400, "VALIDATION_FAILED", "ownerId"),
        new Case("overlong string", HttpMethod.POST, SHOPS,
            "{\"displayName\":\"" + "x".repeat(101) + "\",\"clientId\":\"123\",\"apiKey\":\"abcdefgh-1234\"}", 400,
            "VALIDATION_FAILED", "displayName"),
        new Case("overlong api key", HttpMethod.POST, SHOPS,
            "{\"displayName\":\"Shop\",\"clientId\":\"123\",\"apiKey\":\"" + "k".repeat(101) + "\"}", 400, "VALIDATION_FAILED", "apiKey"),
        new Case("SQL injection", HttpMethod.POST, SHOPS,
            "{\"displayName\":\"x'); DROP TABLE kernel.shops; --\",\"clientId\":\"123\",\"apiKey\":\"abcdefgh-1234\"}", 400,
            "VALIDATION_FAILED", "displayName"),
        new Case("SQL injection in a number", HttpMethod.POST, SHOPS,
            "{\"displayName\":\"Shop\",\"clientId\":\"1 OR 1=1\",\"apiKey\":\"abcdefgh-1234\"}", 400, "VALIDATION_FAILED", "clientId"),
        new Case("script injection", HttpMethod.POST, SHOPS,
            "{\"displayName\":\"<script>alert(1)</script>\",\"clientId\":\"123\",\"apiKey\":\"abcdefgh-1234\"}", 400,
            "VALIDATION_FAILED", "displayName"),
        new Case("oversize body", HttpMethod.POST, SHOPS,
            "{" + GOOD_SHOP + ",\"pad\":\"" + "p".repeat(70_000) + "\"}", 413, "PAYLOAD_TOO_LARGE", null),
        new Case("unknown enum value", HttpMethod.POST, USERS,
            "{\"username\":\"enum" + Api.unique() + "\",\"password\":\"password-1\",\"role\":\"superuser\"}", 400,
            "VALIDATION_FAILED", "role"),
        new Case("unknown nested enum value", HttpMethod.POST, USERS,
            "{\"username\":\"nested" + Api.unique() + "\",\"password\":\"password-1\",\"role\":\"sub_account\","
                + "\"shops\":[{\"shopId\":1,\"access\":\"root\"}]}", 400, "VALIDATION_FAILED", "shops[0].access"),
        new Case("string for a number", HttpMethod.POST, USERS,
            "{\"username\":\"num" + Api.unique() + "\",\"password\":\"password-1\",\"role\":\"sub_account\","
                + "\"shops\":[{\"shopId\":\"1\",\"access\":\"read\"}]}", 400, "VALIDATION_FAILED", "shops[0].shopId"),
        new Case("bad user name", HttpMethod.POST, USERS,
            "{\"username\":\"a b'--\",\"password\":\"password-1\",\"role\":\"sub_account\"}", 400, "VALIDATION_FAILED", "username"),
        new Case("short password", HttpMethod.POST, USERS,
            "{\"username\":\"short" + Api.unique() + "\",\"password\":\"pw\",\"role\":\"sub_account\"}", 400,
            "VALIDATION_FAILED", "password"),
        new Case("wrong path variable type", HttpMethod.GET, SHOPS + "/abc", "", 400, "VALIDATION_FAILED", "shopId"),
        new Case("wrong query parameter type", HttpMethod.GET, "/api/ef/v1/audit/logs?limit=lots", "", 400,
            "VALIDATION_FAILED", "limit"),
        new Case("query parameter out of range", HttpMethod.GET, "/api/ef/v1/audit/logs?limit=100000", "", 400,
            "VALIDATION_FAILED", "limit"),
        new Case("unknown route", HttpMethod.GET, "/api/ef/v1/nothing-here", "", 404, "NOT_FOUND", null),
        new Case("wrong method", HttpMethod.PATCH, SHOPS, "{}", 405, "METHOD_NOT_ALLOWED", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void answersAProblemNamingTheField(Case c) {
    var before = counts();

    var response = api().call(c.method(), c.path(), main.as(), c.body().isEmpty() ? null : c.body(), Api.randomIp());

    assertThat(response.status()).as(response.raw()).isEqualTo(c.status());
    assertThat(response.headers().get("Content-Type")).startsWith("application/problem+json");
    assertThat(response.code()).isEqualTo(c.code());
    if (c.field() != null) {
      assertThat(response.body().get("errors").findValuesAsString("field")).contains(c.field());
    }
    assertThat(response.body().get("requestId").asString()).isNotBlank();
    assertThat(counts()).isEqualTo(before);
  }

  @Test
  void answersUnsupportedMediaTypeForNonJsonBodies() throws Exception {
    var response = mvc.perform(post(SHOPS).header("Authorization", "Bearer " + main.accessToken())
        .contentType(MediaType.TEXT_PLAIN).content("displayName=Shop")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(415);
    assertThat(json.readTree(response.getContentAsString()).get("code").asString()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  private String counts() {
    return jdbc.sql("SELECT (SELECT count(*) FROM kernel.shops) || '/' || (SELECT count(*) FROM kernel.accounts)")
        .query(String.class).single();
  }
}
