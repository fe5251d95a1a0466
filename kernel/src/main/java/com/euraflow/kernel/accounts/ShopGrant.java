package com.euraflow.kernel.accounts;

import com.euraflow.kernel.tenancy.Access;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A main account's shop made visible to one of its children. */
public record ShopGrant(@NotNull @Positive Long shopId, @NotNull Access access) {}
