package com.euraflow.kernel.accounts;

import com.euraflow.kernel.audit.AuditLog;
import com.euraflow.kernel.errors.ConflictException;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.errors.NotFoundException;
import com.euraflow.kernel.errors.UnauthenticatedException;
import com.euraflow.kernel.errors.ValidationFailedException;
import com.euraflow.kernel.tenancy.Caller;
import com.euraflow.kernel.tenancy.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their tree: admins manage main accounts, a main account manages its sub-accounts and
 * shippers. An account outside the caller's tree is answered as absent (404).
 */
@Service
public class AccountService {

  private final AccountRepository repository;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  // Compared against when the user name is unknown, so both failures take the same time.
  private final String decoyHash;

  AccountService(AccountRepository repository, PasswordEncoder passwords, AuditLog audit,
      ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.passwords = passwords;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.decoyHash = passwords.encode("decoy-password-for-timing");
  }

  /** The authenticated view of an account, or empty when it is disabled or gone. */
  public Optional<Caller> caller(long accountId, long apiKeyId) {
    return repository.caller(accountId, apiKeyId);
  }

  /** Verifies a login; throws INVALID_CREDENTIALS for unknown users and wrong passwords alike. */
  public LoginAccount verifyPassword(String username, String password) {
    var account = repository.forLogin(username);
    var matches = passwords.matches(password, account.map(LoginAccount::passwordHash).orElse(decoyHash));
    if (account.isEmpty() || !matches) {
      audit.record(account.map(LoginAccount::tenantId).orElse(null), account.map(LoginAccount::id).orElse(null),
          username, "login.failed", "account", account.map(LoginAccount::id).orElse(null), Map.of());
      throw UnauthenticatedException.invalidCredentials();
    }
    if (account.get().disabled()) {
      throw ForbiddenException.accountDisabled();
    }
    repository.recordLogin(account.get().id());
    return account.get();
  }

  public AccountView me(Caller caller) {
    return repository.find(caller.accountId()).orElseThrow(() -> NotFoundException.of("account", caller.accountId()));
  }

  @Transactional
  public AccountView create(Caller caller, CreateAccountCommand command) {
    long id = switch (caller.role()) {
      case ADMIN -> createMainAccount(caller, command);
      case MAIN_ACCOUNT -> createChild(caller, command);
      default -> throw ForbiddenException.because("only admins and main accounts create accounts");
    };
    var created = repository.find(id).orElseThrow();
    auditOn(created, caller, "account.created", Map.of("username", command.username(), "role", command.role().value()));
    if (!command.shops().isEmpty()) {
      auditOn(created, caller, "grants.changed", Map.of("shops", command.shops()));
    }
    return created;
  }

  private long createMainAccount(Caller admin, CreateAccountCommand command) {
    if (command.role() != Role.MAIN_ACCOUNT) {
      throw ValidationFailedException.field("role", "admins create main_account accounts");
    }
    if (!command.shops().isEmpty()) {
      throw ValidationFailedException.field("shops", "a main account owns its shops; nothing to grant");
    }
    var level = repository.level(command.levelId())
        .orElseThrow(() -> ValidationFailedException.field("levelId", "no such account level"));
    var expiresAt = command.expiresAt() != null || level.defaultExpirationDays() == 0
        ? command.expiresAt()
        : clock.instant().plus(Duration.ofDays(level.defaultExpirationDays()));
    return insert(command, null, level.id(), expiresAt);
  }

  private long createChild(Caller main, CreateAccountCommand command) {
    if (!command.role().isChild()) {
      throw ValidationFailedException.field("role", "main accounts create sub_account or shipper accounts");
    }
    if (command.levelId() != null || command.expiresAt() != null) {
      throw ValidationFailedException.field(command.levelId() != null ? "levelId" : "expiresAt",
          "sub-accounts inherit the main account's level and expiry");
    }
    var level = repository.lockLevelOf(main.accountId());
    if (level.isPresent() && repository.childCount(main.accountId()) >= level.get().maxSubAccounts()) {
      throw ConflictException.quotaExceeded(
          "the account level allows " + level.get().maxSubAccounts() + " sub-accounts");
    }
    var id = insert(command, main.accountId(), null, null);
    grant(main, id, command.shops());
    return id;
  }

  private long insert(CreateAccountCommand command, @Nullable Long parentId, @Nullable Long levelId,
      @Nullable Instant expiresAt) {
    return repository.insert(command.username(), passwords.encode(command.password()), command.role(), parentId,
            levelId, expiresAt)
        .orElseThrow(() -> ConflictException.of("user name '" + command.username() + "' is taken"));
  }

  private void grant(Caller main, long childId, List<ShopGrant> grants) {
    var distinct = new HashMap<Long, ShopGrant>();
    grants.forEach(g -> distinct.put(g.shopId(), g));
    if (repository.replaceGrants(childId, main.accountId(), List.copyOf(distinct.values())) != distinct.size()) {
      // Rolls the whole request back: a shop that is not the caller's is indistinguishable from absent.
      throw NotFoundException.of("shop", "in 'shops'");
    }
  }

  public List<AccountView> list(Caller caller) {
    return switch (caller.role()) {
      case ADMIN -> repository.list(null);
      case MAIN_ACCOUNT -> repository.list(caller.accountId());
      default -> throw ForbiddenException.because("only admins and main accounts list accounts");
    };
  }

  @Transactional
  public AccountView update(Caller caller, long accountId, UpdateAccountCommand command) {
    var target = managed(caller, accountId);
    if (target.role().isChild()) {
      if (command.levelId() != null || command.expiresAt() != null) {
        throw ValidationFailedException.field(command.levelId() != null ? "levelId" : "expiresAt",
            "sub-accounts inherit the main account's level and expiry");
      }
      if (command.role() != null && !command.role().isChild()) {
        throw ValidationFailedException.field("role", "must be sub_account or shipper");
      }
    } else {
      if (command.role() != null && command.role() != target.role()) {
        throw ValidationFailedException.field("role", "a main account's role cannot change");
      }
      if (command.shops() != null) {
        throw ValidationFailedException.field("shops", "a main account owns its shops; nothing to grant");
      }
      if (command.levelId() != null && repository.level(command.levelId()).isEmpty()) {
        throw ValidationFailedException.field("levelId", "no such account level");
      }
    }
    repository.update(accountId, command.role(), command.status(), command.levelId(), command.expiresAt());
    var changes = new HashMap<String, Object>();
    if (command.role() != null) {
      changes.put("role", command.role().value());
    }
    if (command.status() != null) {
      changes.put("status", command.status().value());
    }
    if (command.levelId() != null) {
      changes.put("levelId", command.levelId());
    }
    if (command.expiresAt() != null) {
      changes.put("expiresAt", command.expiresAt().toString());
    }
    if (!changes.isEmpty()) {
      auditOn(target, caller, "account.updated", changes);
    }
    if (command.shops() != null) {
      grant(caller, accountId, command.shops());
      auditOn(target, caller, "grants.changed", Map.of("shops", command.shops()));
    }
    if (command.status() == AccountStatus.DISABLED) {
      events.publishEvent(new PasswordChanged(accountId));
    }
    return repository.find(accountId).orElseThrow();
  }

  @Transactional
  public void delete(Caller caller, long accountId) {
    var target = managed(caller, accountId);
    repository.delete(accountId);
    auditOn(target, caller, "account.deleted", Map.of("username", target.username()));
  }

  /** A manager sets a new password for an account in its tree; that account's sessions end. */
  @Transactional
  public void resetPassword(Caller caller, long accountId, String newPassword) {
    var target = managed(caller, accountId);
    repository.setPassword(accountId, passwords.encode(newPassword));
    auditOn(target, caller, "password.reset", Map.of());
    events.publishEvent(new PasswordChanged(accountId));
  }

  /** The caller changes its own password, proving the current one; all its sessions end. */
  @Transactional
  public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
    var hash = repository.passwordHash(caller.accountId()).orElseThrow();
    if (!passwords.matches(currentPassword, hash)) {
      throw ValidationFailedException.field("currentPassword", "is wrong");
    }
    repository.setPassword(caller.accountId(), passwords.encode(newPassword));
    audit.record(caller, "password.changed", "account", caller.accountId(), Map.of());
    events.publishEvent(new PasswordChanged(caller.accountId()));
  }

  public List<AccountLevel> levels(Caller caller) {
    requireAdmin(caller);
    return repository.levels();
  }

  @Transactional
  public AccountLevel createLevel(Caller caller, String name, int maxShops, int maxSubAccounts, int expirationDays) {
    requireAdmin(caller);
    var level = repository.insertLevel(name, maxShops, maxSubAccounts, expirationDays)
        .orElseThrow(() -> ConflictException.of("account level '" + name + "' exists"));
    audit.record(caller, "account_level.created", "account_level", level.id(), Map.of("name", name));
    return level;
  }

  /** Creates the first admin when there is none. Returns whether it did. */
  @Transactional
  public boolean bootstrapAdmin(String username, String password) {
    if (repository.adminExists()) {
      return false;
    }
    var id = repository.insert(username, passwords.encode(password), Role.ADMIN, null, null, null);
    id.ifPresent(a -> audit.record(a, a, username, "account.created", "account", a, Map.of("role", "admin")));
    return id.isPresent();
  }

  /** Creates a main account on the default level unless the name exists. Returns whether it did. */
  @Transactional
  public boolean bootstrapMainAccount(String username, String password) {
    var level = repository.level(null).map(AccountLevel::id).orElse(null);
    var id = repository.insert(username, passwords.encode(password), Role.MAIN_ACCOUNT, null, level, null);
    id.ifPresent(a -> audit.record(a, null, null, "account.created", "account", a, Map.of("role", "main_account")));
    return id.isPresent();
  }

  private AccountView managed(Caller caller, long accountId) {
    return repository.find(accountId)
        .filter(a -> caller.isAdmin()
            ? a.role() == Role.MAIN_ACCOUNT
            : caller.role() == Role.MAIN_ACCOUNT && Long.valueOf(caller.accountId()).equals(a.parentId()))
        .orElseThrow(() -> NotFoundException.of("account", accountId));
  }

  /** Logged on the target's tree, so its main account sees what an admin changed. */
  private void auditOn(AccountView target, Caller actor, String action, Map<String, ?> details) {
    audit.record(target.parentId() != null ? target.parentId() : target.id(), actor.accountId(), actor.username(),
        action, "account", target.id(), details);
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw ForbiddenException.because("admins only");
    }
  }
}
