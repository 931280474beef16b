package org.aidflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The application's four BPMN processes as they are, deployed a second time under the keys
 * {@code bench-aid-*} with every delegate expression (status changes, the ALLOCATION ledger entry, overdue
 * notifications) replaced by a delegate that does nothing: the bare engine's side of the overhead ratio.
 * User tasks, candidate groups, due dates, timeout timers, gateways, the call activities, the multi-instance
 * loop and the DMN routing table stay exactly as deployed.
 */
final class BareProcesses {

    static final String PREFIX = "bench-";
    private static final String[] PROCESSES = {"aid-agreement", "aid-project", "aid-tranche", "aid-completion"};

    private BareProcesses() {
    }

    static void deploy(RepositoryService repository) {
        var deployment = repository.createDeployment().name("aidflow-bench-bare").enableDuplicateFiltering(false);
        for (String key : PROCESSES) {
            deployment.addString(PREFIX + key + ".bpmn", rewrite(read("processes/" + key + ".bpmn")));
        }
        deployment.deploy();
    }

    /** Process ids and called elements get the prefix; delegate expressions become {@link NoOp}. */
    static String rewrite(String bpmn) {
        String result = bpmn;
        for (String key : PROCESSES) {
            result = result.replace("\"" + key + "\"", "\"" + PREFIX + key + "\"");
        }
        return result.replaceAll("(camunda:)?delegateExpression=\"\\$\\{\\w+\\}\"", "$1class=\"" + java.util.regex.Matcher.quoteReplacement(NoOp.class.getName()) + "\"");
    }

    private static String read(String resource) {
        try (InputStream in = BareProcesses.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stands in for every service task, execution listener and task listener of the bare processes. */
    public static class NoOp implements JavaDelegate, ExecutionListener, TaskListener {

        @Override
        public void execute(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateExecution execution) {
        }

        @Override
        public void notify(DelegateTask task) {
        }
    }
}
