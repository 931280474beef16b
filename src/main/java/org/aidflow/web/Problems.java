package org.aidflow.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Builds the one problem shape every error response has, for controllers and filters alike. */
public final class Problems {

    private static final Map<HttpStatus, String> TYPES = Map.of(
            HttpStatus.BAD_REQUEST, "invalid-input",
            HttpStatus.UNAUTHORIZED, "not-signed-in",
            HttpStatus.FORBIDDEN, "forbidden",
            HttpStatus.NOT_FOUND, "not-found",
            HttpStatus.CONFLICT, "conflict",
            HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");

    private Problems() {
    }

    /** Writes a problem straight to a servlet response, for filters and error pages outside Spring MVC. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail detail(HttpStatus status, String detail, List<Map<String, String>> errors, String title) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create("/problems/" + TYPES.getOrDefault(status, "error")));
        body.setTitle(title);
        body.setProperty("errors", errors);
        String requestId = RequestIds.current();
        if (requestId != null) {
            body.setProperty("requestId", requestId);
        }
        return body;
    }
}
