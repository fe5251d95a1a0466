package com.euraflow.kernel.accounts.web;

import com.euraflow.kernel.accounts.AccountService;
import com.euraflow.kernel.accounts.AccountView;
import com.euraflow.kernel.accounts.CreateAccountCommand;
import com.euraflow.kernel.accounts.UpdateAccountCommand;
import com.euraflow.kernel.tenancy.CurrentCaller;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account management, on the original system's paths. */
@RestController
@RequestMapping("/api/ef/v1/auth/users")
class UserController {

  private final AccountService accounts;

  UserController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  List<AccountView> list() {
    return accounts.list(CurrentCaller.get());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  AccountView create(@Valid @RequestBody CreateUserRequest request) {
    return accounts.create(CurrentCaller.get(), new CreateAccountCommand(request.username(), request.password(),
        request.role(), request.levelId(), request.expiresAt(), request.shops() == null ? List.of() : request.shops()));
  }

  @PutMapping("/{userId}")
  AccountView update(@PathVariable long userId, @Valid @RequestBody UpdateUserRequest request) {
    return accounts.update(CurrentCaller.get(), userId, new UpdateAccountCommand(request.role(), request.status(),
        request.levelId(), request.expiresAt(), request.shops()));
  }

  @DeleteMapping("/{userId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long userId) {
    accounts.delete(CurrentCaller.get(), userId);
  }

  @PatchMapping("/{userId}/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void resetPassword(@PathVariable long userId, @Valid @RequestBody ResetPasswordRequest request) {
    accounts.resetPassword(CurrentCaller.get(), userId, request.newPassword());
  }
}
