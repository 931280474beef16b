package org.aidflow.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

/**
 * The SHA-256 of a ledger entry over a canonical text of every field but the global seq and the
 * hash itself: one "name=value" line per field in a fixed order, with backslashes and line breaks
 * escaped and null written as \0, so that no two different entries share a text.
 */
final class LedgerHash {

    static final String ZERO = "0".repeat(64);
    private static final HexFormat HEX = HexFormat.of();
    private static final MessageDigest PROTOTYPE = prototype();

    private LedgerHash() {
    }

    static String of(LedgerEntry e) {
        return hex(sha256().digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
    }

    static String canonical(LedgerEntry e) {
        StringBuilder text = new StringBuilder(512);
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
        line(text, "at", millis(e.recordedAt()));
        line(text, "projectSeq", Integer.toString(e.projectSeq()));
        line(text, "prevHash", e.prevHash());
        return text.toString();
    }

    /** A new SHA-256 digest, cloned from a prototype: looking the algorithm up each time costs more than hashing. */
    static MessageDigest sha256() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest prototype() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /** 2026-03-01T12:00:00.123Z, written out by hand: a DateTimeFormatter costs more than the rest of the text. */
    private static String millis(LocalDateTime t) {
        char[] c = "0000-00-00T00:00:00.000Z".toCharArray();
        digits(c, 0, 4, t.getYear());
        digits(c, 5, 2, t.getMonthValue());
        digits(c, 8, 2, t.getDayOfMonth());
        digits(c, 11, 2, t.getHour());
        digits(c, 14, 2, t.getMinute());
        digits(c, 17, 2, t.getSecond());
        digits(c, 20, 3, t.getNano() / 1_000_000);
        return new String(c);
    }

    private static void digits(char[] c, int at, int width, int value) {
        for (int i = at + width - 1; i >= at; i--, value /= 10) {
            c[i] = (char) ('0' + value % 10);
        }
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=');
        if (value == null) {
            text.append("\\0");
        } else if (value.indexOf('\\') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            text.append(value);
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
