package org.aidflow.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking its password, because its address must wait a while. */
class SignInThrottled extends AuthenticationException {

    private final Duration wait;

    SignInThrottled(Duration wait) {
        super("Too many failed sign-ins from this address");
        this.wait = wait;
    }

    /** Whole seconds to wait, at least one. */
    long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
