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
 * Loads the union directory and the pairings shipped with the app (copies of shared/data) into
 * the database on every start; rows already there are updated, so a restart changes nothing.
 */
@Component
class DirectoryImport {

    private final JdbcClient jdbc;

    DirectoryImport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void importSeedFiles() {
        for (String[] row : csv("directory/unions.csv")) {
            String parent = row[2].isBlank() ? null : row[2];
            int updated = jdbc.sql("UPDATE union_org SET union_level = ?, parent_code = ?, name_zh = ?, name_en = ? WHERE code = ?")
                    .params(row[1], parent, row[3], row[4], row[0]).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO union_org (code, union_level, parent_code, name_zh, name_en) VALUES (?, ?, ?, ?, ?)")
                        .params(row[0], row[1], parent, row[3], row[4]).update();
            }
        }
        for (String[] row : csv("directory/pairings.csv")) {
            String counties = row.length > 2 ? row[2] : "";
            int updated = jdbc.sql("UPDATE pairing SET counties_zh = ? WHERE donor_code = ? AND recipient_code = ?")
                    .params(counties, row[0], row[1]).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO pairing (donor_code, recipient_code, counties_zh) VALUES (?, ?, ?)")
                        .params(row[0], row[1], counties).update();
            }
        }
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
