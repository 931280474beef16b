package org.aidflow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The benchmarks' HTTP client: a demo user with HTTP Basic (password "demo"), as scripts sign in; every
 * call is timed into {@link Latencies} under its endpoint kind (method and path pattern).
 *
 * <p>Blocking {@link HttpURLConnection}s over kept-alive HTTP/1.1 connections: the client shares the machine's
 * cores with the server it measures, so it should cost as little as a client can. {@code java.net.http.HttpClient}
 * cost the lifecycle benchmark about 70 ms of CPU per lifecycle (its selector and worker threads, and the
 * calling thread), a tenth of what the server spent (docs/performance.md).
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    static {
        // kept-alive connections per server: one per concurrent client (the JDK's default keeps 5 and closes the rest)
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
    }

    private final String base;
    private final Latencies latencies;

    Http(String base, Latencies latencies) {
        this.base = base;
        this.latencies = latencies;
    }

    record Response(int status, JsonNode json, String body) {
        JsonNode field(String name) {
            return json.path(name);
        }
    }

    /** An unexpected answer: the benchmark counts the lifecycle as failed and shows the first few. */
    static final class Unexpected extends RuntimeException {
        Unexpected(String what, Response response) {
            super(what + " answered " + response.status() + ": " + abbreviate(response.body()));
        }

        Unexpected(String message) {
            super(message);
        }
    }

    Response get(String user, String kind, String path) {
        return send(kind, user, "GET", path, null, null);
    }

    Response post(String user, String kind, String path, Object body) {
        try {
            return send(kind, user, "POST", path, "application/json", JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** POST /api/documents: one PDF as multipart/form-data, with the subject field (agreementId or projectId). */
    Response uploadPdf(String user, String subjectField, long subjectId) {
        String boundary = "----aidflow-bench-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] pdf = ("%PDF-1.4\n%benchmark copy " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + subjectField + "\"\r\n\r\n"
                + subjectId + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"signed.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(pdf);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST /api/documents", user, "POST", "/api/documents", "multipart/form-data; boundary=" + boundary,
                out.toByteArray());
    }

    private static final Map<String, String> CREDENTIALS = new java.util.concurrent.ConcurrentHashMap<>();

    private Response send(String kind, String user, String method, String path, String contentType, byte[] body) {
        try {
            long start = System.nanoTime();
            HttpURLConnection c = (HttpURLConnection) URI.create(base + path).toURL().openConnection();
            c.setRequestMethod(method);
            c.setConnectTimeout(10_000);
            c.setReadTimeout(120_000);
            c.setUseCaches(false);
            c.setRequestProperty("Accept-Language", "en");
            c.setRequestProperty("Authorization", CREDENTIALS.computeIfAbsent(user, u -> "Basic "
                    + Base64.getEncoder().encodeToString((u + ":demo").getBytes(StandardCharsets.UTF_8))));
            c.setRequestProperty(Meters.HEADER, Meters.name(kind));
            if (body != null) {
                c.setRequestProperty("Content-Type", contentType);
                c.setDoOutput(true);
                c.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = c.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = c.getResponseCode();
            byte[] bytes;
            // read to the end and close: the connection goes back to be kept alive
            try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
                bytes = in == null ? new byte[0] : in.readAllBytes();
            }
            latencies.record(kind, System.nanoTime() - start);
            String text = new String(bytes, StandardCharsets.UTF_8);
            JsonNode json = MissingNode.getInstance();
            String type = c.getContentType();
            if (type != null && type.contains("json") && !text.isEmpty()) {
                json = JSON.readTree(text);
            }
            return new Response(status, json, text);
        } catch (IOException e) {
            throw new Unexpected(kind + " failed: " + e);
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
