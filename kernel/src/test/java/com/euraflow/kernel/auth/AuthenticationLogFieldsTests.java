package com.euraflow.kernel.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.euraflow.kernel.KernelWebTest;
import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Log lines of an authenticated request carry the account id as {@code user}, and only while it runs. */
class AuthenticationLogFieldsTests extends KernelWebTest {

  private static final String ME = "/api/ef/v1/auth/me";

  @Autowired WebApplicationContext context;

  @Test
  void putsTheAccountIdInTheLogContextBehindAuthentication() throws Exception {
    var main = api().mainAccount();
    var seen = Collections.synchronizedList(new ArrayList<String>());
    Filter downstream = (request, response, chain) -> {
      seen.add(String.valueOf(MDC.get("user")));
      chain.doFilter(request, response);
    };
    var security = context.getBean("springSecurityFilterChain", Filter.class);
    var mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(security, downstream).build();

    mvc.perform(get(ME).header("Authorization", "Bearer " + main.accessToken()));

    assertThat(seen).containsExactly(Long.toString(main.id()));
    assertThat(seen.getFirst()).isNotEqualTo(main.username());
    assertThat(MDC.get("user")).isNull();
  }
}
