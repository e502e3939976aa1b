package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.testdata.ContractRecords;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FeatureBuilderTest {

    private static ContractRecords threePersons() {
        return new ContractRecords()
                .person("cpersoon1", "2004-05", "M", "buiten Europa", "WK036302")
                .enrolment("cpersoon1", "AAAA", "VMBO-GT", 3, "2019-08-01", "")
                .person("apersoon1", "2004-05", "V", "Europa", "WK036301")
                .enrolment("apersoon1", "AAAA", "HAVO", 3, "2020-08-01", "")
                .person("bpersoon1", "2003-05", "X", "Nederland", "WK036301")
                .enrolment("bpersoon1", "BBBB", "MBO-2", 1, "2019-08-01", "2020-12-31");
    }

    @Test
    void rowsAreOrderedByPeildatumThenPseudonym() {
        FeatureSet set = Fixtures.build(threePersons(), "2022-01-01");
        FeatureMatrix m = set.matrix();
        List<String> keys = IntStream.range(0, m.rows())
                .mapToObj(r -> LocalDate.ofEpochDay(m.peildatum()[r]) + " " + m.pseudonym()[r]).toList();
        assertThat(keys).containsExactly(
                "2019-10-01 bpersoon1", "2019-10-01 cpersoon1",
                "2020-10-01 apersoon1", "2020-10-01 bpersoon1", "2020-10-01 cpersoon1",
                "2021-10-01 apersoon1", "2021-10-01 cpersoon1");
    }

    @Test
    void cohortSummariesAddUp() {
        FeatureSet set = Fixtures.build(threePersons(), "2022-01-01");
        assertThat(set.cohorts()).containsExactly(
                new CohortSummary(LocalDate.of(2019, 10, 1), 2, 2, 0, 0, 0),
                new CohortSummary(LocalDate.of(2020, 10, 1), 3, 3, 0, 0, 1),
                new CohortSummary(LocalDate.of(2021, 10, 1), 2, 0, 0, 2, 0));
    }

    @Test
    void protectedAttributesTravelBesideTheMatrixNotInIt() {
        FeatureSet set = Fixtures.build(threePersons(), "2022-01-01");
        int row = Fixtures.row(set, "cpersoon1", "2020-10-01");
        assertThat(set.audit().column("geslacht").value(row)).isEqualTo(Geslacht.M.code());
        assertThat(set.audit().column("herkomst").value(row)).isEqualTo(Herkomst.BUITEN_EUROPA.code());
        assertThat(set.audit().rows()).isEqualTo(set.matrix().rows());
        assertThat(set.matrix().catalogue().features()).extracting(FeatureDefinition::name)
                .doesNotContain("geslacht", "herkomst");
        assertThat(set.toTable().columnNames()).doesNotContain("geslacht", "herkomst");
    }

    @Test
    void contextColumnsNameTheSchoolAndOnderwijssoortOnPeildatum() {
        FeatureSet set = Fixtures.build(threePersons(), "2022-01-01");
        FeatureMatrix m = set.matrix();
        int row = Fixtures.row(set, "bpersoon1", "2020-10-01");
        assertThat(m.schoolCodes().get(m.school()[row])).isEqualTo("BBBB");
        assertThat(m.onderwijssoort()[row]).isEqualTo((byte) Onderwijssoort.MBO_2.ordinal());
    }

    @Test
    void tableViewHasLabelMissingWhereUnknownAndCategoricalLevels() {
        FeatureSet set = Fixtures.build(threePersons(), "2022-01-01");
        Table t = set.toTable();
        assertThat(t.rowCount()).isEqualTo(7);
        assertThat(t.columnNames().subList(0, 4)).containsExactly("pseudoniem", "peildatum", "label", "leeftijd");
        assertThat(t.columnCount()).isEqualTo(3 + Catalogue.current().features().size());
        assertThat(t.intColumn("label").isMissing(6)).isTrue();
        assertThat(t.intColumn("label").get(3)).isEqualTo(1);
        assertThat(t.stringColumn("onderwijssoort").get(0)).isEqualTo("MBO-2");
        assertThat(t.stringColumn("wijk").get(0)).isEqualTo("WK036301");
        assertThat(set.cohortTable().intColumn("population").asList()).containsExactly(2, 3, 2);
    }

    @Test
    void sameInputGivesTheSameMatrix() {
        FeatureSet a = Fixtures.build(threePersons(), "2022-01-01");
        FeatureSet b = Fixtures.build(threePersons(), "2022-01-01");
        assertThat(b.toTable().print(100)).isEqualTo(a.toTable().print(100));
    }
}
