package org.aidflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;

/**
 * The top-level packages of org.aidflow are its modules. Base modules serve every feature and know none of
 * them; features may use the base and each other, without cycles; nobody but the app itself starts {@code demo}.
 * Any top-level package not named in {@link #BASE} is a feature, so a new one (such as {@code ledger}) is held to
 * the same rules without a change here.
 * <p>
 * The test also draws the module graph into {@code docs/modules.md}; after a change of dependencies, redraw it
 * with {@code mvn -o test -Dtest=ModularityTests -Daidflow.modules.write=true}.
 */
class ModularityTests {

    private static final String ROOT = "org.aidflow";
    private static final Set<String> BASE = Set.of("web", "config", "audit", "security", "directory", "documents",
            "tasks", "people");
    private static final String DEMO = "demo";
    private static final Path DIAGRAM = Path.of("docs", "modules.md");

    /**
     * Dependencies that break the rules today, each kept here in the open until it is removed; the test fails when
     * one of them is gone, so that the list only shrinks. Module names: "from -> to".
     */
    private static final Map<String, String> KNOWN_VIOLATIONS = Map.of();

    private static final JavaClasses CLASSES = new ClassFileImporter()
            // the build directory may be target-mysql (.ci/run), which ArchUnit's own test filter does not know
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages(ROOT);

    @Test
    void modulesHaveNoCycles() {
        SliceRule rule = slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
        for (String violation : KNOWN_VIOLATIONS.keySet()) {
            String[] modules = violation.split(" -> ");
            rule = rule.ignoreDependency(inModule(modules[0]), inModule(modules[1]));
        }
        rule.check(CLASSES);
    }

    @Test
    void baseModulesKnowNoFeature() {
        CompositeArchRule.of(new TreeSet<>(BASE).stream()
                .map(base -> noClasses().that().resideInAPackage(ROOT + "." + base + "..")
                        .should().dependOnClassesThat(inFeatureOtherThanKnownFrom(base))
                        .because("base modules (" + String.join(", ", new TreeSet<>(BASE)) + ") serve every feature"))
                .toList())
                .check(CLASSES);
    }

    @Test
    void onlyTheAppStartsTheDemo() {
        noClasses().that().resideOutsideOfPackages(ROOT + "." + DEMO + "..").and().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT + "." + DEMO + "..")
                .because("the demo program builds on the features, never the other way round")
                .check(CLASSES);
    }

    @Test
    void knownViolationsAreStillThere() {
        Set<String> edges = moduleGraph().entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(to -> e.getKey() + " -> " + to))
                .collect(Collectors.toSet());
        assertThat(edges).as("a known violation is gone: take it off ModularityTests.KNOWN_VIOLATIONS")
                .containsAll(KNOWN_VIOLATIONS.keySet());
    }

    @Test
    void moduleDiagramIsUpToDate() throws IOException {
        String drawn = diagram(moduleGraph());
        if (Boolean.getBoolean("aidflow.modules.write")) {
            Files.writeString(DIAGRAM, drawn, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DIAGRAM) ? Files.readString(DIAGRAM, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("docs/modules.md is out of date; redraw it: mvn -o test -Dtest=ModularityTests -Daidflow.modules.write=true")
                .isEqualTo(drawn);
    }

    /** Module to the modules it uses, from every dependency between classes of different top-level packages. */
    private static SortedMap<String, SortedSet<String>> moduleGraph() {
        SortedMap<String, SortedSet<String>> graph = new TreeMap<>();
        for (JavaClass origin : CLASSES) {
            String from = module(origin);
            if (from == null) {
                continue;
            }
            graph.computeIfAbsent(from, m -> new TreeSet<>());
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = module(dependency.getTargetClass());
                if (to != null && !to.equals(from)) {
                    graph.get(from).add(to);
                }
            }
        }
        return graph;
    }

    private static String diagram(SortedMap<String, SortedSet<String>> graph) {
        StringBuilder text = new StringBuilder()
                .append("# Modules\n\n")
                .append("The top-level packages of `org.aidflow` and which uses which, drawn from the compiled classes by\n")
                .append("`ModularityTests` (it fails when this file is out of date). Redraw it after a change:\n\n")
                .append("```\nmvn -o test -Dtest=ModularityTests -Daidflow.modules.write=true\n```\n\n")
                .append("Base modules know no feature; features use the base and each other without cycles; only the app\n")
                .append("itself uses `demo`. Dotted arrows are known violations, listed in `ModularityTests`.\n\n")
                .append("```mermaid\nflowchart TD\n");
        text.append("  subgraph features\n");
        graph.keySet().stream().filter(m -> !BASE.contains(m)).forEach(m -> text.append("    ").append(m).append('\n'));
        text.append("  end\n  subgraph base\n");
        graph.keySet().stream().filter(BASE::contains).forEach(m -> text.append("    ").append(m).append('\n'));
        text.append("  end\n");
        graph.forEach((from, targets) -> targets.forEach(to -> text.append("  ").append(from)
                .append(KNOWN_VIOLATIONS.containsKey(from + " -> " + to) ? " -.-> " : " --> ").append(to).append('\n')));
        return text.append("```\n").toString();
    }

    private static String module(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return null;
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in " + module, type -> module.equals(module(type)));
    }

    private static DescribedPredicate<JavaClass> inFeatureOtherThanKnownFrom(String base) {
        return DescribedPredicate.describe("in a feature module", type -> {
            String module = module(type);
            return module != null && !BASE.contains(module) && !KNOWN_VIOLATIONS.containsKey(base + " -> " + module);
        });
    }
}
