package com.euraflow.kernel.accounts;

import com.euraflow.kernel.tenancy.Role;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Null fields stay as they are; {@code shops} replaces a child's grants when given. */
public record UpdateAccountCommand(
    @Nullable Role role,
    @Nullable AccountStatus status,
    @Nullable Long levelId,
    @Nullable Instant expiresAt,
    @Nullable List<ShopGrant> shops) {}
