package com.euraflow.sandbox;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code java -jar euraflow-sandbox.jar --port 8081 --shops 3 --products 200 --postings 1000 --seed 42}
 * [--rate postingsPerHour] [--start 2026-01-01T00:00:00Z] [--manual-clock] [--host 0.0.0.0].
 */
public final class SandboxMain {

  private SandboxMain() {}

  public static void main(String[] args) throws InterruptedException {
    var builder = SandboxSettings.builder().port(8081);
    for (int i = 0; i < args.length; i++) {
      var flag = args[i];
      if (flag.equals("--manual-clock")) {
        builder.manualClock(true);
        continue;
      }
      if (i + 1 >= args.length) usage("missing value for " + flag);
      var value = args[++i];
      switch (flag) {
        case "--host" -> builder.host(value);
        case "--port" -> builder.port(Integer.parseInt(value));
        case "--shops" -> builder.shops(Integer.parseInt(value));
        case "--products" -> builder.productsPerShop(Integer.parseInt(value));
        case "--postings" -> builder.postingsPerShop(Integer.parseInt(value));
        case "--seed" -> builder.seed(Long.parseLong(value));
        case "--rate" -> builder.postingsPerHour(Double.parseDouble(value));
        case "--start" -> builder.start(Instant.parse(value));
        default -> usage("unknown flag " + flag);
      }
    }
    var sandbox = OzonSandbox.start(builder.build());
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }));
    System.out.println("OZON sandbox at " + sandbox.baseUrl() + " (control API: " + sandbox.baseUrl() + "/__sandbox/shops)");
    System.out.println("client_id\tapi_key\tname");
    int shown = 0;
    for (var shop : sandbox.shops()) {
      if (shown++ == 20) {
        System.out.println("... " + (sandbox.shops().size() - 20) + " more: GET /__sandbox/shops");
        break;
      }
      System.out.println(shop.clientId() + "\t" + shop.apiKey() + "\t" + shop.name());
    }
    stopped.await();
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("flags: --host H --port N --shops N --products N --postings N --seed N --rate PER_HOUR --start ISO_INSTANT --manual-clock");
    System.exit(2);
  }
}
