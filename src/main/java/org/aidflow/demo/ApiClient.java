package org.aidflow.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * AidFlow's own REST API, called as the demo users (HTTP Basic, password "demo") the way people
 * would call it, so that every rule, form validation, audit record and ledger entry a seeded program
 * leaves is the real one. An answer other than the expected status is an {@link IllegalStateException}
 * naming the request and the problem the API gave.
 */
final class ApiClient {

    static final String DEMO_PASSWORD = "demo";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final ObjectMapper json;

    ApiClient(String base, ObjectMapper json) {
        this.base = base;
        this.json = json;
    }

    JsonNode call(String username, String method, String path, Object body, int expected) {
        try {
            HttpRequest request = request(username, path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
            return send(request, expected);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void complete(String username, String taskId, Object form) {
        call(username, "POST", "/api/tasks/" + taskId + "/complete", form, 204);
    }

    /** Uploads a PDF for an agreement; answers the new document's id. */
    long upload(String username, long agreementId, String fileName, byte[] pdf) {
        String boundary = "aidflow" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"agreementId\"\r\n\r\n" + agreementId
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(pdf);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        HttpRequest request = request(username, "/api/documents")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return send(request, 201).path("id").asLong();
    }

    private HttpRequest.Builder request(String username, String path) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request, int expected) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
                        + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
