package com.euraflow.kernel.accounts;

/** What login needs to know about an account, including the hash it must verify. */
public record LoginAccount(long id, String username, String passwordHash, long tenantId, boolean disabled) {

  @Override
  public String toString() {
    return "LoginAccount[id=" + id + ", username=" + username + "]";
  }
}
