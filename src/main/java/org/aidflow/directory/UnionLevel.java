package org.aidflow.directory;

import java.util.List;

/** Where a union stands in the program, and the roles its people can hold. */
public enum UnionLevel {
    NATIONAL(List.of("officer", "auditor")),
    DONOR(List.of("proposer", "leader", "finance", "auditor")),
    REGION(List.of("officer", "leader", "finance", "inspector")),
    PREFECTURE(List.of("officer", "leader", "finance")),
    DIVISION(List.of("officer", "leader", "finance"));

    private final List<String> roles;

    UnionLevel(List<String> roles) {
        this.roles = roles;
    }

    public List<String> roles() {
        return roles;
    }

    public boolean isRecipient() {
        return this == REGION || this == PREFECTURE || this == DIVISION;
    }
}
