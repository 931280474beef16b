package org.aidflow.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * AidFlow's password policy, installed as Camunda's own, so that the engine enforces it on every
 * password a person chooses (ours and Camunda Admin's alike, with
 * {@code enable-password-policy}) and our API explains a refusal rule by rule: at least
 * {@value #MIN_LENGTH} characters, none of the person's user name, names or e-mail address in it
 * (Camunda's user-data rule), and not one of the common passwords in
 * {@code directory/common-passwords.txt}. One-time passwords and the demo users' are set by
 * AidFlow itself, past the policy.
 */
public final class PasswordRules implements PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** Longer passwords only cost hashing time; nobody types more. */
    public static final int MAX_LENGTH = 128;

    private final List<PasswordPolicyRule> rules;

    PasswordRules(Set<String> common) {
        this.rules = List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl(),
                new NotCommon(common));
    }

    static PasswordRules fromClasspath() {
        return new PasswordRules(common("directory/common-passwords.txt"));
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return rules;
    }

    /** The message key explaining a violated rule (messages-people.properties). */
    static String messageKey(PasswordPolicyRule rule) {
        return "password." + rule.getPlaceholder();
    }

    private static Set<String> common(String resource) {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }

    /** Not a password that lists of leaked passwords hold, whatever its case. */
    static final class NotCommon implements PasswordPolicyRule {

        static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";

        private final Set<String> common;

        NotCommon(Set<String> common) {
            this.common = common;
        }

        @Override
        public String getPlaceholder() {
            return PLACEHOLDER;
        }

        @Override
        public Map<String, String> getParameters() {
            return null;
        }

        @Override
        public boolean execute(String password) {
            return password == null || !common.contains(password.toLowerCase(Locale.ROOT));
        }
    }

    /** Makes the policy the engine's, before the engine builds itself. */
    @Component
    static class Plugin extends AbstractProcessEnginePlugin {
        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setPasswordPolicy(fromClasspath());
            configuration.setEnablePasswordPolicy(true);
        }
    }
}
