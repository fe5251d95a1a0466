package com.euraflow.kernel;

import com.euraflow.testing.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * Base of the kernel's HTTP tests: one real PostgreSQL database and one application context for all
 * of them (same properties, so Spring caches the context); tests isolate themselves by creating
 * their own accounts and shops through {@link Api}.
 */
@SpringBootTest(classes = KernelTestApplication.class)
@AutoConfigureMockMvc
public abstract class KernelWebTest {

  private static final TestDatabase DB = TestDatabase.create();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(DB::close));
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DB::jdbcUrl);
    registry.add("spring.datasource.username", DB::username);
    registry.add("spring.datasource.password", DB::password);
  }

  @Autowired protected MockMvc mvc;
  @Autowired protected ObjectMapper json;
  @Autowired protected JdbcClient jdbc;

  protected Api api() {
    return new Api(mvc, json);
  }
}
