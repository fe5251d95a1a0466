package com.euraflow.kernel.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.euraflow.testing.TestDatabase;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

class ApiMetricsFilterTests {

  static TestDatabase db;

  SimpleMeterRegistry registry = new SimpleMeterRegistry();
  MockMvc mvc = MockMvcBuilders.standaloneSetup(new ShopController())
      .addFilters(new ApiMetricsFilter(registry))
      .build();

  @BeforeAll
  static void createDatabase() {
    db = TestDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @Test
  void tagsRequestsWithTheRouteTemplateNotThePath() throws Exception {
    mvc.perform(get("/api/ef/v1/shops/1/notes")).andExpect(status().isOk());
    mvc.perform(get("/api/ef/v1/shops/2/notes")).andExpect(status().isOk());

    var route = "/api/ef/v1/shops/{shopId}/notes";
    assertThat(count("ef.api.requests", route, "200")).isEqualTo(2);
    assertThat(registry.get("ef.api.request.duration").tags("route", route).timer().count()).isEqualTo(2);
    assertThat(registry.find("ef.api.errors").counters()).isEmpty();
  }

  @Test
  void countsServerErrorsAndEscapedExceptions() throws Exception {
    mvc.perform(get("/api/ef/v1/shops/1/unavailable")).andExpect(status().isServiceUnavailable());
    assertThatThrownBy(() -> mvc.perform(get("/api/ef/v1/shops/1/broken"))).hasRootCauseMessage("bug");
    mvc.perform(get("/api/ef/v1/nothing-here")).andExpect(status().isNotFound());

    assertThat(count("ef.api.errors", "/api/ef/v1/shops/{shopId}/unavailable", "503")).isEqualTo(1);
    assertThat(count("ef.api.errors", "/api/ef/v1/shops/{shopId}/broken", "500")).isEqualTo(1);
    assertThat(count("ef.api.requests", ApiMetricsFilter.UNMATCHED, "404")).isEqualTo(1);
    assertThat(registry.get("ef.api.requests").counters()).hasSize(3);
  }

  @Test
  void recordsTheStatementsEachRequestRan() throws Exception {
    mvc.perform(get("/api/ef/v1/shops/1/notes").param("queries", "4")).andExpect(status().isOk());

    var statements = registry.get("ef.api.request.statements").tags("route", "/api/ef/v1/shops/{shopId}/notes").summary();
    assertThat(statements.count()).isEqualTo(1);
    assertThat(statements.max()).isEqualTo(4);
  }

  @Test
  void leavesPathsOutsideTheApiAlone() throws Exception {
    mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());

    assertThat(registry.getMeters()).isEmpty();
  }

  @Test
  void logsOneAccessLineWithActionAndLatency() throws Exception {
    try (var logs = new LogCapture(ApiMetricsFilter.class)) {
      mvc.perform(get("/api/ef/v1/shops/7/notes"));

      assertThat(logs.events()).singleElement().satisfies(event -> {
        assertThat(event.getFormattedMessage()).matches("GET /api/ef/v1/shops/\\{shopId}/notes -> 200 in \\d+ ms, 0 statements");
        assertThat(event.getMDCPropertyMap())
            .containsEntry(LogFields.ACTION, "GET /api/ef/v1/shops/{shopId}/notes")
            .containsKey(LogFields.LATENCY_MS);
      });
    }
  }

  private double count(String counter, String route, String status) {
    return registry.get(counter).tags("route", route, "status", status).counter().count();
  }

  @RestController
  static class ShopController {

    private final JdbcClient jdbc = JdbcClient.create(InstrumentedDataSource.wrap(db.dataSource(), new StatementTiming()));

    @GetMapping("/api/ef/v1/shops/{shopId}/notes")
    String notes(@PathVariable long shopId, @RequestParam(defaultValue = "0") int queries) {
      for (var i = 0; i < queries; i++) {
        jdbc.sql("SELECT ?").param(shopId).query(Long.class).single();
      }
      return "notes of " + shopId;
    }

    @GetMapping("/api/ef/v1/shops/{shopId}/unavailable")
    ResponseEntity<String> unavailable(@PathVariable long shopId) {
      return ResponseEntity.status(503).body("later");
    }

    @GetMapping("/api/ef/v1/shops/{shopId}/broken")
    String broken(@PathVariable long shopId) {
      throw new IllegalStateException("bug");
    }
  }
}
