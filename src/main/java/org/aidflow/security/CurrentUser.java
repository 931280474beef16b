package org.aidflow.security;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

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
}
