package org.aidflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;

import org.aidflow.project.ProjectScenarios;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the browser tests: one headless Chromium per test class, each test starting signed out
 * in Chinese, and people signing in and out through the sign-in page as they would.
 *
 * Screenshots go to {build dir}/screenshots. When docs/screenshots/capture.py runs the tests it
 * passes -Daidflow.screenshots.docs=DIR, and the README's screenshots are refreshed there too.
 */
abstract class BrowserScenarios extends ProjectScenarios {

    /** The screenshots the README shows; the others stay in the build directory. */
    private static final Set<String> FOR_THE_README = Set.of("inbox.png", "task.png", "agreements.png", "dashboard.png");

    protected static Browser browser;

    /** Collects CSP violations and uncaught script errors in window.__problems (once per document). */
    private static final String WATCH_FOR_PROBLEMS = "if (!window.__problems) { window.__problems = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__problems.push('CSP ' + e.violatedDirective + ' ' + e.blockedURI); });"
            + "window.addEventListener('error', function (e) { window.__problems.push('error ' + e.message); }); }";

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void startSignedOutInChinese() {
        browser.open(base() + "/");
        browser.forgetSession();
        browser.script("localStorage.setItem('aidflow.lang', 'zh');");
        browser.open(base() + "/");
        browser.find(".signin-card input[name=username]");
        // the app changes pages by the address's hash, so one document (and these listeners) lasts the whole test
        browser.script(WATCH_FOR_PROBLEMS);
    }

    /**
     * Watches every page the browser opens from now on for CSP violations and uncaught errors from
     * its very start, for tests that leave the app's one document (Camunda's web apps).
     */
    protected static void watchEveryPage() {
        browser.onEveryNewDocument(WATCH_FOR_PROBLEMS);
    }

    /** No page the test went through broke the Content Security Policy or threw an uncaught error. */
    @AfterEach
    void noCspViolationsOrScriptErrors() {
        Object problems = browser.script("return window.__problems ? window.__problems.join('\\n') : null;");
        if (problems != null) {
            assertThat(problems.toString()).as("CSP violations and script errors").isEmpty();
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    protected void go(String hash) {
        browser.open(base() + "/#" + hash);
    }

    protected void signIn(String username) {
        signIn(username, "demo");
    }

    protected void signIn(String username, String password) {
        browser.type("input[name=username]", username);
        browser.type("input[name=password]", password);
        browser.click(".signin-card button[type=submit]");
    }

    /** Signs in and waits for the header with the person's union. */
    protected void signInAs(String username) {
        signIn(username);
        browser.find(".header .user-name");
    }

    protected void signOut() {
        browser.click(".header .sign-out");
        browser.find(".signin-card input[name=username]");
    }

    /** Opens the person's inbox filtered to one agreement or project and the task of that key in it. */
    protected void openTask(String businessKey, String taskKey) {
        go("/inbox?businessKey=" + businessKey + "&taskKey=" + taskKey);
        browser.waitUntil("document.querySelector('.inbox-table') && !document.querySelector('.is-stale')"
                + " && document.querySelectorAll('.inbox-table tbody tr').length === 1", "the inbox with just that task");
        browser.waitForText(".inbox-table tbody", businessKey);
        browser.click(".inbox-table tbody tr a.strong-link");
        browser.find(".task-form .field");
    }

    /** Submits the task form and waits for the page that says it is done. */
    protected void submitTask() {
        browser.click(".task-form button[type=submit]");
        browser.find(".done-card");
    }

    /** On a tablet in portrait (820 px) the page needs no sideways scrolling: wide tables scroll in their own box. */
    protected void fitsATablet(String page) {
        try {
            browser.resize(820, 1180);
            browser.waitUntil("document.documentElement.scrollWidth <= window.innerWidth", page + " within 820 px");
        } finally {
            browser.resize(Browser.WIDTH, Browser.HEIGHT);
        }
    }

    /** Saves a screenshot into the build directory, and for the README's own ones also into docs when asked. */
    protected void screenshot(String name, boolean fullPage) throws IOException {
        browser.script("window.scrollTo(0, 0);");
        Path file = screenshots().resolve(name);
        browser.screenshot(file, fullPage);
        String docs = System.getProperty("aidflow.screenshots.docs");
        if (docs != null && !docs.isBlank() && FOR_THE_README.contains(name)) {
            Files.createDirectories(Path.of(docs));
            Files.copy(file, Path.of(docs).resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {build dir}/screenshots: the build directory is where the test classes were compiled to. */
    static Path screenshots() {
        try {
            Path testClasses = Path.of(BrowserScenarios.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().resolve("screenshots");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
