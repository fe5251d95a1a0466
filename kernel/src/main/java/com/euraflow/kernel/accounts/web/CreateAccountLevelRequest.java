package com.euraflow.kernel.accounts.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

record CreateAccountLevelRequest(
    @NotNull @Pattern(regexp = "[A-Za-z0-9_ .-]{1,50}", message = "must be 1-50 letters, digits, spaces, '_', '.' or '-'")
        String name,
    @NotNull @Min(0) @Max(1000) Integer maxShops,
    @NotNull @Min(0) @Max(10000) Integer maxSubAccounts,
    @NotNull @Min(0) @Max(3650) Integer defaultExpirationDays) {}
