package com.euraflow.kernel.accounts.web;

import com.euraflow.kernel.accounts.AccountLevel;
import com.euraflow.kernel.accounts.AccountService;
import com.euraflow.kernel.tenancy.CurrentCaller;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ef/v1/account-levels")
class AccountLevelController {

  private final AccountService accounts;

  AccountLevelController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  List<AccountLevel> list() {
    return accounts.levels(CurrentCaller.get());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AccountLevel create(@Valid @RequestBody CreateAccountLevelRequest request) {
    return accounts.createLevel(CurrentCaller.get(), request.name(), request.maxShops(), request.maxSubAccounts(),
        request.defaultExpirationDays());
  }
}
