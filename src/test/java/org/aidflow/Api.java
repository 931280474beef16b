package org.aidflow;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A tiny HTTP client that signs in as a demo user with HTTP Basic, as scripts do. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String username;
    private final String password;
    private final String language;

    public Api(String base, String username, String password) {
        this(base, username, password, "en");
    }

    private Api(String base, String username, String password, String language) {
        this.base = base;
        this.username = username;
        this.password = password;
        this.language = language;
    }

    /** The same user asking in another language (Accept-Language), "zh" say; English otherwise. */
    public Api inLanguage(String language) {
        return new Api(base, username, password, language);
    }

    public record Response(int status, JsonNode json, String body, HttpResponse<byte[]> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode field(String name) {
            return json.path(name);
        }

        /** The field names of a problem's errors. */
        public java.util.List<String> errorFields() {
            java.util.List<String> fields = new java.util.ArrayList<>();
            json.path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(json(body)));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
    }

    public Response postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /** Uploads one file as multipart/form-data with the given extra form fields. */
    public Response upload(String fileName, String contentType, byte[] content, String... fields) {
        return uploadPart("form-data; name=\"file\"; filename=\"" + fileName + "\"", contentType, content, fields);
    }

    /**
     * Uploads one file part whose Content-Disposition header is given as it goes on the wire (UTF-8,
     * unescaped), for names in RFC 5987 form ({@code filename*=UTF-8''...}) and other hostile shapes.
     */
    public Response uploadPart(String contentDisposition, String contentType, byte[] content, String... fields) {
        String boundary = "----aidflow" + UUID.randomUUID();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (int i = 0; i + 1 < fields.length; i += 2) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                        + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: " + contentDisposition
                    + "\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(request("/api/documents").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", language);
        if (username != null) {
            String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + credentials);
        }
        return builder;
    }

    private static BodyPublisher json(Object body) {
        try {
            return BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = HTTP.send(builder.build(), BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            JsonNode json = MissingNode.getInstance();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !body.isEmpty()) {
                json = JSON.readTree(body);
            }
            return new Response(response.statusCode(), json, body, response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
