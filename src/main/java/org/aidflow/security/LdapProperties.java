package org.aidflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the LDAP directory is and how its entries read ({@code aidflow.ldap.*}). The defaults fit
 * an OpenLDAP-style directory: people are {@code inetOrgPerson} entries found by {@code uid},
 * groups are {@code groupOfNames} whose {@code cn} is the AidFlow group id itself ({@code BJ:leader},
 * {@code camunda-admin}) and whose {@code member} values are the people's DNs. The search bases
 * are relative to {@code baseDn}.
 */
@ConfigurationProperties("aidflow.ldap")
record LdapProperties(
        String url,
        @DefaultValue("") String managerDn,
        @DefaultValue("") String managerPassword,
        @DefaultValue("") String baseDn,
        @DefaultValue("") String userSearchBase,
        @DefaultValue("(objectclass=person)") String userSearchFilter,
        @DefaultValue("uid") String userIdAttribute,
        @DefaultValue("givenName") String userFirstNameAttribute,
        @DefaultValue("sn") String userLastNameAttribute,
        @DefaultValue("mail") String userEmailAttribute,
        @DefaultValue("") String groupSearchBase,
        @DefaultValue("(objectclass=groupOfNames)") String groupSearchFilter,
        @DefaultValue("cn") String groupIdAttribute,
        @DefaultValue("cn") String groupNameAttribute,
        @DefaultValue("member") String groupMemberAttribute) {
}
