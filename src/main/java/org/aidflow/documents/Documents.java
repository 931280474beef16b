package org.aidflow.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Document rows; the bytes live in the file store. */
@Repository
public class Documents {

    private static final String COLUMNS = "id, agreement_id, project_id, file_name, content_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at";

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Long agreementId, Long projectId, String fileName, String contentType, long size, String sha256,
                String storageKey, String uploadedBy, Timestamp at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO document (agreement_id, project_id, file_name, content_type, size_bytes, sha256, storage_key, "
                        + "uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agreementId, projectId, fileName, contentType, size, sha256, storageKey, uploadedBy, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Document> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = ?").param(id).query(Documents::map).optional();
    }

    Optional<String> storageKey(long id) {
        return jdbc.sql("SELECT storage_key FROM document WHERE id = ?").param(id).query(String.class).optional();
    }

    public List<Document> ofAgreement(long agreementId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE agreement_id = ? ORDER BY id").param(agreementId)
                .query(Documents::map).list();
    }

    public List<Document> ofProject(long projectId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE project_id = ? ORDER BY id").param(projectId)
                .query(Documents::map).list();
    }

    /** Names stored before they were checked are shown without their control and direction characters. */
    private static Document map(ResultSet rs, int row) throws SQLException {
        return new Document(rs.getLong("id"), (Long) rs.getObject("agreement_id", Long.class),
                (Long) rs.getObject("project_id", Long.class), FileNames.shown(rs.getString("file_name")),
                rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
