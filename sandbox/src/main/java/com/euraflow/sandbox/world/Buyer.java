package com.euraflow.sandbox.world;

/** The buyer and delivery address of a posting (OZON shows them for rFBS postings). */
public record Buyer(long customerId, String name, String phone, String email, String region, String city,
    String zipCode, String addressTail, double latitude, double longitude) {

  public String address() {
    return zipCode + ", Россия, " + region + ", " + city + ", " + addressTail;
  }
}
