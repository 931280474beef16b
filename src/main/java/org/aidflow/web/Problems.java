package org.aidflow.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds the one problem shape every error response has, for controllers and filters alike. */
public final class Problems {

    private static final Map<HttpStatus, String> TYPES = Map.of(
            HttpStatus.BAD_REQUEST, "invalid-input",
            HttpStatus.UNAUTHORIZED, "not-signed-in",
            HttpStatus.FORBIDDEN, "forbidden",
            HttpStatus.NOT_FOUND, "not-found",
            HttpStatus.CONFLICT, "conflict");

    private Problems() {
    }

    public static ProblemDetail detail(HttpStatus status, String detail, List<Map<String, String>> errors, String title) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("/problems/" + TYPES.getOrDefault(status, "error")));
        body.setTitle(title);
        body.setProperty("errors", errors);
        return body;
    }
}
