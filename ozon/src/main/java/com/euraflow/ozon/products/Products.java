package com.euraflow.ozon.products;

import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.ShopAccess;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The seller's reads of products, always narrowed to the caller's shops. */
@Service
public class Products {

  public static final int MAX_PAGE = 1000;

  private final ProductRepository repository;
  private final ShopAccess shopAccess;

  Products(ProductRepository repository, ShopAccess shopAccess) {
    this.repository = repository;
    this.shopAccess = shopAccess;
  }

  @Transactional(readOnly = true)
  public ProductPage list(ProductQuery query) {
    if (query.limit() < 1 || query.limit() > MAX_PAGE) {
      throw ValidationFailedException.field("limit", "must be 1.." + MAX_PAGE);
    }
    ProductCursor after;
    try {
      after = ProductCursor.decode(query.cursor(), query.sort());
    } catch (IllegalArgumentException e) {
      throw ValidationFailedException.field("cursor", e.getMessage());
    }
    var shops = query.shopId() != null
        ? List.of(shopAccess.requireShop(query.shopId(), Access.READ))
        : List.copyOf(shopAccess.visibleShopIds());
    if (shops.isEmpty()) {
      return new ProductPage(List.of(), null);
    }
    var filter = new ProductFilter(shops, query.keyword(), query.status(), query.archived(), query.inStock());
    var page = repository.list(filter, query.sort(), query.descending(), after, query.limit());
    var last = page.size() == query.limit() ? page.getLast() : null;
    return new ProductPage(page, last == null ? null
        : new ProductCursor(query.sort(), ProductRepository.sortValue(last, query.sort()), last.id()).encode());
  }

  /** The seller's purchase cost of a product (null clears it): the base of the shop's margin guard. */
  @Transactional
  public ProductSummary setPurchaseCost(long id, java.math.BigDecimal cost) {
    var shop = repository.shopOf(id).orElseThrow(() -> NotFoundException.of("product", id));
    shopAccess.requireShop(shop, Access.WRITE);
    if (cost != null && (cost.signum() < 0 || cost.scale() > 4 || cost.compareTo(new java.math.BigDecimal("100000000")) >= 0)) {
      throw ValidationFailedException.field("purchaseCost", "must be 0..99999999.9999");
    }
    repository.setPurchaseCost(id, cost);
    return get(id);
  }

  @Transactional(readOnly = true)
  public ProductSummary get(long id) {
    var shops = List.copyOf(shopAccess.visibleShopIds());
    return (shops.isEmpty() ? java.util.Optional.<ProductSummary>empty() : repository.find(shops, id))
        .orElseThrow(() -> NotFoundException.of("product", id));
  }
}
