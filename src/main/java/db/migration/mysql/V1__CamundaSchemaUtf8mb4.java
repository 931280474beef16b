package db.migration.mysql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Camunda's tables from the engine jar's own MySQL scripts, rewritten to utf8mb4, before
 * the engine starts: Camunda's scripts use 3-byte utf8, which cannot store characters such as 𠮷
 * that Chinese personal names need. The engine then finds its schema and creates nothing itself.
 */
public class V1__CamundaSchemaUtf8mb4 extends BaseJavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.mysql.create.%s.sql";
    private static final List<String> COMPONENTS = List.of(
            "engine", "history", "identity", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (camundaTablesExist(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String component : COMPONENTS) {
                for (String sql : statements(read(String.format(SCRIPTS, component)))) {
                    statement.execute(sql);
                }
            }
        }
    }

    private static boolean camundaTablesExist(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "ACT_RU_EXECUTION", null)) {
            return tables.next();
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = V1__CamundaSchemaUtf8mb4.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Camunda script not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> statements(String script) {
        StringBuilder withoutComments = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.trim().startsWith("--")) {
                withoutComments.append(line).append('\n');
            }
        }
        String utf8mb4 = withoutComments.toString()
                .replace("CHARSET=utf8 COLLATE utf8_bin", "CHARSET=utf8mb4 COLLATE utf8mb4_bin");
        return java.util.Arrays.stream(utf8mb4.split(";\\s*\n"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
