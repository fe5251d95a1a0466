package com.euraflow.ozon.products.web;

import com.euraflow.ozon.products.ProductPage;
import com.euraflow.ozon.products.ProductQuery;
import com.euraflow.ozon.products.ProductSort;
import com.euraflow.ozon.products.ProductSummary;
import com.euraflow.ozon.products.Products;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ef/v1/ozon/products")
class ProductsController {

  private final Products products;

  ProductsController(Products products) {
    this.products = products;
  }

  @GetMapping
  ProductPage list(
      @RequestParam(name = "shopId", required = false) Long shopId,
      @RequestParam(name = "q", required = false) String keyword,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) Boolean archived,
      @RequestParam(name = "inStock", required = false) Boolean inStock,
      @RequestParam(defaultValue = "offer_id") ProductSort sort,
      @RequestParam(defaultValue = "asc") Direction dir,
      @RequestParam(required = false) String cursor,
      @RequestParam(defaultValue = "50") int limit) {
    return products.list(new ProductQuery(shopId, keyword, status, archived, inStock, sort,
        dir == Direction.desc, cursor, limit));
  }

  @GetMapping("/{id}")
  ProductSummary get(@PathVariable long id) {
    return products.get(id);
  }

  @PutMapping("/{id}/purchase-cost")
  ProductSummary purchaseCost(@PathVariable long id, @RequestBody PurchaseCostRequest request) {
    return products.setPurchaseCost(id, request.purchaseCost());
  }

  record PurchaseCostRequest(java.math.BigDecimal purchaseCost) {}

  enum Direction {
    asc,
    desc
  }
}
