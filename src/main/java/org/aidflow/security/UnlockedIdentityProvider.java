package org.aidflow.security;

import org.aidflow.config.Ldap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Camunda's database identity provider without its lock-out. Camunda locks an account after ten
 * wrong passwords until an administrator unlocks it, and delays every sign-in after each wrong
 * one: anybody who knows a user name, {@code admin}'s included, could shut its owner out for good.
 * AidFlow slows guessing per user and client address instead ({@link SignInThrottle}); here no
 * wrong password changes the account, and accounts locked by earlier versions open again.
 * It also spares the database a write for every wrong password. Public only because the engine
 * instantiates it by reflection.
 */
public class UnlockedIdentityProvider extends DbIdentityServiceProvider {

    /** Made by the engine, once per command that needs identities. */
    public UnlockedIdentityProvider() {
    }

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // no lock-out: see the class comment
    }

    /**
     * Installs the provider in the engine, before it builds its session factories. Not with LDAP
     * sign-in, where Camunda's LDAP plugin owns the provider ({@link LdapSignIn}); binds are then
     * checked by the directory, and the engine locks nobody out.
     */
    @Component
    @Conditional(Ldap.Off.class)
    static class Plugin extends AbstractProcessEnginePlugin {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(UnlockedIdentityProvider.class));
        }
    }
}
