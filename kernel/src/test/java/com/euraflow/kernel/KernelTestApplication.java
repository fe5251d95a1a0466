package com.euraflow.kernel;

import com.euraflow.kernel.shops.OzonConnectionProbe;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** The kernel alone, with a fake at the OZON boundary. */
// Observability is the observability module's own tests' business; these test the kernel's features.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ComponentScan(excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "com\\.euraflow\\.kernel\\.observability\\..*"))
class KernelTestApplication {

  /** Api-Keys starting with "rejected" are refused by "OZON", "down" ones find it unreachable. */
  @Bean
  OzonConnectionProbe fakeOzon() {
    return (clientId, apiKey) -> {
      if (apiKey.startsWith("rejected")) {
        return new OzonConnectionProbe.ProbeResult(OzonConnectionProbe.Outcome.REJECTED, "Invalid Api-Key");
      }
      if (apiKey.startsWith("down")) {
        return new OzonConnectionProbe.ProbeResult(OzonConnectionProbe.Outcome.UNREACHABLE, "timeout");
      }
      return new OzonConnectionProbe.ProbeResult(OzonConnectionProbe.Outcome.OK, "ok");
    };
  }
}
