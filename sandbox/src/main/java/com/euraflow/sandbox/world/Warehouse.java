package com.euraflow.sandbox.world;

/** A seller's FBS (or rFBS) warehouse; rFBS postings carry buyer and address data. */
public record Warehouse(int index, long id, String name, boolean rfbs, String city) {}
