package com.euraflow.kernel;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A small HTTP client over MockMvc for the EuraFlow API, with fixtures for accounts and shops. */
public final class Api {

  private static @Nullable Login admin;
  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final MockMvc mvc;
  private final ObjectMapper json;

  public Api(MockMvc mvc, ObjectMapper json) {
    this.mvc = mvc;
    this.json = json;
  }

  public record Response(int status, JsonNode body, Map<String, String> headers, String raw) {
    public String code() {
      return body.path("code").asString();
    }
  }

  /** Credentials a request is made with: a bearer token, an API key, or nothing. */
  public record As(@Nullable String bearer, @Nullable String apiKey) {
    public static final As ANONYMOUS = new As(null, null);

    public static As bearer(String token) {
      return new As(token, null);
    }

    public static As apiKey(String key) {
      return new As(null, key);
    }
  }

  public record Login(long id, String username, String password, String accessToken, String refreshToken) {
    public As as() {
      return As.bearer(accessToken);
    }
  }

  public static long unique() {
    return SEQUENCE.incrementAndGet();
  }

  /** A random client IP, so login throttling per IP does not couple unrelated tests. */
  public static String randomIp() {
    var r = ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }

  public Response call(HttpMethod method, String path, As as, @Nullable Object body) {
    return call(method, path, as, body == null ? null : body instanceof String s ? s : json.writeValueAsString(body),
        randomIp());
  }

  public Response call(HttpMethod method, String path, As as, @Nullable String body, String ip) {
    try {
      var request = request(method, path).with(r -> {
        r.setRemoteAddr(ip);
        return r;
      });
      if (as.bearer() != null) {
        request.header("Authorization", "Bearer " + as.bearer());
      }
      if (as.apiKey() != null) {
        request.header("X-API-Key", as.apiKey());
      }
      if (body != null) {
        request.contentType(MediaType.APPLICATION_JSON).content(body);
      }
      var result = mvc.perform(request).andReturn().getResponse();
      var raw = result.getContentAsString();
      var headers = new HashMap<String, String>();
      result.getHeaderNames().forEach(h -> headers.put(h, result.getHeader(h)));
      return new Response(result.getStatus(), raw.isBlank() ? json.createObjectNode() : json.readTree(raw), headers, raw);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Response get(String path, As as) {
    return call(HttpMethod.GET, path, as, null);
  }

  public Response post(String path, As as, @Nullable Object body) {
    return call(HttpMethod.POST, path, as, body);
  }

  public Response put(String path, As as, @Nullable Object body) {
    return call(HttpMethod.PUT, path, as, body);
  }

  public Response delete(String path, As as) {
    return call(HttpMethod.DELETE, path, as, null);
  }

  public Response login(String username, String password) {
    return call(HttpMethod.POST, "/api/ef/v1/auth/login", As.ANONYMOUS,
        json.writeValueAsString(Map.of("username", username, "password", password)), randomIp());
  }

  public Login loginOk(String username, String password) {
    var r = login(username, password);
    if (r.status() != 200) {
      throw new AssertionError("login of " + username + " failed: " + r.raw());
    }
    var me = get("/api/ef/v1/auth/me", As.bearer(r.body().get("accessToken").asString()));
    return new Login(me.body().get("id").asLong(), username, password, r.body().get("accessToken").asString(),
        r.body().get("refreshToken").asString());
  }

  /** The bootstrap admin, logged in once per JVM (logins are throttled per account). */
  public Login admin() {
    synchronized (Api.class) {
      if (admin == null) {
        admin = loginOk("root", "root-password");
      }
      return admin;
    }
  }

  /** A fresh main account (created by the bootstrap admin), logged in. */
  public Login mainAccount() {
    var username = "main" + unique();
    var created = post("/api/ef/v1/auth/users", admin().as(),
        Map.of("username", username, "password", "password-" + username, "role", "main_account"));
    if (created.status() != 201) {
      throw new AssertionError(created.raw());
    }
    return loginOk(username, "password-" + username);
  }

  /** A child of {@code main}, with {@code shops} as a list of {shopId, access} maps. */
  public Login child(Login main, String role, Object shops) {
    var username = role.replace("_", "") + unique();
    var created = post("/api/ef/v1/auth/users", main.as(),
        Map.of("username", username, "password", "password-" + username, "role", role, "shops", shops));
    if (created.status() != 201) {
      throw new AssertionError(created.raw());
    }
    return loginOk(username, "password-" + username);
  }

  public static String clientId() {
    return Long.toString(unique());
  }

  /** Binds a shop for {@code main}; returns its id. */
  public long bindShop(Login main, String apiKey) {
    var r = post("/api/ef/v1/ozon/shops", main.as(),
        Map.of("displayName", "Shop " + unique(), "clientId", clientId(), "apiKey", apiKey));
    if (r.status() != 201) {
      throw new AssertionError(r.raw());
    }
    return r.body().get("id").asLong();
  }
}
