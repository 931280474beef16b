package org.aidflow.documents;

import java.util.Arrays;
import java.util.Optional;

/** Decides a file's type from its first bytes, never from its name or the client's claim. */
final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private ContentSniffer() {
    }

    static Optional<String> sniff(byte[] head) {
        if (startsWith(head, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}
