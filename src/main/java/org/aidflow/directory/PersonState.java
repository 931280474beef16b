package org.aidflow.directory;

/**
 * The part of a person that each request checks: {@code version} moves on with every change to
 * them, {@code sessionEpoch} with the changes that sign them out (disabling, a password reset).
 */
public record PersonState(long id, boolean disabled, boolean passwordChangeRequired, int version, int sessionEpoch) {
}
