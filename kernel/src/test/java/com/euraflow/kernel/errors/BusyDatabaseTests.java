package com.euraflow.kernel.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.euraflow.kernel.KernelWebTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

/**
 * Overload is a 503 the client can retry, not a 500: with every connection of the pool taken, a request that needs the
 * database (in the authentication filter or in a controller) waits out the acquisition timeout and gets
 * SERVICE_BUSY with Retry-After. The 1,000-user load test's first run showed these as 500s.
 */
@TestPropertySource(properties = {
    "spring.datasource.hikari.maximum-pool-size=2",
    "spring.datasource.hikari.minimum-idle=1",
    "spring.datasource.hikari.connection-timeout=300"})
class BusyDatabaseTests extends KernelWebTest {

  @Autowired DataSource dataSource;

  @Test
  void anExhaustedPoolAnswers503WithRetryAfter() throws Exception {
    var main = api().mainAccount();

    // take every connection the application does not hold already (its LISTEN connection keeps one)
    var held = new ArrayList<Connection>();
    try {
      while (true) {
        held.add(dataSource.getConnection());
      }
    } catch (SQLException poolExhausted) {
      assertThat(held).isNotEmpty();
    }
    try {
      var authenticated = mvc.perform(get("/api/ef/v1/ozon/shops")
          .header("Authorization", "Bearer " + main.accessToken())).andReturn().getResponse();
      var login = mvc.perform(post("/api/ef/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
          .content("{\"username\":\"nobody\",\"password\":\"wrong-password\"}")).andReturn().getResponse();

      for (var response : java.util.List.of(authenticated, login)) {
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"code\":\"SERVICE_BUSY\"");
      }
    } finally {
      for (var connection : held) {
        connection.close();
      }
    }
    var afterwards = mvc.perform(get("/api/ef/v1/ozon/shops")
        .header("Authorization", "Bearer " + main.accessToken())).andReturn().getResponse();
    assertThat(afterwards.getStatus()).isEqualTo(200);
  }
}
