package com.euraflow.kernel.accounts;

import com.euraflow.kernel.tenancy.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An account as shown to itself, its main account or an admin. Never carries the password hash. */
public record AccountView(
    long id,
    String username,
    Role role,
    @Nullable Long parentId,
    @Nullable Long levelId,
    AccountStatus status,
    @Nullable Instant expiresAt,
    @Nullable Instant lastLoginAt,
    Instant createdAt,
    List<ShopGrant> shops) {}
