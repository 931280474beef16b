package org.aidflow.directory;

import java.util.List;

/**
 * Someone who signs in: one union (none for the system administrator), one or more roles, and
 * the candidate groups ({UNION}:{role}) those roles make them part of.
 */
public record Person(String username, String displayName, String unionCode, List<String> roles, List<String> groups) {
}
