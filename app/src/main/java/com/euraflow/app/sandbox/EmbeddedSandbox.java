package com.euraflow.app.sandbox;

import com.euraflow.sandbox.OzonSandbox;
import com.euraflow.sandbox.SandboxSettings;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no EF_OZON_BASE_URL outside production, EuraFlow talks to an OZON sandbox started in-process, so a
 * newcomer sees a working system with one command. EF_SANDBOX=off turns it off; EF_SANDBOX_SHOPS (2, so the
 * demo account, allowed 3 shops, can still bind one of its own),
 * _PRODUCTS, _POSTINGS, _SEED and _PORT shape its world. It is registered as the bean {@code ozonSandbox}
 * and closed with the application.
 */
public class EmbeddedSandbox implements ApplicationListener<ApplicationPreparedEvent> {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedSandbox.class);

  @Override
  public void onApplicationEvent(ApplicationPreparedEvent event) {
    var environment = event.getApplicationContext().getEnvironment();
    if (!wanted(environment)) {
      return;
    }
    var sandbox = OzonSandbox.start(SandboxSettings.builder()
        .port(number(environment, "EF_SANDBOX_PORT", 0))
        .shops(number(environment, "EF_SANDBOX_SHOPS", 2))
        .productsPerShop(number(environment, "EF_SANDBOX_PRODUCTS", 200))
        .postingsPerShop(number(environment, "EF_SANDBOX_POSTINGS", 1000))
        .seed(number(environment, "EF_SANDBOX_SEED", 42))
        .build());
    environment.getPropertySources().addFirst(
        new MapPropertySource("euraflow-embedded-sandbox", Map.of("euraflow.ozon.base-url", sandbox.baseUrl())));
    var context = event.getApplicationContext();
    context.getBeanFactory().registerSingleton("ozonSandbox", sandbox);
    context.addApplicationListener((ApplicationListener<ContextClosedEvent>) closed -> {
      if (closed.getApplicationContext() == context) {
        sandbox.close();
      }
    });
    log.info("OZON sandbox with {} demo shops at {}", sandbox.shops().size(), sandbox.baseUrl());
  }

  static boolean wanted(ConfigurableEnvironment environment) {
    var mode = environment.getProperty("EF_SANDBOX", "auto").trim();
    if (mode.equals("off")) {
      return false;
    }
    var baseUrl = environment.getProperty("EF_OZON_BASE_URL", "");
    var production = environment.getProperty("EF_ENV", "development").trim().equals("production");
    return mode.equals("on") || (baseUrl.isBlank() && !production);
  }

  private static int number(ConfigurableEnvironment environment, String name, int fallback) {
    var value = environment.getProperty(name, "");
    try {
      return value.isBlank() ? fallback : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(name + " must be a whole number, not '" + value + "'");
    }
  }
}
