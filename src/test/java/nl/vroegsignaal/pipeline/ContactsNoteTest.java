package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The training note on contacted rows counts persons, so it follows the one disclosure rule. */
class ContactsNoteTest {

    @Test
    void showsTheCountsWhenBothSidesHoldTenPersons() {
        assertThat(TrainingData.contactsNote(240, 31, 3, "exclude"))
                .startsWith("Contacts: 240 labelled rows").contains("31 of them left").contains("left out of training");
    }

    @Test
    void hidesFewMarkedRowsAndTheLeaversBesideThem() {
        String few = TrainingData.contactsNote(7, 2, 3, "ignore");
        assertThat(few).startsWith("Contacts: fewer than 10 labelled rows").doesNotContain("7").doesNotContain(" 2 ")
                .contains("how many of them left is not shown");
    }

    @Test
    void hidesTheLeaversWhenTheyOrThoseWhoStayedAreFewerThanTen() {
        assertThat(TrainingData.contactsNote(240, 4, 3, "exclude")).doesNotContain("4 of them")
                .contains("how many of them left is not shown");
        assertThat(TrainingData.contactsNote(240, 235, 3, "exclude")).doesNotContain("235")
                .contains("how many of them left is not shown");
    }

    @Test
    void saysEachChoiceAndThatAFeatureModelScoresTheListWithoutContact() {
        assertThat(TrainingData.contactsNote(240, 31, 3, "ignore")).endsWith("they keep their labels "
                + "(contacts.training: ignore).");
        assertThat(TrainingData.contactsNote(240, 31, 3, "feature")).contains("contact_na_lijst: 1 for them")
                .contains("a signal list scores everyone with 0").endsWith("(contacts.training: feature).");
    }

    @Test
    void theEveryWayNoteShowsPrecisionAndRecallOnlyWhereTheEvaluationWould() {
        assertThat(ContactChoices.note("feature", comparison(2000, 200)))
                .startsWith("Contacts, every way (chosen: feature), on the 2000 labelled test rows")
                .contains("trained with exclude, precision at capacity ").contains("trained with feature, precision")
                .doesNotContain("not shown");
        String few = ContactChoices.note("exclude", comparison(300, 6));
        assertThat(few).contains("trained with ignore, precision and recall at capacity not shown")
                .doesNotContain("precision at capacity 0");
        assertThat(ContactChoices.note("exclude", comparison(8, 2))).contains("on the fewer than 10 labelled");
    }

    /** Three candidates on the same rows: the first {@code positives} rows left, and score higher on average. */
    private static nl.vroegsignaal.model.Comparison comparison(int rows, int positives) {
        byte[] label = new byte[rows];
        java.util.List<nl.vroegsignaal.model.EvaluationInput> in = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < positives; i++) {
            label[i] = 1;
        }
        for (String name : ContactSettings.CHOICES) {
            double[] risk = new double[rows];
            for (int i = 0; i < rows; i++) {
                risk[i] = (label[i] == 1 ? 0.1 : 0.0) + 0.3 * random.nextDouble();
            }
            in.add(new nl.vroegsignaal.model.EvaluationInput(name, risk, label, null));
        }
        return nl.vroegsignaal.model.Evaluator.evaluatePaired(in, null, new nl.vroegsignaal.model.EvaluateSettings(
                new nl.vroegsignaal.model.EvaluateSettings.CapacitySetting(null, 0.1), 0, 10).options(1));
    }
}
