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
    /** How the W3C protocol refers to an element found earlier. */
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    static final int WIDTH = 1280;
    static final int HEIGHT = 860;

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
                "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=" + WIDTH + "," + HEIGHT, "--user-data-dir=" + profile);
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

    /**
     * Runs the script in every document the browser opens from now on, before the page's own
     * scripts (Chrome's DevTools protocol, which chromedriver passes on).
     */
    void onEveryNewDocument(String source) {
        command("POST", "/goog/cdp/execute", Map.of("cmd", "Page.addScriptToEvaluateOnNewDocument",
                "params", Map.of("source", source)));
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

    /**
     * Clicks the element after scrolling it to the middle of the window, clear of the sticky header.
     * When the page renders the element anew in between, it is looked up again.
     */
    void click(String css) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String element = find(css);
            try {
                command("POST", "/execute/sync", Map.of("script", "arguments[0].scrollIntoView({ block: 'center' });",
                        "args", List.of(Map.of(ELEMENT, element))));
                command("POST", "/element/" + element + "/click", Map.of());
                return;
            } catch (IllegalStateException e) {
                if (!String.valueOf(e.getMessage()).contains("stale element") || System.nanoTime() > end) {
                    throw e;
                }
            }
        }
    }

    /**
     * Sets an input's value as the browser's own picker would, for date fields (typing into them
     * depends on the browser's locale): the native setter, then the input event React listens to.
     */
    void setValue(String css, String value) {
        find(css);
        script("var e = document.querySelector(arguments[0]);"
                + "var proto = e instanceof HTMLSelectElement ? HTMLSelectElement.prototype"
                + " : e instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;"
                + "Object.getOwnPropertyDescriptor(proto, 'value').set.call(e, arguments[1]);"
                + "e.dispatchEvent(new Event(e instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));",
                css, value);
    }

    /** Chooses a file in a file input, as the file picker would. */
    void chooseFile(String css, Path file) {
        command("POST", "/element/" + find(css) + "/value", Map.of("text", file.toAbsolutePath().toString()));
    }

    /** The current value of an input, select or textarea. */
    String value(String css) {
        Object value = script("var e = document.querySelector(arguments[0]); return e ? e.value : null;", css);
        return value == null ? null : value.toString();
    }

    /** Waits until the script returns true, for what a page shows beyond one element's text. */
    void waitUntil(String condition, String what, Object... args) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!"true".equals(String.valueOf(script("return !!(" + condition + ");", args)))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Waited in vain for " + what + " on " + script("return location.href"));
            }
            pause(100);
        }
    }

    /** Waits until no element matches css. */
    void waitForNone(String css) {
        waitUntil("!document.querySelector(arguments[0])", "no " + css, css);
    }

    /** Forgets the signed-in session (cookies) and the chosen language, as a new browser would. */
    void forgetSession() {
        command("DELETE", "/cookie", null);
        script("localStorage.clear();");
    }

    void resize(int width, int height) {
        command("POST", "/window/rect", Map.of("width", width, "height", height));
    }

    /** Saves a PNG of the window; with fullPage, of the whole page height (up to 2400 px). */
    void screenshot(Path file, boolean fullPage) throws IOException {
        Files.createDirectories(file.getParent());
        script("document.activeElement && document.activeElement.blur && document.activeElement.blur();");
        if (fullPage) {
            Object height = script("return String(Math.ceil(document.documentElement.scrollHeight));");
            resize(WIDTH, Math.max(HEIGHT, Math.min(2400, Integer.parseInt(height.toString()) + 90)));
        }
        try {
            Files.write(file, java.util.Base64.getDecoder().decode(command("GET", "/screenshot", null).asText()));
        } finally {
            if (fullPage) {
                resize(WIDTH, HEIGHT);
            }
        }
    }

    /** The visible text of the first element matching css, or "" when there is none. */
    String text(String css) {
        Object text = script("var e = document.querySelector(arguments[0]); return e ? e.innerText : '';", css);
        return text == null ? "" : text.toString();
    }

    /** Waits until the element's text contains the expected text, and returns that text. */
    /** Waits until the element shows every one of the texts (parts may render at different moments). */
    String waitForAll(String css, String... expected) {
        long end = System.nanoTime() + WAIT.toNanos();
        String text = text(css);
        while (!java.util.Arrays.stream(expected).allMatch(text::contains)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Expected " + java.util.Arrays.toString(expected) + " in " + css + " but it shows: " + text);
            }
            pause(200);
            text = text(css);
        }
        return text;
    }

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
