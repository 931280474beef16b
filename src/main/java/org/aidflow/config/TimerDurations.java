package org.aidflow.config;

import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own {@link DatatypeFactory} once, before the engine starts. Every user task's overdue timer is an
 * ISO-8601 duration ({@code ${workingDays.dueIn(n)}}), and Camunda parses each with a new
 * {@code DatatypeFactory.newInstance()}; without the system property that looks for providers on the whole class
 * path (a service-loader scan of every jar, on a request's thread through Tomcat's class loader too): 2 to 3 % of
 * a task completion's CPU (docs/performance.md). No jar of AidFlow's provides one, so the scan always ended in the
 * JDK's own; a property set by whoever starts the JVM is left as it is.
 */
@Component
class TimerDurations extends AbstractProcessEnginePlugin {

    static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
