package org.aidflow.security;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.aidflow.web.ApiException;

/**
 * The signed-in person as every request sees them: their union, their roles, and the candidate
 * groups ({UNION}:{role}) through which tasks reach them.
 */
public record CurrentUser(String username, String displayName, String unionCode, List<String> roles,
                          Set<String> groups) implements Serializable {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains("admin");
    }

    public boolean belongsTo(String union) {
        return unionCode != null && unionCode.equals(union);
    }

    /** Holds a role in this union other than the read-only auditor. */
    public boolean actsFor(String union) {
        return belongsTo(union) && roles.stream().anyMatch(r -> !r.equals("auditor"));
    }

    public boolean isNationalOverseer() {
        return "ACFTU".equals(unionCode) && (hasRole("auditor") || hasRole("officer"));
    }

    /** Someone whose every role is auditor: they read what they may see and change nothing (processes.md). */
    public boolean isAuditorOnly() {
        return !roles.isEmpty() && roles.stream().allMatch("auditor"::equals);
    }

    /**
     * The one rule every business write asks before it changes anything: auditors read everything and
     * change nothing (processes.md), except the steps the processes offer to their own group
     * ({@code investigateDiscrepancy}, {@code auditProject}), which are the audit itself.
     * {@code offeredTo} are the candidate groups of the task the write belongs to; empty for a write
     * outside one's own task (an upload, a reminder, a withdrawal, a draft).
     */
    public boolean mayChange(Collection<String> offeredTo) {
        return !isAuditorOnly() || offeredTo.stream().anyMatch(groups::contains);
    }

    /** {@link #mayChange} for a write outside one's own task, refused as 403. */
    public void requireMayChange() {
        if (!mayChange(List.of())) {
            throw ApiException.forbidden();
        }
    }
}
