package com.euraflow.kernel.shops.web;

import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.shops.OzonConnectionProbe.ProbeResult;
import com.euraflow.kernel.shops.ShopService;
import com.euraflow.kernel.shops.ShopService.VisibleShop;
import com.euraflow.kernel.shops.ShopStatus;
import com.euraflow.kernel.tenancy.Access;
import com.euraflow.kernel.tenancy.CurrentCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** OZON shops, on the original system's paths. Api-Keys go in, never out. */
@RestController
@RequestMapping("/api/ef/v1/ozon/shops")
class ShopController {

  static final String DISPLAY_NAME = "[\\p{L}\\p{N}][\\p{L}\\p{N} _.,&()#№+-]{0,99}";
  static final String DISPLAY_NAME_MESSAGE =
      "must be 1-100 letters, digits, spaces or _ . , & ( ) # № + -, starting with a letter or digit";
  static final String CLIENT_ID = "[0-9]{1,20}";
  static final String API_KEY = "[A-Za-z0-9-]{8,100}";
  static final String API_KEY_MESSAGE = "must be 8-100 letters, digits or '-'";

  private final ShopService shops;

  ShopController(ShopService shops) {
    this.shops = shops;
  }

  record BindShopRequest(
      @NotNull @Pattern(regexp = DISPLAY_NAME, message = DISPLAY_NAME_MESSAGE) String displayName,
      @NotNull @Pattern(regexp = CLIENT_ID, message = "must be 1-20 digits") String clientId,
      @NotNull @Pattern(regexp = API_KEY, message = API_KEY_MESSAGE) String apiKey) {
    @Override
    public String toString() {
      return "BindShopRequest[displayName=" + displayName + ", clientId=" + clientId + "]";
    }
  }

  record UpdateShopRequest(
      @Nullable @Pattern(regexp = DISPLAY_NAME, message = DISPLAY_NAME_MESSAGE) String displayName,
      @Nullable @Pattern(regexp = API_KEY, message = API_KEY_MESSAGE) String apiKey) {
    @Override
    public String toString() {
      return "UpdateShopRequest[displayName=" + displayName + "]";
    }
  }

  record ShopResponse(
      long id, String displayName, String clientId, ShopStatus status, Access access, Instant createdAt,
      Instant updatedAt) {
    static ShopResponse of(VisibleShop v) {
      var s = v.shop();
      return new ShopResponse(s.id(), s.displayName(), s.clientId(), s.status(), v.access(), s.createdAt(),
          s.updatedAt());
    }
  }

  @GetMapping
  List<ShopResponse> list() {
    return shops.list(CurrentCaller.get()).stream().map(ShopResponse::of).toList();
  }

  @GetMapping("/{shopId}")
  ShopResponse get(@PathVariable long shopId) {
    return ShopResponse.of(shops.get(CurrentCaller.get(), shopId));
  }

  /** 201 for a new binding; 200 with the same shop when the caller repeats a bind (double click). */
  @PostMapping
  ResponseEntity<ShopResponse> bind(@Valid @RequestBody BindShopRequest request) {
    var caller = CurrentCaller.get();
    var bound = shops.bind(caller, request.displayName(), request.clientId(), request.apiKey());
    return ResponseEntity.status(bound.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(ShopResponse.of(new VisibleShop(bound.shop(), Access.WRITE)));
  }

  @PutMapping("/{shopId}")
  ShopResponse update(@PathVariable long shopId, @Valid @RequestBody UpdateShopRequest request) {
    if (request.displayName() == null && request.apiKey() == null) {
      throw ValidationFailedException.field("displayName", "give a displayName, an apiKey or both");
    }
    return ShopResponse.of(shops.update(CurrentCaller.get(), shopId, request.displayName(), request.apiKey()));
  }

  @DeleteMapping("/{shopId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long shopId) {
    shops.delete(CurrentCaller.get(), shopId);
  }

  @PostMapping("/{shopId}/test-connection")
  ProbeResult testConnection(@PathVariable long shopId) {
    return shops.testConnection(CurrentCaller.get(), shopId);
  }
}
