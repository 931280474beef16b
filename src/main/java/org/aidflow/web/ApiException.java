package org.aidflow.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the client is told about as an RFC 9457 problem. Texts are message keys, resolved in
 * the caller's language when the response is written.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;
    private final Object[] args;
    private final List<FieldProblem> errors;

    public ApiException(HttpStatus status, String messageKey, List<FieldProblem> errors, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args;
        this.errors = List.copyOf(errors);
    }

    public static ApiException badRequest(String field, String messageKey, Object... args) {
        return new ApiException(HttpStatus.BAD_REQUEST, "problem.invalid",
                List.of(new FieldProblem(field, messageKey, args)));
    }

    public static ApiException invalid(List<FieldProblem> errors) {
        return new ApiException(HttpStatus.BAD_REQUEST, "problem.invalid", errors);
    }

    public static ApiException notFound() {
        return new ApiException(HttpStatus.NOT_FOUND, "problem.notFound", List.of());
    }

    public static ApiException forbidden() {
        return new ApiException(HttpStatus.FORBIDDEN, "problem.forbidden", List.of());
    }

    public static ApiException conflict(String messageKey, Object... args) {
        return new ApiException(HttpStatus.CONFLICT, messageKey, List.of(), args);
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** One offending field: its name in the request and a message key explaining what is wrong. */
    public record FieldProblem(String field, String messageKey, Object... args) {
    }
}
