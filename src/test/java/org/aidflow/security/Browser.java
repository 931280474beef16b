package org.aidflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

/** One browser against the app on a port: its cookies, no Basic credentials, redirects not followed. */
final class Browser {

    private final int port;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    Browser(int port) {
        this.port = port;
    }

    /** Signs in on AidFlow's sign-in form, as the browser app does. */
    static Browser signedIn(int port, String username, String password) throws IOException, InterruptedException {
        Browser browser = new Browser(port);
        assertThat(browser.get("/api/me").statusCode()).isEqualTo(401);
        HttpResponse<String> login = browser.post("/api/login", "application/x-www-form-urlencoded",
                "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8),
                browser.cookie("XSRF-TOKEN", "/"));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return browser;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(), BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String csrfToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(BodyPublishers.ofString(body));
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        return http.send(request.build(), BodyHandlers.ofString());
    }

    /** The cookie of that name set for that path (AidFlow's and Camunda's CSRF cookies share a name). */
    String cookie(String name, String path) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name) && path.equals(c.getPath() == null ? "/" : c.getPath()))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }
}
