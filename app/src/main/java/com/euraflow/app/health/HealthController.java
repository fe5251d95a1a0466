package com.euraflow.app.health;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Liveness (the process answers) and readiness (its dependencies answer) for load balancers. */
@RestController
class HealthController {

  private final ReadinessProbe readiness;

  HealthController(ReadinessProbe readiness) {
    this.readiness = readiness;
  }

  @GetMapping("/healthz")
  Map<String, String> alive() {
    return Map.of("status", "up");
  }

  @GetMapping("/readyz")
  ResponseEntity<Map<String, Object>> ready() {
    var checks = readiness.check();
    var up = checks.values().stream().allMatch("up"::equals);
    return ResponseEntity.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .body(Map.of("status", up ? "ready" : "not ready", "checks", checks));
  }
}
