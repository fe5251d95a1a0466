package com.euraflow.ozon.warehouses.web;

import com.euraflow.ozon.warehouses.WarehouseView;
import com.euraflow.ozon.warehouses.Warehouses;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WarehousesController {

  private final Warehouses warehouses;

  WarehousesController(Warehouses warehouses) {
    this.warehouses = warehouses;
  }

  @GetMapping("/api/ef/v1/ozon/shops/{shopId}/warehouses")
  List<WarehouseView> list(@PathVariable long shopId) {
    return warehouses.list(shopId);
  }
}
