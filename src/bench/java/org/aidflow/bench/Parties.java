package org.aidflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The donor and recipient of a paired-assistance relation (directory/pairings.csv), and the recipient's
 * region (XJ for a prefecture, BT for a division): who acts at each step, as demo users.
 */
record Parties(String donor, String recipient, String region) {

    static List<Parties> all() {
        try (InputStream in = Parties.class.getClassLoader().getResourceAsStream("directory/pairings.csv")) {
            List<Parties> result = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] cells = lines[i].split(",", -1);
                String recipient = cells[1].trim();
                result.add(new Parties(cells[0].trim(), recipient, recipient.substring(0, recipient.indexOf('-'))));
            }
            return List.copyOf(result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The demo user of a role of a union: {code in lower case}.{role}. */
    static String user(String union, String role) {
        return union.toLowerCase() + "." + role;
    }

    String donorUser(String role) {
        return user(donor, role);
    }

    String recipientUser(String role) {
        return user(recipient, role);
    }

    String regionUser(String role) {
        return user(region, role);
    }
}
