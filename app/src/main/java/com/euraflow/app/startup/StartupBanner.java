package com.euraflow.app.startup;

import com.euraflow.kernel.config.KernelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started EuraFlow where it is and, in development, how to log in. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final KernelProperties.Bootstrap bootstrap;
  private final String mode;
  private final String role;

  StartupBanner(KernelProperties properties, @Value("${euraflow.env}") String mode, @Value("${euraflow.role}") String role) {
    this.bootstrap = properties.bootstrap();
    this.mode = mode;
    this.role = role;
  }

  @EventListener
  void ready(ApplicationReadyEvent event) {
    var port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort()
        : -1;
    log.info("EuraFlow is up ({} mode, role {}): http://localhost:{}  API docs: http://localhost:{}/docs",
        mode, role, port, port);
    if (mode.equals("development") && !bootstrap.demoUsername().isBlank()) {
      // demo credentials only: production never has a demo account (EuraFlowEnvironment)
      log.info("demo login: {} / {}   admin: {} / {}", bootstrap.demoUsername(), bootstrap.demoPassword(),
          bootstrap.adminUsername(), EuraFlowEnvironment.DEMO_ADMIN_PASSWORD.equals(bootstrap.adminPassword())
              ? bootstrap.adminPassword() : "(EF_BOOTSTRAP_ADMIN_PASSWORD)");
    }
  }
}
