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
}
