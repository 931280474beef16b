package org.aidflow.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The sign-in form posts to /api/login and gets JSON back instead of redirects. */
@Component
class SignInResponses implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final ObjectMapper json;
    private final MeController me;
    private final ProblemWriter problems;

    SignInResponses(ObjectMapper json, MeController me, ProblemWriter problems) {
        this.json = json;
        this.me = me;
        this.problems = problems;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), me.view((CurrentUser) auth.getPrincipal()));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException {
        problems.refuse(request, response, e, "problem.badCredentials");
    }
}
