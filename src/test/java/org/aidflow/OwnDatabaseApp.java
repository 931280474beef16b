package org.aidflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The app on an H2 file database and a documents folder of its own, in a temporary folder, for a
 * test that starts it, stops it and starts it again on the same data; closing deletes the folder.
 */
final class OwnDatabaseApp implements AutoCloseable {

    private final Path dir;
    private final String[] args;

    /** {@code engineName} names the process engine (beside the suite's) and the folder; {@code more} are further arguments. */
    OwnDatabaseApp(String engineName, String... more) throws IOException {
        dir = Files.createTempDirectory("aidflow-" + engineName);
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("db").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE",
                "--spring.datasource.driver-class-name=org.h2.Driver",
                "--spring.flyway.locations=classpath:db/migration/h2",
                "--aidflow.documents.dir=" + dir.resolve("documents").toAbsolutePath(),
                "--camunda.bpm.process-engine-name=" + engineName));
        all.addAll(List.of(more));
        args = all.toArray(String[]::new);
    }

    ConfigurableApplicationContext start() {
        return SpringApplication.run(AidFlowApplication.class, args);
    }

    /** A client of the started app signed in as {@code username} with the demo password. */
    static Api api(ConfigurableApplicationContext app, String username) {
        return new Api("http://localhost:" + app.getEnvironment().getProperty("local.server.port"), username, "demo");
    }

    @Override
    public void close() throws IOException {
        FileSystemUtils.deleteRecursively(dir);
    }
}
