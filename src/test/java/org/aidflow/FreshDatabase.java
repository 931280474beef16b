package org.aidflow;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An empty database of a test's own, beside the suite's: a new MariaDB database named after the
 * suite's with a suffix when the suite runs on MariaDB/MySQL, else a new H2 file in a given folder.
 */
public record FreshDatabase(String url, String server, String name) {

    private static final Pattern MYSQL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(\\?.*)?");

    public static FreshDatabase create(Path dir, String suffix) throws Exception {
        String suite = System.getProperty("spring.datasource.url", "");
        Matcher mysql = MYSQL.matcher(suite);
        if (!mysql.matches()) {
            return new FreshDatabase("jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE", null, null);
        }
        String params = mysql.group(3) == null ? "" : mysql.group(3);
        String name = mysql.group(2) + "_" + suffix;
        String server = mysql.group(1) + params;
        try (Connection c = DriverManager.getConnection(server, user(), password()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
            s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return new FreshDatabase(mysql.group(1) + name + params, server, name);
    }

    /** The suite's profiles (test, and mysql on MariaDB) with the given ones after them. */
    public static String profiles(String more) {
        return System.getProperty("spring.profiles.active", "test") + "," + more;
    }

    public void drop() throws Exception {
        if (server == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(server, user(), password()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + name + "`");
        }
    }

    private static String user() {
        return System.getenv().getOrDefault("AIDFLOW_DB_USER", "root");
    }

    private static String password() {
        return System.getenv().getOrDefault("AIDFLOW_DB_PASSWORD", "");
    }
}
