package org.aidflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.aidflow.directory.People;
import org.aidflow.directory.Person;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service (hashed, with its lock-out after repeated
 * failures) and builds the {@link CurrentUser} from the person's union and groups.
 */
@Component
class IdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identity;
    private final People people;

    IdentityAuthentication(IdentityService identity, People people) {
        this.identity = identity;
        this.people = people;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || username.length() > 64 || !(credentials instanceof String password)
                || !identity.checkPassword(username, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        Person person = people.find(username).orElseThrow(() -> new BadCredentialsException("Bad credentials"));
        CurrentUser user = new CurrentUser(person.username(), person.displayName(), person.unionCode(),
                person.roles(), Set.copyOf(person.groups()));
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.toUpperCase())));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
