package com.euraflow.kernel.audit.web;

import com.euraflow.kernel.audit.AuditEntry;
import com.euraflow.kernel.audit.AuditLog;
import com.euraflow.kernel.errors.ForbiddenException;
import com.euraflow.kernel.tenancy.CurrentCaller;
import com.euraflow.kernel.tenancy.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/ef/v1/audit")
class AuditController {

  private final AuditLog auditLog;

  AuditController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  /** Pages backwards with {@code before} = the smallest id of the previous page. */
  @GetMapping("/logs")
  List<AuditEntry> logs(
      @RequestParam(required = false) @Nullable Long before,
      @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
    var caller = CurrentCaller.get();
    if (caller.role() != Role.ADMIN && caller.role() != Role.MAIN_ACCOUNT) {
      throw ForbiddenException.because("only admins and main accounts read the audit log");
    }
    return auditLog.read(caller, before, limit);
  }
}
