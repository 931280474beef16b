package org.aidflow.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * The benchmarks' HTTP client: a demo user with HTTP Basic (password "demo"), as scripts sign in; every
 * call is timed into {@link Latencies} under its endpoint kind (method and path pattern).
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

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
        return send(kind, request(user, path).GET());
    }

    Response post(String user, String kind, String path, Object body) {
        try {
            return send(kind, request(user, path).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)));
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
        return send("POST /api/documents", request(user, "/api/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Accept-Language", "en").header("Authorization", "Basic " + credentials);
    }

    private Response send(String kind, HttpRequest.Builder builder) {
        HttpRequest request = builder.header(Meters.HEADER, Meters.name(kind)).build();
        try {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = CLIENT.send(request, BodyHandlers.ofByteArray());
            latencies.record(kind, System.nanoTime() - start);
            String body = new String(response.body(), StandardCharsets.UTF_8);
            JsonNode json = MissingNode.getInstance();
            if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !body.isEmpty()) {
                json = JSON.readTree(body);
            }
            return new Response(response.statusCode(), json, body);
        } catch (IOException e) {
            throw new Unexpected(kind + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unexpected(kind + " interrupted");
        }
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
