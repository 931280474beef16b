package org.aidflow.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.aidflow.AidFlowApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application for a benchmark: SpringApplication on a random port with demo data, on a new
 * H2 file database in a temporary directory, or on the MySQL/MariaDB database a URL names (the
 * {@code mysql} profile with {@code aidflow.demo-data=true}). Documents go to the temporary directory.
 */
final class BenchApp implements AutoCloseable {

    final ConfigurableApplicationContext context;
    final String url;
    final boolean h2;
    final int port;
    /** From JVM start, and from SpringApplication.run, to ApplicationReadyEvent. */
    final double secondsSinceJvmStart;
    final double secondsSinceRun;
    private final Path temp;
    private final List<String> args;

    private BenchApp(ConfigurableApplicationContext context, String url, Path temp, List<String> args, double sinceJvm,
                     double sinceRun) {
        this.context = context;
        this.args = args;
        this.url = url;
        this.h2 = url.startsWith("jdbc:h2:");
        this.temp = temp;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.secondsSinceJvmStart = sinceJvm;
        this.secondsSinceRun = sinceRun;
    }

    /**
     * Starts on the database a benchmark's command line names from {@code args[from]} on,
     * {@code [jdbcUrl [user [password]]]} (none: a new H2 file database), and says which database it is.
     */
    static BenchApp start(String[] args, int from) throws IOException {
        BenchApp app = start(arg(args, from), arg(args, from + 1), arg(args, from + 2));
        System.out.printf("database        %s%n", app.databaseLabel());
        return app;
    }

    private static String arg(String[] args, int index) {
        return args.length > index ? args[index] : null;
    }

    /** jdbcUrl null: a new H2 file database in a temporary directory. */
    private static BenchApp start(String jdbcUrl, String user, String password) throws IOException {
        Path temp = Files.createTempDirectory("aidflow-bench");
        List<String> args = new ArrayList<>();
        String url;
        if (jdbcUrl == null) {
            // as application.properties has it
            url = "jdbc:h2:file:" + temp.resolve("aidflow") + ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE" + System.getProperty("bench.h2-options", ";QUERY_CACHE_SIZE=256");
            args.add("--spring.datasource.username=sa");
            args.add("--spring.datasource.password=");
        } else {
            url = jdbcUrl;
            args.add("--spring.profiles.active=mysql");
            args.add("--spring.datasource.username=" + (user == null ? "root" : user));
            args.add("--spring.datasource.password=" + (password == null ? "" : password));
        }
        args.add("--spring.datasource.url=" + url);
        args.add("--server.port=0");
        args.add("--aidflow.demo-data=true");
        args.add("--aidflow.demo-program=false"); // the benchmarks fill their own program
        args.add("--aidflow.admin.password=demo");
        args.add("--aidflow.documents.dir=" + temp.resolve("documents"));
        args.add("--spring.main.banner-mode=off");
        args.add("--logging.level.org.aidflow=WARN");
        args.add("--logging.level.org.springframework.boot.StartupInfoLogger=WARN");
        args.add("--logging.level.org.springframework.boot.web.embedded.tomcat=WARN");
        return run(url, temp, List.copyOf(args));
    }

    private static BenchApp run(String url, Path temp, List<String> args) {
        long[] readyAt = new long[1];
        long[] readyUptimeMillis = new long[1];
        SpringApplication app = new SpringApplication(AidFlowApplication.class);
        app.addInitializers(Meters.instrumentation());
        app.addListeners((ApplicationListener<ApplicationReadyEvent>) e -> {
            readyAt[0] = System.nanoTime();
            readyUptimeMillis[0] = ManagementFactory.getRuntimeMXBean().getUptime();
        });
        long runAt = System.nanoTime();
        ConfigurableApplicationContext context = app.run(args.toArray(String[]::new));
        return new BenchApp(context, url, temp, args, readyUptimeMillis[0] / 1e3, (readyAt[0] - runAt) / 1e9);
    }

    /**
     * Stops the application and starts it again on the same database and directory, as a deployment
     * restarts on its data; {@link #secondsSinceRun} of the new one is this restart's. Use the result, not this.
     */
    BenchApp restart() {
        context.close();
        return run(url, temp, args);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** How long the start took, for the "app ready" line of a benchmark's report. */
    String readiness() {
        return String.format("%.1f s after JVM start (%.1f s in SpringApplication.run)", secondsSinceJvmStart, secondsSinceRun);
    }

    String databaseLabel() {
        return h2 ? "H2 file " + temp.resolve("aidflow") : url.replaceAll("\\?.*", "");
    }

    @Override
    public void close() throws IOException {
        context.close();
        try (Stream<Path> files = Files.walk(temp)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
