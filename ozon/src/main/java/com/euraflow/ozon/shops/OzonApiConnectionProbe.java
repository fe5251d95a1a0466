package com.euraflow.ozon.shops;

import com.euraflow.kernel.shops.OzonConnectionProbe;
import com.euraflow.ozon.client.OzonClient;
import com.euraflow.ozon.client.OzonCredentials;
import com.euraflow.ozon.client.OzonCredentialsRejected;
import com.euraflow.ozon.client.OzonRequestRejected;
import com.euraflow.ozon.client.OzonThrottled;
import com.euraflow.ozon.client.OzonUnavailable;
import com.euraflow.ozon.client.products.ProductListRequest;
import org.springframework.stereotype.Component;

/**
 * Checks credentials with a one-item {@code /v3/product/list}: cheap, readable by every key, and
 * with no per-method limit (unlike the warehouse list's one call a minute).
 */
@Component
class OzonApiConnectionProbe implements OzonConnectionProbe {

  private final OzonClient ozon;

  OzonApiConnectionProbe(OzonClient ozon) {
    this.ozon = ozon;
  }

  @Override
  public ProbeResult probe(String clientId, String apiKey) {
    if (clientId.isBlank() || apiKey.isBlank()) {
      return new ProbeResult(Outcome.REJECTED, "Client-Id and Api-Key are required");
    }
    try {
      ozon.productList(new OzonCredentials(clientId, apiKey), ProductListRequest.all(1));
      return new ProbeResult(Outcome.OK, "OZON accepted the credentials");
    } catch (OzonCredentialsRejected e) {
      return new ProbeResult(Outcome.REJECTED, e.getMessage());
    } catch (OzonThrottled | OzonUnavailable | OzonRequestRejected e) {
      return new ProbeResult(Outcome.UNREACHABLE, e.getMessage());
    }
  }
}
