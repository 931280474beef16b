package org.aidflow.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to every error that no controller turned into a problem itself: the container's error
 * dispatch (in place of Spring Boot's default error JSON), {@code /error} asked for directly, and
 * requests Spring Security's firewall refuses (a path with {@code ..}, {@code ;}, an encoded
 * slash). Each is an RFC 9457 problem in the caller's language, with the security headers.
 */
@Controller
class ErrorPages implements ErrorController, RequestRejectedHandler {

    private final ServletProblems problems;

    ErrorPages(ServletProblems problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null && c >= 400
                ? HttpStatus.resolve(c) : HttpStatus.NOT_FOUND;
        write(request, response, status);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        String key = switch (status) {
            case BAD_REQUEST -> "problem.badRequest";
            case UNAUTHORIZED -> "problem.notSignedIn";
            case FORBIDDEN -> "problem.forbidden";
            case NOT_FOUND -> "problem.notFound";
            case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
            case PAYLOAD_TOO_LARGE -> "problem.tooLarge";
            default -> status.is5xxServerError() ? "problem.internal" : "problem.badRequest";
        };
        response.resetBuffer();
        SecurityHeaders.apply(response);
        problems.write(request, response, status, key);
    }
}
