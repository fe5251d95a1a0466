package com.euraflow.kernel.apikeys.web;

import com.euraflow.kernel.apikeys.ApiKeyService;
import com.euraflow.kernel.apikeys.ApiKeyView;
import com.euraflow.kernel.apikeys.CreatedApiKey;
import com.euraflow.kernel.tenancy.CurrentCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API keys (the original served them with a trailing slash; both work). */
@RestController
@RequestMapping("/api/ef/v1/api-keys")
class ApiKeyController {

  private final ApiKeyService keys;

  ApiKeyController(ApiKeyService keys) {
    this.keys = keys;
  }

  record CreateApiKeyRequest(
      @NotNull @Pattern(regexp = "[\\p{L}\\p{N} _.-]{1,100}", message = "must be 1-100 letters, digits, spaces, '_', '.' or '-'")
          String name) {}

  @GetMapping({"", "/"})
  List<ApiKeyView> list() {
    return keys.list(CurrentCaller.get());
  }

  @PostMapping({"", "/"})
  @ResponseStatus(HttpStatus.CREATED)
  CreatedApiKey create(@Valid @RequestBody CreateApiKeyRequest request) {
    return keys.create(CurrentCaller.get(), request.name());
  }

  @DeleteMapping("/{keyId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable long keyId) {
    keys.revoke(CurrentCaller.get(), keyId);
  }

  @PutMapping("/{keyId}/regenerate")
  CreatedApiKey regenerate(@PathVariable long keyId) {
    return keys.regenerate(CurrentCaller.get(), keyId);
  }
}
