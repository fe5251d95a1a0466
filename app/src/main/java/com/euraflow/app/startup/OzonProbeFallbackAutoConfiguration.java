package com.euraflow.app.startup;

import com.euraflow.kernel.shops.OzonConnectionProbe;
import com.euraflow.kernel.shops.OzonConnectionProbe.Outcome;
import com.euraflow.kernel.shops.OzonConnectionProbe.ProbeResult;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/** Until an OZON client is wired, "test connection" says so instead of failing to start. */
@AutoConfiguration
public class OzonProbeFallbackAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(OzonConnectionProbe.class)
  OzonConnectionProbe noOzonClient() {
    return (clientId, apiKey) -> new ProbeResult(Outcome.UNREACHABLE, "no OZON client configured");
  }
}
