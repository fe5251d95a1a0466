package com.euraflow.app.system;

import com.euraflow.kernel.tenancy.CurrentCaller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What this process is and runs, and a summary of its metrics; admins only. */
@RestController
@RequestMapping("/api/ef/v1/system")
class SystemController {

  private final SystemService system;

  SystemController(SystemService system) {
    this.system = system;
  }

  @GetMapping("/info")
  SystemInfo info() {
    return system.info(CurrentCaller.get());
  }

  @GetMapping("/metrics")
  SystemMetrics metrics() {
    return system.metrics(CurrentCaller.get());
  }
}
