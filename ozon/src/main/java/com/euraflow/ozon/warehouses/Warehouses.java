package com.euraflow.ozon.warehouses;

import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.ShopAccess;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Warehouses {

  private final WarehouseRepository repository;
  private final ShopAccess shopAccess;

  Warehouses(WarehouseRepository repository, ShopAccess shopAccess) {
    this.repository = repository;
    this.shopAccess = shopAccess;
  }

  @Transactional(readOnly = true)
  public List<WarehouseView> list(long shopId) {
    return repository.list(shopAccess.requireShop(shopId, Access.READ));
  }
}
