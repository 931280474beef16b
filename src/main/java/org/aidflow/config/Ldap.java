package org.aidflow.config;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether people and groups come from an LDAP directory: on when {@code aidflow.ldap.url} is set
 * to something. (Spring's own property condition would count an empty value as set.)
 */
public final class Ldap {

    public static final String URL = "aidflow.ldap.url";

    private Ldap() {
    }

    public static boolean isOn(Environment environment) {
        return StringUtils.hasText(environment.getProperty(URL));
    }

    /** For beans that exist only with LDAP sign-in. */
    public static final class On implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isOn(context.getEnvironment());
        }
    }

    /** For beans that write people into Camunda's own identity tables, which LDAP replaces. */
    public static final class Off implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isOn(context.getEnvironment());
        }
    }
}
