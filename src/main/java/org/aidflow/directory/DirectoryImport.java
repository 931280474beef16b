package org.aidflow.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds an empty database with the union directory and the 2021–2025 round's pairings shipped with
 * the app (copies of shared/data). Once there is a union, the database is the truth: the files are
 * never read again, so what the administrator changed survives every restart.
 */
@Component
class DirectoryImport {

    /** The round the shipped pairings belong to (created by migration V11). */
    static final String SEED_ROUND = "2021-2025";

    private final JdbcClient jdbc;

    DirectoryImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Imports the seed files when there is no union yet; answers whether it did. */
    @Transactional
    public boolean importSeedFilesIntoEmptyDirectory() {
        // two nodes starting on one new database: the second waits here, then finds the unions
        jdbc.sql("SELECT revision FROM directory_revision WHERE id = 1 FOR UPDATE").query(Long.class).optional();
        if (jdbc.sql("SELECT COUNT(*) FROM union_org").query(Long.class).single() > 0) {
            return false;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM assistance_round WHERE code = ?").param(SEED_ROUND).query(Long.class).single() == 0) {
            jdbc.sql("INSERT INTO assistance_round (code, name_zh, name_en, start_year, end_year) VALUES (?, ?, ?, ?, ?)")
                    .params(SEED_ROUND, "2021—2025年对口援疆", "Paired assistance 2021–2025", 2021, 2025).update();
        }
        for (String[] row : csv("directory/unions.csv")) {
            String parent = row[2].isBlank() ? null : row[2];
            jdbc.sql("INSERT INTO union_org (code, union_level, parent_code, name_zh, name_en) VALUES (?, ?, ?, ?, ?)")
                    .params(row[0], row[1], parent, row[3], row[4]).update();
        }
        for (String[] row : csv("directory/pairings.csv")) {
            String counties = row.length > 2 ? row[2] : "";
            int updated = jdbc.sql("UPDATE pairing SET counties_zh = ? WHERE round_code = ? AND donor_code = ? AND recipient_code = ?")
                    .params(counties, SEED_ROUND, row[0], row[1]).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO pairing (round_code, donor_code, recipient_code, counties_zh) VALUES (?, ?, ?, ?)")
                        .params(SEED_ROUND, row[0], row[1], counties).update();
            }
        }
        return true;
    }

    /** The seed files are simple: no quoted commas. */
    private static List<String[]> csv(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.add(line.split(",", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
