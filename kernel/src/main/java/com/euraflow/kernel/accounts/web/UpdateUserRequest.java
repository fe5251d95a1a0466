package com.euraflow.kernel.accounts.web;

import com.euraflow.kernel.accounts.AccountStatus;
import com.euraflow.kernel.accounts.ShopGrant;
import com.euraflow.kernel.tenancy.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

record UpdateUserRequest(
    @Nullable Role role,
    @Nullable AccountStatus status,
    @Nullable @Positive Long levelId,
    @Nullable Instant expiresAt,
    @Nullable @Size(max = 100) List<@Valid @NotNull ShopGrant> shops) {}
