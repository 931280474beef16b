package org.aidflow.directory;

import java.util.List;

/** Someone who signs in: one union (none for the system administrator) and one or more roles. */
public record Person(String username, String displayName, String unionCode, List<String> roles) {
}
