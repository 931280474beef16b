package org.aidflow.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The authorization matrix of {@code src/test/resources/security/authorization-matrix.csv}: every
 * {@code /api} mapping and method × every probing user × the subject it is probed on, with the
 * status the server must answer. Who is who, and how a user stands to a subject, is decided here
 * once, so that the table's {@code relation} column can be checked rather than trusted.
 */
final class AuthorizationMatrix {

    static final Path FILE = Path.of("src/test/resources/security/authorization-matrix.csv");
    static final String HEADER = "method,path,subject,user,relation,expected";

    /**
     * The probing users: every role of a donor union (BJ), of a prefecture (XJ-HT), of its region
     * (XJ), of another region (BT) and of the national federation, the administrator, and nobody.
     * BJ's proposer and leader come last so that, on a subject only they may change, they act after
     * everyone refused has been seen to change nothing.
     */
    static final List<String> USERS = List.of("anonymous", "admin", "acftu.officer", "acftu.auditor",
            "bj.auditor", "bj.finance", "xj-ht.officer", "xj-ht.leader", "xj-ht.finance",
            "xj.officer", "xj.leader", "xj.finance", "xj.inspector",
            "bt.officer", "bt.leader", "bt.finance", "bt.inspector", "bj.proposer", "bj.leader");

    /** The two parties of the matrix's subjects: BJ with Hotan (XJ-HT), SH with Kashgar (XJ-KS), both below XJ. */
    static final Map<String, List<String>> PARTIES = Map.of("bj", List.of("BJ", "XJ-HT", "XJ"), "sh", List.of("SH", "XJ-KS", "XJ"));

    /** The kind of subject each mapping with a subject is probed on; mappings not named here have none. */
    static final Map<String, String> SUBJECT_KINDS = Map.ofEntries(
            Map.entry("GET /api/agreements/{id}", "agreement"),
            Map.entry("GET /api/agreements/{id}/trace", "agreement"),
            Map.entry("GET /api/agreements/{id}/plan", "agreement"),
            Map.entry("PUT /api/agreements/{id}/plan", "agreement"),
            Map.entry("POST /api/agreements/{id}/withdraw", "agreement-draft"),
            Map.entry("POST /api/projects", "agreement"),
            Map.entry("GET /api/projects/{id}", "project"),
            Map.entry("GET /api/projects/{id}/trace", "project"),
            Map.entry("GET /api/projects/{id}/performance", "project"),
            Map.entry("GET /api/projects/{id}/changes", "project"),
            Map.entry("GET /api/projects/{id}/progress-reports", "project"),
            Map.entry("POST /api/projects/{id}/changes", "project"),
            Map.entry("POST /api/projects/{id}/withdraw", "project-draft"),
            Map.entry("POST /api/documents", "agreement"),
            Map.entry("GET /api/documents/{id}", "document"),
            Map.entry("GET /api/tasks/{id}", "task"),
            Map.entry("GET /api/tasks/{id}/diagram", "task"),
            Map.entry("GET /api/tasks/{id}/delegates", "task"),
            Map.entry("GET /api/tasks/{id}/comments", "task"),
            Map.entry("POST /api/tasks/{id}/comments", "task"),
            Map.entry("POST /api/tasks/{id}/remind", "task"),
            Map.entry("POST /api/tasks/{id}/claim", "task-claim"),
            Map.entry("POST /api/tasks/{id}/complete", "task-complete"),
            Map.entry("POST /api/tasks/complete", "task-complete-by-key"),
            Map.entry("POST /api/tasks/{id}/delegate", "task-delegate"),
            Map.entry("POST /api/notifications/{id}/read", "notification"),
            Map.entry("POST /api/tasks/{id}/cc", "task"),
            Map.entry("GET /api/projects/{id}/approval-sheet.pdf", "project"),
            Map.entry("GET /api/agreements/{id}/approval-sheet.pdf", "agreement"),
            Map.entry("GET /api/tasks/{id}/signers", "task"),
            Map.entry("GET /api/tasks/{id}/return-targets", "task"),
            Map.entry("POST /api/tasks/{id}/return", "task"),
            Map.entry("POST /api/tasks/{id}/signers", "task-signers"),
            Map.entry("DELETE /api/tasks/{id}/signers/{username}", "task-signers"),
            Map.entry("POST /api/tasks/{id}/delegation", "task-entrust"));

    record Row(String method, String path, String subject, String user, String relation, int expected) {

        String endpoint() {
            return method + " " + path;
        }

        /** "bj" or "sh", or null for a probe without a subject. */
        String party() {
            return subject.equals("-") ? null : subject.substring(0, subject.indexOf('-'));
        }

        boolean succeeds() {
            return expected < 300;
        }

        String csv() {
            return String.join(",", method, path, subject, user, relation, String.valueOf(expected));
        }
    }

    private AuthorizationMatrix() {
    }

    /**
     * How a user stands to a subject's parties: {@code own} (a member of the donor or the recipient
     * union), {@code superior} (the recipient's region, or the national federation), {@code other},
     * or {@code none} for the administrator, nobody, and probes without a subject.
     */
    static String relation(String user, String party) {
        if (party == null || user.equals("admin") || user.equals("anonymous")) {
            return "none";
        }
        String union = user.substring(0, user.indexOf('.')).toUpperCase();
        List<String> parties = PARTIES.get(party);
        if (union.equals(parties.get(0)) || union.equals(parties.get(1))) {
            return "own";
        }
        return union.equals(parties.get(2)) || union.equals("ACFTU") ? "superior" : "other";
    }

    static List<Row> read() {
        try {
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new IllegalStateException("authorization-matrix.csv: not six fields: " + line);
                }
                rows.add(new Row(f[0], f[1], f[2], f[3], f[4], Integer.parseInt(f[5])));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(List<Row> rows) {
        List<String> lines = new ArrayList<>(List.of(
                "# The authorization matrix: every /api mapping and method x every probing user x the subject it is probed on.",
                "# subject: '-' for none, else {party}-{kind}: bj = a BJ agreement or project sited in Hotan (XJ-HT, below XJ),",
                "#   sh = the same of SH in Kashgar (XJ-KS, below XJ). Kinds: agreement (ACTIVE), agreement-draft and",
                "#   project-draft (under review, for withdrawals), project (under review), task (its open",
                "#   approveProposalDonor), task-claim / task-complete / task-delegate (the same task on a project of its",
                "#   own; task-complete-by-key: the same, named by ?taskKey=approveProposalDonor&businessKey={the project's code}),",
                "#   document (a PDF on the agreement), notification (a reminder to the donor's leader).",
                "# relation: how the user's union stands to the subject: own (donor or recipient), superior (the",
                "#   recipient's region, or ACFTU), other, none (admin, anonymous, or no subject).",
                "# expected: the status the server must answer. Admin writes aim at a missing or taken directory entry",
                "#   or person (404/409) so that shared directory state stays as it is; POST /api/me/password sends",
                "#   the right current password with a new one the policy refuses (400), so no password changes.",
                "# Nobody (no credentials) gets 401, on writes too (a write lacking both sign-in and CSRF token is asked to sign in).",
                "# A task as a work item (GET /api/tasks/{id} with its form, its diagram, claim, complete) exists only for those it is",
                "#   offered to (api.md: \"a candidate or the assignee\"): anyone else gets 404, even a party of its case. The case's side",
                "#   of a task (remarks, the delegates list, hand-on, reminder) is open to whoever may see the case: 403 where they may not act.",
                "# Regenerate with -Daidflow.matrix.record=true and review every changed row before committing it.",
                "# AuthorizationMatrixTests drives the app through every row and fails when a mapping has no rows.",
                HEADER));
        rows.forEach(r -> lines.add(r.csv()));
        try {
            Files.write(FILE, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
