package org.aidflow.disclosure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Whether this deployment discloses its projects publicly ({@code aidflow.disclosure.enabled}, off by default). */
@Component
class DisclosureSwitch {

    private volatile boolean enabled;

    DisclosureSwitch(@Value("${aidflow.disclosure.enabled:false}") boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    /** Tests switch it within one running app; a deployment sets the property. */
    void set(boolean enabled) {
        this.enabled = enabled;
    }
}
