package org.aidflow.directory;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminAccountTests {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "demo"})
    void refusesToStartWithoutDemoDataUnlessARealAdminPasswordIsGiven(String password) {
        People people = mock(People.class);
        AdminAccount admin = new AdminAccount(people, mock(IdentityService.class), mock(ProcessEngineConfigurationImpl.class),
                false, password);
        assertThatThrownBy(() -> admin.run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AIDFLOW_ADMIN_PASSWORD");
        verifyNoInteractions(people);
    }
}
