package com.euraflow.app.sandbox;

import com.euraflow.kernel.accounts.AccountService;
import com.euraflow.kernel.config.KernelProperties;
import com.euraflow.kernel.shops.ShopService;
import com.euraflow.kernel.tenancy.Caller;
import com.euraflow.sandbox.OzonSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Binds the embedded sandbox's shops to the demo account, so the first start fills up with real-looking
 * products and postings. Binding is idempotent per Client-Id, so every start may do it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoShops implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoShops.class);

  private final ObjectProvider<OzonSandbox> sandbox;
  private final AccountService accounts;
  private final ShopService shops;
  private final KernelProperties.Bootstrap bootstrap;

  DemoShops(ObjectProvider<OzonSandbox> sandbox, AccountService accounts, ShopService shops, KernelProperties properties) {
    this.sandbox = sandbox;
    this.accounts = accounts;
    this.shops = shops;
    this.bootstrap = properties.bootstrap();
  }

  @Override
  public void run(ApplicationArguments args) {
    var embedded = sandbox.getIfAvailable();
    if (embedded == null || bootstrap.demoUsername().isBlank() || bootstrap.demoPassword().isBlank()) {
      return;
    }
    // runners run in no promised order: make sure the demo account exists (idempotent) before using it
    accounts.bootstrapMainAccount(bootstrap.demoUsername(), bootstrap.demoPassword());
    Caller caller;
    try {
      var demo = accounts.verifyPassword(bootstrap.demoUsername(), bootstrap.demoPassword());
      caller = accounts.caller(demo.id(), 0).orElseThrow();
    } catch (RuntimeException e) {
      log.warn("demo shops not bound: the demo account '{}' cannot be used ({})", bootstrap.demoUsername(),
          e.getMessage());
      return;
    }
    var added = 0;
    for (var shop : embedded.shops()) {
      if (shops.bind(caller, shop.name(), Long.toString(shop.clientId()), shop.apiKey()).created()) {
        added++;
      }
    }
    if (added > 0) {
      log.info("bound {} sandbox shops to the demo account '{}'; their first syncs are queued", added,
          bootstrap.demoUsername());
    }
  }
}
