package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.model.CalibrationMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsLoadValidateAndMatchTheDocumentedValues() {
        LoadedConfig loaded = ConfigLoader.defaults();
        VroegsignaalConfig c = loaded.config();
        assertThat(c.configVersion()).isEqualTo(1);
        assertThat(c.train().split().validationCohorts()).isEqualTo(1);
        assertThat(c.train().split().testCohorts()).isEqualTo(1);
        assertThat(c.train().calibration()).isEqualTo(CalibrationMethod.PLATT_TAIL);
        assertThat(c.evaluate().capacity().share()).isEqualTo(0.03);
        assertThat(c.evaluate().capacity().count()).isNull();
        assertThat(c.evaluate().bootstrapResamples()).isEqualTo(1000);
        assertThat(c.train().candidates()).hasSize(4);
        assertThat(loaded.source()).isEqualTo(ConfigLoader.DEFAULTS_SOURCE);
        assertThat(loaded.sha256()).hasSize(64);
    }

    @Test
    void aFileOnlyNeedsTheKeysItChanges() throws IOException {
        Path f = write("seed: 7\ntrain:\n  xgboost:\n    maxDepth: 4\nevaluate:\n  capacity:\n    count: 300\n");
        VroegsignaalConfig c = ConfigLoader.load(f).config();
        assertThat(c.seed()).isEqualTo(7L);
        assertThat(c.train().xgboost().maxDepth()).containsExactly(4);
        assertThat(c.train().xgboost().trees()).containsExactly(400);
        assertThat(c.evaluate().capacity().count()).isEqualTo(300);
        assertThat(c.evaluate().capacity().share()).as("capacity is replaced as a whole").isNull();
        assertThat(ConfigLoader.load(f).sha256()).isNotEqualTo(ConfigLoader.defaults().sha256());
    }

    @Test
    void aTextsFileNextToTheConfigurationChangesTheModelCardWordingAndTheConfigurationHash() throws IOException {
        Files.writeString(dir.resolve("teksten.yaml"), "modelkaart:\n  titel: \"Kaart van het model\"\n");
        Path f = write("texts: teksten.yaml\n");
        LoadedConfig loaded = ConfigLoader.load(f);
        assertThat(loaded.texts().text("modelkaart.titel")).isEqualTo("Kaart van het model");
        assertThat(ConfigLoader.defaults().texts().text("modelkaart.titel")).isEqualTo("Modelkaart");
        String before = loaded.sha256();
        Files.writeString(dir.resolve("teksten.yaml"), "modelkaart:\n  titel: \"Modelkaart van de gemeente\"\n");
        assertThat(ConfigLoader.load(f).sha256()).as("editing the texts file changes the key of the audit")
                .isNotEqualTo(before);
    }

    @Test
    void aTextsFileWithAnUnknownKeyIsRefusedWithItsLine() throws IOException {
        Files.writeString(dir.resolve("teksten.yaml"), "modelkaart:\n  titul: \"Kaart\"\n");
        Path f = write("texts: teksten.yaml\n");
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("teksten.yaml:2: unknown text key modelkaart.titul");
    }

    @Test
    void theDefaultsWithoutTextsKeepTheirHash() {
        assertThat(ConfigLoader.defaults().resolved().has("texts")).isFalse();
        assertThat(ConfigLoader.defaults().resolved().has("textsSha256")).isFalse();
    }

    @Test
    void reportsEveryProblemAtOnceWithItsPath() throws IOException {
        Path f = write("""
                configVersion: 2
                train:
                  split:
                    testCohorts: 0
                  calibration: sigmoid
                  xgboost:
                    eta: [0.1, 1.5]
                    maxDepth: deep
                    trheads: 4
                  logistic:
                    enabled: yes please
                evaluate:
                  capacity:
                    count: -5
                signaal: {}
                """);
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.errors()).extracting(InputError::file).containsOnly(f.toString());
            assertThat(e.errors()).extracting(InputError::message).containsExactlyInAnyOrder(
                    "configVersion: must be 1 (the version this vroegsignaal reads), got 2",
                    "train.split.testCohorts: must be >= 1, got 0",
                    "train.calibration: must be one of platt, platt-tail, isotonic, got 'sigmoid'",
                    "train.xgboost.eta[1]: must be in (0, 1], got 1.5",
                    "train.xgboost.maxDepth: must be a whole number, got 'deep'",
                    "train.xgboost.trheads: unknown key (known here: alpha, colsample, enabled, eta, lambda, "
                            + "maxDepth, minChildWeight, subsample, trees)",
                    "train.logistic.enabled: must be true or false, got 'yes please'",
                    "evaluate.capacity.count: must be >= 1, got -5",
                    "signaal: unknown key (known here: configVersion, contacts, evaluate, link, run, seed, signal, texts, train)");
        });
    }

    @Test
    void contactsTrainingTakesExcludeIgnoreOrFeatureAndNamesThemWhenWrong() throws IOException {
        for (String choice : ContactSettings.CHOICES) {
            assertThat(ConfigLoader.load(write("contacts:\n  history: geschiedenis\n  training: " + choice + "\n"))
                    .config().contacts().training()).isEqualTo(choice);
        }
        Path f = write("contacts:\n  history: geschiedenis\n  training: kenmerk\n");
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.errors()).extracting(InputError::message).containsExactly(
                        "contacts.training: must be one of exclude, ignore, feature, got 'kenmerk'"));
    }

    @Test
    void refusesASeedThatIsNotANumberAndAFloatWhereAWholeNumberBelongs() throws IOException {
        Path f = write("seed: abc\ntrain:\n  split:\n    validationCohorts: 1.5\n");
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.errors()).extracting(InputError::message).containsExactlyInAnyOrder(
                        "seed: must be a whole number, got 'abc'",
                        "train.split.validationCohorts: must be a whole number, got 1.5"));
    }

    @Test
    void refusesYamlThatDoesNotParseWithItsLine() throws IOException {
        Path f = write("seed: 1\ntrain:\n  split: [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.errors()).hasSize(1);
            assertThat(e.errors().get(0).line()).isGreaterThanOrEqualTo(3);
            assertThat(e.errors().get(0).message()).startsWith("not valid YAML: ");
        });
    }

    @Test
    void refusesAMissingFile() {
        Path f = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOf(InputException.class)
                .hasMessage(f + ": not found: expected a YAML configuration file");
    }

    @Test
    void refusesCapacityWithBothCountAndShareAndAGridTooLargeForTheBudget() throws IOException {
        Path f = write("train:\n  xgboost:\n    maxDepth: [2, 3, 4, 5, 6]\n    eta: [0.05, 0.1, 0.3]\n"
                + "evaluate:\n  capacity: {count: 10, share: 0.1}\n");
        assertThatThrownBy(() -> ConfigLoader.load(f)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.errors()).extracting(InputError::message).containsExactlyInAnyOrder(
                        "evaluate.capacity: set count or share, not both",
                        "train.xgboost: the grid has 15 combinations, at most 12 fit the time budget"));
    }

    private Path write(String yaml) throws IOException {
        Path f = dir.resolve("config.yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
