package com.euraflow.ozon.client.labels;

/** Answer of {@code /v2/posting/fbs/package-label}: the PDF itself. */
public record PackageLabel(byte[] pdf) {

  @Override
  public String toString() {
    return "PackageLabel[" + pdf.length + " bytes]";
  }
}
