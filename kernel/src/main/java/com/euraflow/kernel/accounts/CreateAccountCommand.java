package com.euraflow.kernel.accounts;

import com.euraflow.kernel.tenancy.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Admins create main accounts; main accounts create sub-accounts and shippers with shop grants. */
public record CreateAccountCommand(
    String username,
    String password,
    Role role,
    @Nullable Long levelId,
    @Nullable Instant expiresAt,
    List<ShopGrant> shops) {}
