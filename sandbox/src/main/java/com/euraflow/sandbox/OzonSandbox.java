package com.euraflow.sandbox;

import com.euraflow.sandbox.control.CallLog;
import com.euraflow.sandbox.control.SandboxControl;
import com.euraflow.sandbox.http.SandboxServer;
import com.euraflow.sandbox.world.World;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A running local OZON Seller API.
 *
 * <pre>{@code
 * try (var sandbox = OzonSandbox.start(SandboxSettings.builder().shops(3).seed(42).build())) {
 *   var shop = sandbox.shops().getFirst();   // Client-Id and Api-Key to bind
 *   client.baseUrl(sandbox.baseUrl());       // OZON's paths live at the root
 *   sandbox.control().advanceClock(Duration.ofHours(1));
 * }
 * }</pre>
 */
public final class OzonSandbox implements AutoCloseable {

  private final SandboxSettings settings;
  private final World world;
  private final SandboxControl control;
  private final SandboxServer server;

  private OzonSandbox(SandboxSettings settings) throws IOException {
    this.settings = settings;
    this.world = new World(settings);
    var calls = new CallLog(settings.requestLogSize());
    this.control = new SandboxControl(world, calls);
    this.server = new SandboxServer(settings, world, control, calls);
  }

  /** Binds the port and serves until {@link #close()}. */
  public static OzonSandbox start(SandboxSettings settings) {
    try {
      return new OzonSandbox(settings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the OZON sandbox on " + settings.host() + ":" + settings.port(), e);
    }
  }

  /** Where OZON's paths are served, e.g. {@code http://127.0.0.1:8081} (no trailing slash). */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** Every shop's credentials, in Client-Id order. */
  public List<SandboxShop> shops() {
    return world.shopCredentials();
  }

  /** The same levers as the HTTP control API under {@code /__sandbox/}. */
  public SandboxControl control() {
    return control;
  }

  public SandboxSettings settings() {
    return settings;
  }

  @Override
  public void close() {
    server.close();
  }
}
