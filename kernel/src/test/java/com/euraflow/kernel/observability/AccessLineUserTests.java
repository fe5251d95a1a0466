package com.euraflow.kernel.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The access line names the user authentication found, though authentication has left the MDC by then. */
class AccessLineUserTests {

  @Test
  void writesTheAuthenticatedUserIntoTheAccessLine() throws Exception {
    var mvc = MockMvcBuilders.standaloneSetup(new MeController())
        .addFilters(new ApiMetricsFilter(new SimpleMeterRegistry()))
        .build();

    try (var log = new LogCapture(ApiMetricsFilter.class)) {
      mvc.perform(get("/api/ef/v1/me").requestAttr(LogFields.USER, "42"));
      mvc.perform(get("/api/ef/v1/me"));

      assertThat(log.events()).extracting(e -> e.getMDCPropertyMap().get(LogFields.USER))
          .containsExactly("42", null);
    }
    assertThat(MDC.get(LogFields.USER)).isNull();
  }

  @RestController
  static class MeController {
    @GetMapping("/api/ef/v1/me")
    String me() {
      return "me";
    }
  }
}
