package org.aidflow.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Debian's headless Chromium driven through chromedriver's W3C WebDriver protocol, with the JDK's
 * HTTP client: the few commands the browser tests need, and no extra dependency.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final Process driver;
    private final Path profile;
    private final String session;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    Browser() throws IOException, InterruptedException {
        if (!available()) {
            throw new IllegalStateException("The browser tests need Debian's Chromium: "
                    + "apt-get install chromium chromium-driver fonts-noto-cjk");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        profile = Files.createTempDirectory("aidflow-chromium-");
        String base = "http://127.0.0.1:" + port;
        waitForDriver(base);
        List<String> args = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        JsonNode created = send("POST", base + "/session", Map.of("capabilities", Map.of("alwaysMatch", Map.of(
                "browserName", "chrome", "goog:chromeOptions", Map.of("binary", CHROMIUM.toString(), "args", args)))));
        session = base + "/session/" + created.path("sessionId").asText();
    }

    void open(String url) {
        command("POST", "/url", Map.of("url", url));
    }

    Object script(String body, Object... args) {
        JsonNode value = command("POST", "/execute/sync", Map.of("script", body, "args", List.of(args)));
        return value.isTextual() ? value.asText() : value.isNull() ? null : value.toString();
    }

    /** Waits for the element and returns its WebDriver id. */
    String find(String css) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                JsonNode found = command("POST", "/element", Map.of("using", "css selector", "value", css));
                return found.elements().next().asText();
            } catch (IllegalStateException notYet) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("No element " + css + " on " + script("return location.href"));
                }
                pause(200);
            }
        }
    }

    void type(String css, String text) {
        String element = find(css);
        command("POST", "/element/" + element + "/clear", Map.of());
        command("POST", "/element/" + element + "/value", Map.of("text", text));
    }

    void click(String css) {
        command("POST", "/element/" + find(css) + "/click", Map.of());
    }

    /** The visible text of the first element matching css, or "" when there is none. */
    String text(String css) {
        Object text = script("var e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
        return text == null ? "" : text.toString();
    }

    /** Waits until the element's text contains the expected text, and returns that text. */
    String waitForText(String css, String expected) {
        long end = System.nanoTime() + WAIT.toNanos();
        String text = text(css);
        while (!text.contains(expected)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Expected \"" + expected + "\" in " + css + " but it shows: " + text);
            }
            pause(200);
            text = text(css);
        }
        return text;
    }

    @Override
    public void close() throws IOException {
        try {
            send("DELETE", session, null);
        } catch (RuntimeException ignored) {
            // the browser is going away anyway
        } finally {
            driver.destroy();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private JsonNode command(String method, String path, Object body) {
        return send(method, session + path, body);
    }

    private static JsonNode send(String method, String url, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(method + " " + url + ": " + answer.path("value").path("message").asText());
            }
            return answer.path("value");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitForDriver(String base) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                pause(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("chromedriver did not start");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
