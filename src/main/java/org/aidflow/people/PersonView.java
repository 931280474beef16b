package org.aidflow.people;

import java.time.Instant;
import java.util.List;

import org.aidflow.directory.UnionLevel;

/** A person as the administrator sees them; never a password. */
public record PersonView(String username, String displayName, String displayNameEn, String union, String unionNameZh,
                         String unionNameEn, UnionLevel unionLevel, List<String> roles, String email, String phone,
                         boolean disabled, boolean passwordChangeRequired, Instant createdAt, Instant updatedAt) {

    boolean isAdministrator() {
        return union == null || roles.contains("admin");
    }
}
