package nl.vroegsignaal.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.ProtectedAttributes;
import org.junit.jupiter.api.Test;

/**
 * Protected attributes cannot reach a model by type: the model stage never names a type that holds them, and
 * what it trains on, the FeatureMatrix, holds none of them at any depth.
 */
class ModelSeesNoProtectedAttributesTest {
    private static final List<Class<?>> PROTECTED = List.of(AuditAttributes.class, ProtectedAttributes.class,
            Geslacht.class, Herkomst.class, FeatureSet.class, LinkedData.class);
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.vroegsignaal");

    @Test
    void noClassOfTheModelStageDependsOnAProtectedAttributeType() {
        noClasses().that().resideInAPackage("nl.vroegsignaal.model..")
                .should().dependOnClassesThat().belongToAnyOf(PROTECTED.toArray(new Class<?>[0]))
                .because("protected attributes are for the fairness audit only")
                .check(MAIN);
    }

    @Test
    void theModelStageDoesNotReachIntoLinkedData() {
        noClasses().that().resideInAPackage("nl.vroegsignaal.model..")
                .should().dependOnClassesThat().resideInAPackage("nl.vroegsignaal.link..")
                .because("the model stage takes a FeatureMatrix; linked data carries the protected attributes")
                .check(MAIN);
    }

    @Test
    void theFeatureMatrixHoldsNoProtectedTypeAtAnyDepth() {
        assertThat(reachableTypes(FeatureMatrix.class)).doesNotContainAnyElementsOf(PROTECTED);
        // the walk does find them where they are, so the assertion above can fail
        assertThat(reachableTypes(FeatureSet.class)).contains(AuditAttributes.class, FeatureMatrix.class);
    }

    @Test
    void everyPublicTrainingAndScoringEntryTakesOnlyTypesWithoutProtectedAttributes() {
        List<Method> entries = new ArrayList<>(List.of(RiskModelTrainer.class.getMethods()));
        entries.addAll(List.of(RiskModel.class.getMethods()));
        for (Method m : entries) {
            if (m.getDeclaringClass() == Object.class || !Modifier.isPublic(m.getModifiers())) {
                continue;
            }
            for (Class<?> p : m.getParameterTypes()) {
                assertThat(reachableTypes(p)).as(m.toString()).doesNotContainAnyElementsOf(PROTECTED);
            }
        }
        assertThat(RiskModelTrainer.class.getMethods()).anyMatch(m -> m.getName().equals("train")
                && m.getParameterTypes()[0] == FeatureMatrix.class);
    }

    /** The project's types reachable through record components, collection elements and arrays. */
    private static Set<Class<?>> reachableTypes(Class<?> root) {
        Set<Class<?>> seen = new HashSet<>();
        List<Type> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Type t = todo.remove(todo.size() - 1);
            if (t instanceof ParameterizedType pt) {
                todo.add(pt.getRawType());
                todo.addAll(List.of(pt.getActualTypeArguments()));
                continue;
            }
            if (!(t instanceof Class<?> c)) {
                continue;
            }
            if (c.isArray()) {
                todo.add(c.getComponentType());
                continue;
            }
            if (!c.getName().startsWith("nl.vroegsignaal") || !seen.add(c)) {
                continue;
            }
            if (c.isRecord()) {
                for (RecordComponent rc : c.getRecordComponents()) {
                    todo.add(rc.getGenericType());
                }
            }
            todo.addAll(List.of(c.getPermittedSubclasses() == null ? new Class<?>[0] : c.getPermittedSubclasses()));
        }
        return seen;
    }
}
