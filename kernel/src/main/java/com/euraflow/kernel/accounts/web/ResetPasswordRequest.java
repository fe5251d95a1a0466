package com.euraflow.kernel.accounts.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ResetPasswordRequest(@NotNull @Size(min = 8, max = 128) String newPassword) {}
