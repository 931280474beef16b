package org.aidflow.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;

/**
 * The rules every value entering AidFlow obeys, whatever its path (JSON bodies, task forms,
 * query parameters, file names): text is text, numbers have a sane shape, dates lie in a real
 * window. Each rule answers the message key of its problem, or {@code null} when the value is fine,
 * and looks only at the value's shape, never computing with it, so a hostile value costs no more
 * to refuse than a good one to accept.
 */
public final class InputRules {

    /** Digits before the decimal point a number may have: 10^20 is far beyond any amount or count. */
    public static final int MAX_INTEGER_DIGITS = 20;
    /** Digits after the decimal point a number may carry (amounts then allow two). */
    public static final int MAX_FRACTION_DIGITS = 20;
    public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private InputRules() {
    }

    /**
     * Text may hold any character but the C0 and C1 controls (tab, line feed and carriage return
     * excepted), lone UTF-16 surrogates and the Unicode noncharacters U+FFFE and U+FFFF.
     */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "field.loneSurrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "field.loneSurrogate";
            }
            if (isForbiddenControl(c)) {
                return "field.controlCharacter";
            }
        }
        return null;
    }

    /**
     * A file name is text of one line, without the bidirectional controls that make
     * {@code invoice‮fdp.html} read as {@code invoicelmth.pdf}.
     */
    public static String fileName(String value) {
        String problem = text(value);
        if (problem != null) {
            return problem;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return "field.controlCharacter";
            }
            if (isBidiControl(c)) {
                return "document.bidiName";
            }
        }
        return null;
    }

    static boolean isForbiddenControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';
    }

    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    /**
     * A number's shape: at most {@value #MAX_INTEGER_DIGITS} digits before the point and
     * {@value #MAX_FRACTION_DIGITS} after it. Reads only the precision and the scale, so
     * {@code 1e999999999} is refused as fast as {@code 12} is accepted.
     */
    public static String number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        long integerDigits = (long) value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "number.outOfRange";
        }
        if (value.scale() > MAX_FRACTION_DIGITS) {
            return "number.tooManyDecimals";
        }
        return null;
    }

    public static String number(BigInteger value) {
        return value == null || value.bitLength() <= 67 ? null : "number.outOfRange";
    }

    /** A date between {@link #FIRST_DATE} and {@link #LAST_DATE}. */
    public static String date(LocalDate value) {
        if (value == null || (!value.isBefore(FIRST_DATE) && !value.isAfter(LAST_DATE))) {
            return null;
        }
        return "field.dateOutOfRange";
    }

    /** Throws a 400 naming the field when the text breaks {@link #text(String)}. */
    public static String checkedText(String field, String value) {
        String problem = text(value);
        if (problem != null) {
            throw ApiException.badRequest(field, problem);
        }
        return value;
    }
}
