package com.euraflow.kernel.accounts;

import com.euraflow.kernel.config.KernelProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Creates the first admin (once, when none exists) and the demo main account when configured. */
@Component
class AccountBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

  private final AccountService accounts;
  private final KernelProperties.Bootstrap bootstrap;

  AccountBootstrap(AccountService accounts, KernelProperties properties) {
    this.accounts = accounts;
    this.bootstrap = properties.bootstrap();
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!bootstrap.adminUsername().isBlank() && !bootstrap.adminPassword().isBlank()
        && accounts.bootstrapAdmin(bootstrap.adminUsername(), bootstrap.adminPassword())) {
      log.info("created the first admin '{}'", bootstrap.adminUsername());
    }
    if (!bootstrap.demoUsername().isBlank() && !bootstrap.demoPassword().isBlank()
        && accounts.bootstrapMainAccount(bootstrap.demoUsername(), bootstrap.demoPassword())) {
      log.info("created the demo main account '{}'", bootstrap.demoUsername());
    }
  }
}
