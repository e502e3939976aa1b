package nl.vroegsignaal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.link.ProtectedAttributes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the stages pointing one way (sample/link -> features -> model -> explain -> fairness -> followup -> report ->
 * pipeline -> cli, all on top of contract and core), keeps protected attributes away from the model and the
 * explanations, and keeps Java serialisation out of the main code.
 */
class ArchitectureTest {
    private static final String ROOT = "nl.vroegsignaal";
    private static final List<String> PACKAGES = List.of("contract", "core", "disclosure", "pseudonymise", "prepare", "sample", "link",
            "features", "model", "explain", "fairness", "followup", "report", "pipeline", "cli");

    /** Imported on first use, not when the test engine merely discovers this class. */
    private static final class Main {
        static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** Which project packages each package may use (besides itself). */
    private static final Map<String, List<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("contract", List.of());
        MAY_USE.put("core", List.of());
        MAY_USE.put("disclosure", List.of("contract", "core"));
        MAY_USE.put("pseudonymise", List.of("contract", "core")); // the steward's side: before everything else
        MAY_USE.put("prepare", List.of("contract", "core")); // exports to the contract: before link
        MAY_USE.put("sample", List.of("contract", "core"));
        MAY_USE.put("link", List.of("disclosure", "contract", "core"));
        MAY_USE.put("features", List.of("link", "disclosure", "contract", "core"));
        MAY_USE.put("model", List.of("features", "link", "disclosure", "contract", "core"));
        MAY_USE.put("explain", List.of("model", "features", "link", "disclosure", "contract", "core"));
        MAY_USE.put("fairness", List.of("explain", "model", "features", "link", "disclosure", "contract", "core"));
        MAY_USE.put("followup", List.of("fairness", "explain", "model", "features", "link", "disclosure", "contract",
                "core"));
        MAY_USE.put("report", List.of("followup", "fairness", "explain", "model", "features", "link", "disclosure", "contract",
                "core"));
        MAY_USE.put("pipeline", List.of("report", "followup", "fairness", "explain", "model", "features", "link", "sample",
                "disclosure", "contract", "core"));
        MAY_USE.put("cli", List.of("pipeline", "report", "followup", "fairness", "explain", "model", "features", "link",
                "sample", "pseudonymise", "prepare", "disclosure", "contract", "core"));
    }

    @TestFactory
    Stream<DynamicTest> eachStageUsesOnlyTheStagesBeforeIt() {
        return MAY_USE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] forbidden = PACKAGES.stream()
                    .filter(p -> !p.equals(e.getKey()) && !e.getValue().contains(p))
                    .map(p -> ROOT + "." + p + "..").toArray(String[]::new);
            if (forbidden.length == 0) {
                return;
            }
            noClasses().that().resideInAPackage(ROOT + "." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because("data flows one way through the stages")
                    .allowEmptyShould(true)
                    .check(Main.CLASSES);
        }));
    }

    @TestFactory
    Stream<DynamicTest> modelAndExplanationsCannotReachProtectedAttributes() {
        return Stream.of("model", "explain").map(stage -> DynamicTest.dynamicTest(stage, () ->
                noClasses().that().resideInAPackage(ROOT + "." + stage + "..")
                        .should().dependOnClassesThat().belongToAnyOf(AuditAttributes.class, ProtectedAttributes.class,
                                Geslacht.class, Herkomst.class)
                        .because("protected attributes are for the fairness audit only")
                        .allowEmptyShould(true)
                        .check(Main.CLASSES)));
    }

    @Test
    void stagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(Main.CLASSES);
    }

    /**
     * A model's provenance is read once, into the typed {@code TrainingProvenance}; nothing else looks values up in
     * a JSON tree. Allowed: that reader itself; loading the YAML configuration (a tree by nature: layered
     * defaults, unknown-key checks) and {@code run}'s stage keys, which are built from configuration sections;
     * and the evaluation report's and disclosure's JSON writers. Later stages read a model's evaluation.json
     * through the typed {@code report.EvaluationSummary} and configuration sections through
     * {@code TrainingProvenance.configSection}.
     */
    @Test
    void jsonTreesAreReadOnlyByTheProvenanceReaderAndTheConfiguration() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".model.TrainingProvenance")
                .and().doNotHaveFullyQualifiedName(ROOT + ".report.EvaluationJson")
                .and().doNotHaveFullyQualifiedName(ROOT + ".disclosure.DisclosureJson")
                .and().doNotHaveFullyQualifiedName(ROOT + ".pipeline.ConfigLoader")
                .and().doNotHaveFullyQualifiedName(ROOT + ".prepare.MappingLoader")
                .and().doNotHaveFullyQualifiedName(ROOT + ".core.YamlFile")
                .and().doNotHaveFullyQualifiedName(ROOT + ".pipeline.LoadedConfig")
                .and().doNotHaveFullyQualifiedName(ROOT + ".pipeline.RunContext")
                .and().doNotHaveFullyQualifiedName(ROOT + ".pipeline.RunStage")
                .and().doNotHaveFullyQualifiedName(ROOT + ".pipeline.StageRecord")
                .and().doNotHaveFullyQualifiedName(ROOT + ".pipeline.RunPipeline")
                .should().dependOnClassesThat().areAssignableTo(com.fasterxml.jackson.databind.JsonNode.class)
                .because("provenance is a typed record read with Jackson, not ~40 .path(...) lookups")
                .check(Main.CLASSES);
    }

    /** An HTML or SVG tag in a string constant: {@code <p>}, {@code </td>}, {@code <svg viewBox=...>}. */
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");

    /**
     * Pages come from the jte templates in src/main/jte (escaped by default), so no main class holds a string
     * constant with an HTML or SVG tag. This reads every literal, text block and concatenation recipe of every
     * main class; it cannot see tags assembled from single characters, which review has to catch.
     */
    @Test
    void noHtmlIsBuiltOutsideTheTemplates() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        for (JavaClass c : Main.CLASSES) {
            URI uri = c.getSource().orElseThrow().getUri();
            try (InputStream in = uri.toURL().openStream()) {
                List<String> tags = StringConstants.of(in).stream().filter(s -> TAG.matcher(s).find()).toList();
                if (!tags.isEmpty()) {
                    found.put(c.getName().replaceFirst("\\$.*", ""), tags);
                }
            }
        }
        assertThat(found).as("HTML string constants outside the templates").isEmpty();
    }

    @Test
    void mainCodeNeverUsesJavaSerialisation() {
        noClasses().should().dependOnClassesThat().belongToAnyOf(ObjectOutputStream.class,
                        java.io.ObjectInputStream.class)
                .because("models are saved as Tribuo protobuf; Java serialisation is unsafe to load")
                .check(Main.CLASSES);
    }
}
