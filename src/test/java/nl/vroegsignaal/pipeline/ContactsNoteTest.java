package nl.vroegsignaal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The training note on contacted rows counts persons, so it follows the one disclosure rule. */
class ContactsNoteTest {

    @Test
    void showsTheCountsWhenBothSidesHoldTenPersons() {
        assertThat(TrainingData.contactsNote(240, 31, 3, true))
                .startsWith("Contacts: 240 labelled rows").contains("31 of them left").contains("left out of training");
    }

    @Test
    void hidesFewMarkedRowsAndTheLeaversBesideThem() {
        String few = TrainingData.contactsNote(7, 2, 3, false);
        assertThat(few).startsWith("Contacts: fewer than 10 labelled rows").doesNotContain("7").doesNotContain(" 2 ")
                .contains("how many of them left is not shown");
    }

    @Test
    void hidesTheLeaversWhenTheyOrThoseWhoStayedAreFewerThanTen() {
        assertThat(TrainingData.contactsNote(240, 4, 3, true)).doesNotContain("4 of them")
                .contains("how many of them left is not shown");
        assertThat(TrainingData.contactsNote(240, 235, 3, true)).doesNotContain("235")
                .contains("how many of them left is not shown");
    }
}
