package com.euraflow.ozon.sync.web;

import com.euraflow.ozon.sync.SyncKind;
import com.euraflow.ozon.sync.SyncNow;
import com.euraflow.ozon.sync.SyncNow.SyncStarted;
import com.euraflow.ozon.sync.SyncNow.SyncState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** "Sync now" per shop and kind (the original's routes) and each shop's sync state. */
@RestController
@RequestMapping("/api/ef/v1/ozon")
class SyncController {

  private final SyncNow syncNow;

  SyncController(SyncNow syncNow) {
    this.syncNow = syncNow;
  }

  @PostMapping("/orders/sync")
  @ResponseStatus(HttpStatus.ACCEPTED)
  List<SyncStarted> syncOrders(@Valid @RequestBody ShopRequest request) {
    return syncNow.start(request.shopId(), List.of(SyncKind.orders_fbs, SyncKind.orders_fbo));
  }

  @PostMapping("/products/sync")
  @ResponseStatus(HttpStatus.ACCEPTED)
  List<SyncStarted> syncProducts(@Valid @RequestBody ShopRequest request) {
    return syncNow.start(request.shopId(), List.of(SyncKind.products));
  }

  @PostMapping("/shops/{shopId}/sync-warehouses")
  @ResponseStatus(HttpStatus.ACCEPTED)
  List<SyncStarted> syncWarehouses(@PathVariable long shopId) {
    return syncNow.start(shopId, List.of(SyncKind.warehouses));
  }

  @PostMapping("/shops/{shopId}/sync")
  @ResponseStatus(HttpStatus.ACCEPTED)
  List<SyncStarted> syncShop(@PathVariable long shopId) {
    return syncNow.start(shopId, List.of(SyncKind.warehouses, SyncKind.products, SyncKind.orders_fbs,
        SyncKind.orders_fbo));
  }

  @GetMapping("/sync-status")
  List<SyncState> status(@RequestParam(name = "shopId", required = false) Long shopId) {
    return syncNow.state(shopId);
  }

  record ShopRequest(@NotNull Long shopId) {}
}
