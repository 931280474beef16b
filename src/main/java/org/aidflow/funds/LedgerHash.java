package org.aidflow.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The SHA-256 of a ledger entry over a canonical text of every field but the global seq and the
 * hash itself: one "name=value" line per field in a fixed order, with backslashes and line breaks
 * escaped and null written as \0, so that no two different entries share a text.
 */
final class LedgerHash {

    static final String ZERO = "0".repeat(64);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final HexFormat HEX = HexFormat.of();

    private LedgerHash() {
    }

    static String of(LedgerEntry e) {
        return hex(sha256().digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
    }

    static String canonical(LedgerEntry e) {
        StringBuilder text = new StringBuilder(400);
        line(text, "type", e.type().name());
        line(text, "amount", plain(e.amount()));
        line(text, "projectId", Long.toString(e.projectId()));
        line(text, "projectCode", e.projectCode());
        line(text, "agreementId", Long.toString(e.agreementId()));
        line(text, "donor", e.donorUnion());
        line(text, "recipient", e.recipientUnion());
        line(text, "trancheNo", e.trancheNo() == null ? null : e.trancheNo().toString());
        line(text, "bankReference", e.bankReference());
        line(text, "actor", e.actor());
        line(text, "taskKey", e.taskKey());
        line(text, "taskId", e.taskId());
        line(text, "processInstanceId", e.processInstanceId());
        line(text, "at", MILLIS.format(e.recordedAt()));
        line(text, "projectSeq", Integer.toString(e.projectSeq()));
        line(text, "prevHash", e.prevHash());
        return text.toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("\\0");
        } else {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
        text.append('\n');
    }
}
