package org.aidflow.directory;

import java.util.List;

import org.aidflow.config.Ldap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The system administrator. Without demo data (production) the app refuses to start unless an
 * admin password other than the demo one is configured, and refuses an existing admin whose
 * password is still the demo one. With LDAP sign-in there is no such account: administrators are
 * the directory's members of the group whose id is camunda-admin, and aidflow.admin.password is unused.
 */
@Component
@Conditional(Ldap.Off.class)
@Order(5)
class AdminAccount implements ApplicationRunner {

    static final String USERNAME = "admin";

    private final People people;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final boolean demoData;
    private final String password;

    AdminAccount(People people, IdentityService identity, ProcessEngineConfiguration engineConfiguration,
                 @Value("${aidflow.demo-data}") boolean demoData, @Value("${aidflow.admin.password:}") String password) {
        this.people = people;
        this.identity = identity;
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engineConfiguration;
        this.demoData = demoData;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData && (password.isBlank() || DemoPeople.DEMO_PASSWORD.equals(password))) {
            throw new IllegalStateException("Refusing to start: set AIDFLOW_ADMIN_PASSWORD to the administrator's "
                    + "password (not empty, not the demo password)");
        }
        people.ensure(USERNAME, "系统管理员 Administrator", null, List.of(People.ADMIN_ROLE), password);
        if (!demoData && hasDemoPassword()) {
            throw new IllegalStateException("Refusing to start: the administrator still has the demo password; "
                    + "change it before running without demo data");
        }
    }

    /** Compares the stored hash directly, so that the check counts as no failed sign-in. */
    private boolean hasDemoPassword() {
        UserEntity admin = (UserEntity) identity.createUserQuery().userId(USERNAME).singleResult();
        return admin != null && engineConfiguration.getPasswordManager()
                .check(admin.getSalt() == null ? DemoPeople.DEMO_PASSWORD : DemoPeople.DEMO_PASSWORD + admin.getSalt(), admin.getPassword());
    }
}
