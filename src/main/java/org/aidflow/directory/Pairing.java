package org.aidflow.directory;

/** A donor union paired with a recipient union in one round, with the counties it assists. */
public record Pairing(String donorCode, String recipientCode, String countiesZh) {
}
