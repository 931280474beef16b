package org.aidflow.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.aidflow.directory.People;
import org.aidflow.directory.PeopleFromGroups;
import org.aidflow.directory.Person;
import org.aidflow.directory.PersonState;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (hashed; its permanent lock-out is switched
 * off by {@link UnlockedIdentityProvider}), slowed down by the {@link SignInThrottle}, and builds
 * the {@link CurrentUser} from the person's union and groups. A disabled person is refused even
 * with the right password. With LDAP sign-in the directory checks the password, disables people
 * and gives the union through the person's directory groups ({@link PeopleFromGroups}).
 */
@Component
class IdentityAuthentication implements AuthenticationProvider {

    /** A person of an LDAP directory: no row of ours; the directory enables, disables and resets them. */
    static final PersonState IN_THE_DIRECTORY = new PersonState(0, false, false, 0, 0);

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;
    private final People people;
    private final PeopleFromGroups peopleFromGroups;
    private final SignInThrottle throttle;

    IdentityAuthentication(IdentityService identity, ProcessEngineConfigurationImpl engine, People people,
                           ObjectProvider<PeopleFromGroups> peopleFromGroups, SignInThrottle throttle) {
        this.identity = identity;
        this.engine = engine;
        this.people = people;
        this.peopleFromGroups = peopleFromGroups.getIfAvailable();
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            throw new SignInThrottled(wait);
        }
        if (username == null || username.isBlank() || username.length() > 64 || !(credentials instanceof String password)) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        if (peopleFromGroups != null) {
            if (!identity.checkPassword(username, password)) {
                throttle.failed(username, address);
                throw new BadCredentialsException("Bad credentials");
            }
            throttle.succeeded(username, address);
            return signedIn(peopleFromGroups.find(username).orElseThrow(() -> new BadCredentialsException("Bad credentials")),
                    IN_THE_DIRECTORY);
        }
        // the person, their groups and the engine's hash of their password in one round trip (HTTP Basic signs in
        // on every request); the hash is checked as the engine checks it
        Optional<People.SignIn> signIn = people.signIn(username);
        if (signIn.isEmpty() || !matches(username, password, signIn.get().password())) {
            throttle.failed(username, address);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(username, address);
        People.SignIn found = signIn.get();
        if (found.state().disabled()) {
            throw new DisabledException("Disabled");
        }
        return signedIn(found.person(), found.state());
    }

    /**
     * Camunda's own check (DbReadOnlyIdentityServiceProvider.matchPassword: the password with its salt, through the
     * engine's PasswordManager, so that every hash format the engine accepts is accepted here), without reading the
     * user again. An account still marked by Camunda's lock-out of earlier versions goes through the engine, which
     * lifts the mark on the right password ({@link UnlockedIdentityProvider}).
     */
    private boolean matches(String username, String password, People.StoredPassword stored) {
        if (stored == null) {
            return false;
        }
        if (stored.lockMarked()) {
            return identity.checkPassword(username, password);
        }
        return stored.hash() != null && engine.getPasswordManager().check(EncryptionUtil.saltPassword(password, stored.salt()),
                stored.hash());
    }

    /**
     * The authentication a request carries: the person, their roles as authorities, and as details
     * the {@link SessionStamp} that later requests of the same session compare with the directory.
     */
    static UsernamePasswordAuthenticationToken signedIn(Person person, PersonState state) {
        CurrentUser user = new CurrentUser(person.username(), person.displayName(), person.unionCode(),
                person.roles(), Set.copyOf(person.groups()));
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.toUpperCase())));
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        token.setDetails(new SessionStamp(state.version(), state.sessionEpoch(), state.passwordChangeRequired()));
        return token;
    }

    /**
     * Which changes to the person a session has seen (see {@link PersonCheck}), and whether they still
     * had to choose a password then: for a sign-in of the same request, the directory's answer itself.
     */
    record SessionStamp(int version, int sessionEpoch, boolean passwordChangeRequired) implements java.io.Serializable {
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
