package com.euraflow.kernel.tenancy;

/**
 * The authenticated account behind the current request.
 *
 * @param tenantId the main account whose data this caller works on (an admin's own id)
 * @param canWrite false for expired or suspended accounts (and children of such): reads only
 * @param apiKeyId the API key used, or 0 when authenticated by access token
 */
public record Caller(long accountId, String username, Role role, long tenantId, boolean canWrite, long apiKeyId) {

  public boolean isAdmin() {
    return role == Role.ADMIN;
  }
}
