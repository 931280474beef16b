package org.aidflow.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing anyone a way to shut a person out.
 * <p>
 * Failures are counted per user <em>from one client address</em> and per client address over all
 * users, never per user alone: someone guessing {@code admin}'s password from one address backs
 * off only that address for that user, so the real admin, signing in from anywhere else, is let
 * in at once. Past a few free failures each further one doubles a waiting time, capped and
 * forgotten after a quiet window; nothing is ever locked for good. While an address waits, its
 * sign-ins are refused before any password is checked (no hashing work for an attacker), and
 * the answer is the same whether the user exists or not.
 * <p>
 * In memory, per node: behind a load balancer each node slows an attacker down on its own.
 * The client address is the request's remote address: the client's own, or the one a trusted
 * reverse proxy on this host forwards ({@code server.forward-headers-strategy} and
 * {@code server.tomcat.remoteip.internal-proxies} in application.properties).
 */
@Component
public class SignInThrottle {

    /** Entries kept at most; past it, quiet entries are forgotten first, then all of them. */
    static final int MAX_ENTRIES = 100_000;

    private final Clock clock;
    private final int freePerUser;
    private final int freePerAddress;
    private final Duration maxWait;
    private final Duration forgetAfter;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    @Autowired
    SignInThrottle(@Value("${aidflow.sign-in.free-failures-per-user:5}") int freePerUser,
                   @Value("${aidflow.sign-in.free-failures-per-address:100}") int freePerAddress,
                   @Value("${aidflow.sign-in.max-wait:PT15M}") Duration maxWait,
                   @Value("${aidflow.sign-in.forget-after:PT15M}") Duration forgetAfter) {
        this(Clock.systemUTC(), freePerUser, freePerAddress, maxWait, forgetAfter);
    }

    SignInThrottle(Clock clock, int freePerUser, int freePerAddress, Duration maxWait, Duration forgetAfter) {
        this.clock = clock;
        this.freePerUser = freePerUser;
        this.freePerAddress = freePerAddress;
        this.maxWait = maxWait;
        this.forgetAfter = forgetAfter;
    }

    /** How long this sign-in must wait before its password is even checked; zero when it may go ahead. */
    public Duration waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration pair = remaining(failures.get(pairKey(username, address)), now);
        Duration all = remaining(failures.get(addressKey(address)), now);
        return pair.compareTo(all) >= 0 ? pair : all;
    }

    /**
     * A wrong password (or an unknown user, counted alike) from this address. The free failures
     * are followed by waits of 1 s, 2 s, 4 s… up to the cap.
     */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ENTRIES) {
            forgetQuiet(now);
        }
        failures.compute(pairKey(username, address), (k, f) -> next(f, now, freePerUser));
        failures.compute(addressKey(address), (k, f) -> next(f, now, freePerAddress));
    }

    /** The right password: this user's failures from this address are forgotten (the address's are not). */
    public void succeeded(String username, String address) {
        failures.remove(pairKey(username, address));
    }

    /** Forgets everything, as a restart would. */
    public void reset() {
        failures.clear();
    }

    private Failures next(Failures previous, Instant now, int free) {
        int count = previous == null || quiet(previous, now) ? 1 : previous.count() + 1;
        Instant until = now;
        if (count >= free) {
            int doublings = Math.min(count - free, 30);
            Duration wait = Duration.ofSeconds(1L << doublings);
            until = now.plus(wait.compareTo(maxWait) > 0 ? maxWait : wait);
        }
        return new Failures(count, now, until);
    }

    private boolean quiet(Failures f, Instant now) {
        return f.last().plus(forgetAfter).isBefore(now) && !f.until().isAfter(now);
    }

    private Duration remaining(Failures f, Instant now) {
        return f == null || !f.until().isAfter(now) ? Duration.ZERO : Duration.between(now, f.until());
    }

    private void forgetQuiet(Instant now) {
        failures.values().removeIf(f -> quiet(f, now));
        if (failures.size() >= MAX_ENTRIES) {
            // a flood from very many addresses: forget rather than grow without bound
            failures.clear();
        }
    }

    private static String pairKey(String username, String address) {
        return "u\u0000" + (username == null ? "" : username.toLowerCase(Locale.ROOT)) + "\u0000" + address;
    }

    private static String addressKey(String address) {
        return "a\u0000" + address;
    }

    private record Failures(int count, Instant last, Instant until) {
    }
}
