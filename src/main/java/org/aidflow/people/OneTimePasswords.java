package org.aidflow.people;

import java.security.SecureRandom;

/**
 * Passwords an administrator hands over once: 16 characters in four groups, from letters and
 * digits that cannot be mistaken for one another when read aloud or copied by hand (no 0/O, 1/l/I).
 * About 90 bits of chance; the person replaces it at first sign-in.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String next() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
