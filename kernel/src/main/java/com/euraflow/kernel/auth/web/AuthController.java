package com.euraflow.kernel.auth.web;

import com.euraflow.kernel.accounts.AccountService;
import com.euraflow.kernel.accounts.AccountView;
import com.euraflow.kernel.auth.AuthService;
import com.euraflow.kernel.auth.CurrentSession;
import com.euraflow.kernel.auth.TokenPair;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.tenancy.CurrentCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ef/v1/auth")
class AuthController {

  private final AuthService auth;
  private final AccountService accounts;

  AuthController(AuthService auth, AccountService accounts) {
    this.auth = auth;
    this.accounts = accounts;
  }

  record LoginRequest(@NotNull @Size(min = 1, max = 50) String username, @NotNull @Size(min = 1, max = 128) String password) {
    @Override
    public String toString() {
      return "LoginRequest[username=" + username + "]";
    }
  }

  record RefreshRequest(@NotNull @Size(min = 1, max = 200) String refreshToken) {
    @Override
    public String toString() {
      return "RefreshRequest[redacted]";
    }
  }

  record ChangePasswordRequest(
      @NotNull @Size(min = 1, max = 128) String currentPassword, @NotNull @Size(min = 8, max = 128) String newPassword) {
    @Override
    public String toString() {
      return "ChangePasswordRequest[redacted]";
    }
  }

  @PostMapping("/login")
  TokenPair login(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
    return auth.login(request.username(), request.password(), http.getRemoteAddr());
  }

  @PostMapping("/refresh")
  TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
    return auth.refresh(request.refreshToken());
  }

  /** Ends the session of the access token used (API keys have none: revoke the key instead). */
  @PostMapping("/logout")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void logout() {
    var session = CurrentSession.id()
        .orElseThrow(() -> ForbiddenException.because("API keys have no session; revoke the key instead"));
    auth.logout(CurrentCaller.get(), session);
  }

  @GetMapping("/me")
  AccountView me() {
    return accounts.me(CurrentCaller.get());
  }

  @PutMapping("/me/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(@Valid @RequestBody ChangePasswordRequest request) {
    var caller = CurrentCaller.get();
    if (caller.apiKeyId() != 0) {
      throw ForbiddenException.because("the password is changed with a logged-in session, not with an API key");
    }
    accounts.changeOwnPassword(caller, request.currentPassword(), request.newPassword());
  }
}
