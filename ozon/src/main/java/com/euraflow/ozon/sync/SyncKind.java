package com.euraflow.ozon.sync;

/** The kinds of work EuraFlow does with a shop on OZON, each with its own checkpoint and job. */
public enum SyncKind {
  warehouses("ef.ozon.warehouses.sync"),
  products("ef.ozon.products.sync"),
  orders_fbs("ef.ozon.orders.pull"),
  orders_fbo("ef.ozon.orders.pull_fbo"),
  stock_push("ef.ozon.stock.push"),
  price_push("ef.ozon.prices.push"),
  labels("ef.ozon.labels.fetch");

  /** The stable job name, routed to a lane by the job engine's glob routes. */
  public final String jobName;

  SyncKind(String jobName) {
    this.jobName = jobName;
  }
}
