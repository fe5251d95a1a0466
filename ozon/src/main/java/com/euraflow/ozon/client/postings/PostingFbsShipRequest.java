package com.euraflow.ozon.client.postings;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code POST /v4/posting/fbs/ship}: packs a posting; N packages split it into N postings. OZON
 * applies it asynchronously: confirm with {@code /v3/posting/fbs/get}.
 */
public record PostingFbsShipRequest(
    String postingNumber, List<Package> packages, @JsonProperty("with") With options) {

  public PostingFbsShipRequest {
    if (packages.isEmpty()) {
      throw new IllegalArgumentException("at least one package");
    }
    packages = List.copyOf(packages);
  }

  /** Everything in one package, no split. */
  public static PostingFbsShipRequest onePackage(String postingNumber, List<Product> products) {
    return new PostingFbsShipRequest(postingNumber, List.of(new Package(products)), new With(true));
  }

  public record Package(List<Product> products) {}

  /**
   * @param productId the product's SKU: OZON names the field product_id but means the SKU
   */
  public record Product(long productId, int quantity) {}

  public record With(boolean additionalData) {}
}
