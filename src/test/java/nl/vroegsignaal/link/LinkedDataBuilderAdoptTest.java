package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verzuimsoort;
import org.junit.jupiter.api.Test;

/** The reader's hand-over of columns gives the same linked data as adding rows one by one. */
class LinkedDataBuilderAdoptTest {
    private static IntColumn column(int... values) {
        IntColumn c = new IntColumn();
        for (int v : values) {
            c.add(v);
        }
        return c;
    }

    private static LinkedDataBuilder withPersons() {
        LinkedDataBuilder b = new LinkedDataBuilder();
        b.addPerson("PERSON_B", 2007, 3, Geslacht.V, Herkomst.EUROPA, "WK000001");
        b.addPerson("PERSON_A", 2006, 4, Geslacht.M, Herkomst.NEDERLAND, "WK000002");
        return b;
    }

    @Test
    void adoptedColumnsLinkLikeRowsAddedByPseudonym() {
        LinkedDataBuilder rows = withPersons();
        rows.addAbsence("PERSON_B", 200, Verzuimsoort.LANGDURIG, 5);
        rows.addAbsence("PERSON_A", 100, Verzuimsoort.ABSOLUUT, Absences.NO_HOURS);
        rows.addAbsence("PERSON_B", 150, Verzuimsoort.ONGEOORLOOFD, 16);
        rows.addAbsence("NOBODY__", 150, Verzuimsoort.ONGEOORLOOFD, 16);
        rows.addEnrolment("PERSON_A", "12AB", Onderwijssoort.HAVO, 4, 10, Dates.OPEN);

        LinkedDataBuilder adopted = withPersons();
        adopted.adopt(SourceFile.VERZUIM, column(0, 1, 0), column(200, 100, 150),
                column(Verzuimsoort.LANGDURIG.ordinal(), Verzuimsoort.ABSOLUUT.ordinal(), Verzuimsoort.ONGEOORLOOFD.ordinal()),
                column(5, Absences.NO_HOURS, 16));
        adopted.countRows(SourceFile.VERZUIM, 3, 1);
        adopted.adopt(SourceFile.INSCHRIJVINGEN, column(1), column(10), column(adopted.brinIndex("12AB")),
                column(Onderwijssoort.HAVO.ordinal()), column(4), column(Dates.OPEN));
        adopted.countRows(SourceFile.INSCHRIJVINGEN, 1, 0);

        LinkedData a = rows.build(Map.of());
        LinkedData b = adopted.build(Map.of());
        assertThat(b.absences().offsets()).containsExactly(a.absences().offsets()).containsExactly(0, 1, 3);
        assertThat(b.absences().date()).containsExactly(a.absences().date()).containsExactly(100, 150, 200);
        assertThat(b.absences().soort()).containsExactly(a.absences().soort());
        assertThat(b.absences().hours()).containsExactly(a.absences().hours());
        assertThat(b.enrolments().brinCodes()).isEqualTo(a.enrolments().brinCodes());
        assertThat(b.enrolments().end()).containsExactly(a.enrolments().end());
        assertThat(b.counts()).isEqualTo(a.counts());
    }

    @Test
    void refusesColumnsForASourceThatHasRows() {
        LinkedDataBuilder b = withPersons();
        b.addAbsence("PERSON_A", 100, Verzuimsoort.ABSOLUUT, 1);
        assertThatThrownBy(() -> b.adopt(SourceFile.VERZUIM, column(0), column(1), column(0), column(0)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("empty source");
    }

    @Test
    void refusesColumnsOfTheWrongShape() {
        LinkedDataBuilder b = withPersons();
        assertThatThrownBy(() -> b.adopt(SourceFile.VERZUIM, column(0), column(1), column(0)))
                .hasMessage("expected 2 columns, got 1");
        assertThatThrownBy(() -> b.adopt(SourceFile.DIPLOMAS, column(0, 1), column(1), column(0)))
                .hasMessage("columns differ in length");
        assertThatThrownBy(() -> b.adopt(SourceFile.PERSONEN, column(), column()))
                .hasMessage("persons are added with addPerson");
    }
}
