package org.aidflow.security;

import org.aidflow.config.Ldap;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Enterprise sign-in: with {@code aidflow.ldap.url} set, Camunda's LDAP identity plugin owns the
 * engine's identity provider, so passwords are checked by binding to the directory and people and
 * their groups are read from it; the engine's identity becomes read-only. The directory's own
 * password policy applies, and AidFlow's {@link SignInThrottle} still slows guessing before any
 * bind. {@link UnlockedIdentityProvider} stands aside, since only one plugin may own the provider.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(Ldap.On.class)
@EnableConfigurationProperties(LdapProperties.class)
class LdapSignIn {

    private static final Logger log = LoggerFactory.getLogger(LdapSignIn.class);

    @Bean
    LdapIdentityProviderPlugin ldapIdentityProviderPlugin(LdapProperties ldap) {
        LdapIdentityProviderPlugin plugin = new LdapIdentityProviderPlugin();
        plugin.setServerUrl(ldap.url());
        plugin.setManagerDn(ldap.managerDn());
        plugin.setManagerPassword(ldap.managerPassword());
        plugin.setBaseDn(ldap.baseDn());
        plugin.setUserSearchBase(ldap.userSearchBase());
        plugin.setUserSearchFilter(ldap.userSearchFilter());
        plugin.setUserIdAttribute(ldap.userIdAttribute());
        plugin.setUserFirstnameAttribute(ldap.userFirstNameAttribute());
        plugin.setUserLastnameAttribute(ldap.userLastNameAttribute());
        plugin.setUserEmailAttribute(ldap.userEmailAttribute());
        plugin.setGroupSearchBase(ldap.groupSearchBase());
        plugin.setGroupSearchFilter(ldap.groupSearchFilter());
        plugin.setGroupIdAttribute(ldap.groupIdAttribute());
        plugin.setGroupNameAttribute(ldap.groupNameAttribute());
        plugin.setGroupMemberAttribute(ldap.groupMemberAttribute());
        // Camunda's authorizations stay off (AidFlow decides who sees what), so none to check here either
        plugin.setAuthorizationCheckEnabled(false);
        plugin.setAcceptUntrustedCertificates(false);
        log.info("People and groups come from the LDAP directory at {} (base {}); AidFlow creates no users",
                ldap.url(), ldap.baseDn());
        return plugin;
    }
}
