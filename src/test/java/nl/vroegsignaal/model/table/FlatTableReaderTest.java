package nl.vroegsignaal.model.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlatTableReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAnExportWithBomCrlfAndPaddedHeaderNames() throws IOException {
        Path f = write("\uFEFF id , leeftijd ,school , uitval \r\nA1234567,16, 01AB ,1\r\nB1234567, 17,02CD,0\r\n");
        FlatTable t = FlatTableReader.read(withId(options(f, "uitval", null, null, List.of()), "id"));
        FeatureMatrix m = t.matrix();
        assertThat(m.catalogue().features()).extracting(FeatureDefinition::name).containsExactly("leeftijd", "school");
        assertThat(m.catalogue().features()).extracting(FeatureDefinition::kind)
                .containsExactly(FeatureKind.NUMERIC, FeatureKind.CATEGORICAL);
        assertThat(((FeatureColumn.Numeric) m.columns().get(0)).values()).containsExactly(16, 17);
        FeatureColumn.Categorical school = (FeatureColumn.Categorical) m.columns().get(1);
        assertThat(school.levels()).containsExactly("01AB", "02CD");
        assertThat(m.label()).containsExactly(1, 0);
        assertThat(m.pseudonym()).containsExactly("A1234567", "B1234567");
        assertThat(t.hasTime()).isFalse();
    }

    @Test
    void readsSemicolonsDecimalCommasQuotesAndEmptyCells() throws IOException {
        Path f = write("score;naam;label\n1,5;\"a;b\";ja\n;\"zei \"\"hoi\"\"\nen ging\";nee\n2;x;\n");
        FlatTable t = FlatTableReader.read(options(f, "label", null, null, List.of(), ';'));
        FeatureMatrix m = t.matrix();
        double[] score = ((FeatureColumn.Numeric) m.columns().get(0)).values();
        assertThat(score[0]).isEqualTo(1.5);
        assertThat(score[1]).isNaN();
        assertThat(((FeatureColumn.Categorical) m.columns().get(1)).levels())
                .containsExactly("a;b", "x", "zei \"hoi\"\nen ging");
        assertThat(m.label()).containsExactly(1, 0, FeatureMatrix.NO_LABEL);
        assertThat(t.labelDescription()).isEqualTo("column 'label' = 'ja' (predicted) vs nee");
    }

    @Test
    void aLabelWithMoreThanTwoValuesNeedsPositive() throws IOException {
        Path f = write("x,uitkomst\n1,diploma\n2,uitval\n3,verhuisd\n4,uitval\n");
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "uitkomst", null, null, List.of())))
                .isInstanceOf(InputException.class).hasMessage(f + ": column uitkomst: the label has 3 values "
                        + "(diploma, uitval, verhuisd): name the one to predict with --positive");
        FlatTable t = FlatTableReader.read(options(f, "uitkomst", "uitval", null, List.of()));
        assertThat(t.matrix().label()).containsExactly(0, 1, 0, 1);
        assertThat(t.labelDescription()).isEqualTo("column 'uitkomst' = 'uitval' (predicted) vs diploma, verhuisd");
    }

    @Test
    void refusesAPositiveValueThatDoesNotOccur() throws IOException {
        Path f = write("x,y\n1,a\n2,b\n");
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "y", "c", null, List.of())))
                .hasMessage(f + ": column y: --positive 'c' does not occur; the values are: a, b");
    }

    @Test
    void readsATimeColumnOfDatesOrSchoolYears() throws IOException {
        Path dates = write("peildatum,x,y\n2021-10-01,1,0\n2022-10-01,2,1\n");
        FlatTable t = FlatTableReader.read(options(dates, "y", null, "peildatum", List.of()));
        assertThat(t.timeKind()).isEqualTo(FlatTable.TimeKind.DATE);
        assertThat(t.timeLabel().apply(t.matrix().peildatum()[1])).isEqualTo("2022-10-01");
        Path years = write("jaar,x,y\n2021,1,0\n2022,2,1\n");
        FlatTable u = FlatTableReader.read(options(years, "y", null, "jaar", List.of()));
        assertThat(u.matrix().peildatum()).containsExactly(2021, 2022);
        assertThat(u.matrix().catalogue().features()).extracting(FeatureDefinition::name).containsExactly("x");
    }

    @Test
    void reportsEveryBadRowWithFileLineAndColumn() throws IOException {
        Path f = write("jaar,x,y\n2021,1,0\n2021,2\n01-10-2021,3,1\n2022,4,1,9\n");
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "y", null, "jaar", List.of())))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors()).extracting(
                        InputError::toString).containsExactly(
                        f + ":3: expected 3 fields (as in the header), found 2",
                        f + ":4: column jaar: expected a date yyyy-MM-dd or a whole number (e.g. a school year), "
                                + "got '01-10-2021'",
                        f + ":5: expected 3 fields (as in the header), found 4"));
    }

    @Test
    void namesMissingColumnsAndListsTheOnesThereAre() throws IOException {
        Path f = write("a,b\n1,0\n");
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "uitval", null, "jaar", List.of("geslacht"))))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors()).extracting(
                        InputError::toString).containsExactly(
                        f + ":1: column uitval: no such column (named by --label); the columns are: a, b",
                        f + ":1: column jaar: no such column (named by --time); the columns are: a, b",
                        f + ":1: column geslacht: no such column (named by --protected); the columns are: a, b"));
    }

    @Test
    void refusesAnUnclosedQuoteAtTheLineWhereTheRecordStarts() throws IOException {
        Path f = write("x,y\n1,0\n\"open,1\n2,0\n");
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "y", null, null, List.of())))
                .hasMessage(f + ":3: column x: unterminated quoted field: the file ends inside quotes (truncated "
                        + "last line?)");
    }

    @Test
    void refusesARawBsnInTheIdColumnWithoutEchoingIt() throws IOException {
        Path f = write("id,x,y\n111222333,1,0\nP0000001,2,1\n");
        assertThatThrownBy(() -> FlatTableReader.read(withId(options(f, "y", null, null, List.of()), "id")))
                .isInstanceOf(InputException.class)
                .hasMessage(f + ":2: column id: the value looks like a raw BSN (9 digits passing the elfproef); "
                        + "vroegsignaal accepts pseudonyms only")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("111222333"));
    }

    @Test
    void refusesAnIdentifierLikeColumnAsACategory() throws IOException {
        StringBuilder sb = new StringBuilder("persoon,y\n");
        for (int i = 0; i < 1005; i++) {
            sb.append("P").append(i).append(',').append(i % 2).append('\n');
        }
        Path f = write(sb.toString());
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "y", null, null, List.of())))
                .hasMessage(f + ": column persoon: more than 1000 distinct values: too many for a categorical "
                        + "feature. If it identifies persons, pass it with --id; otherwise leave it out of the table");
    }

    @Test
    void refusesWholeNumbersThatNeverRepeatAsAnIdentifierUnlessDeclared() throws IOException {
        StringBuilder sb = new StringBuilder("volgnummer,uren,y\n");
        for (int i = 0; i < 30; i++) {
            sb.append(1000 + i * 7).append(',').append(i % 4).append(',').append(i % 2).append('\n');
        }
        Path f = write(sb.toString());
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "y", null, null, List.of())))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors()).extracting(
                        InputError::toString).containsExactly(f + ":1: column volgnummer: every row has its own "
                        + "whole number: this looks like an identifier (a row or person number), which must not be "
                        + "a feature. Pass it with --id, leave it out of the table, or declare it with --numeric if "
                        + "it is a measurement"));
        FlatTable declared = FlatTableReader.read(declared(options(f, "y", null, null, List.of()),
                Map.of("volgnummer", TableOptions.ColumnType.NUMERIC)));
        assertThat(declared.matrix().catalogue().features()).extracting(FeatureDefinition::kind)
                .containsExactly(FeatureKind.NUMERIC, FeatureKind.NUMERIC);
        FlatTable asId = FlatTableReader.read(withId(options(f, "y", null, null, List.of()), "volgnummer"));
        assertThat(asId.matrix().catalogue().features()).extracting(FeatureDefinition::name).containsExactly("uren");
    }

    @Test
    void anIntegerCodedCategoryCanBeDeclaredCategorical() throws IOException {
        Path f = write("opleiding,y\n25190,0\n25190,1\n3021,0\n");
        FlatTable inferred = FlatTableReader.read(options(f, "y", null, null, List.of()));
        assertThat(inferred.matrix().catalogue().features().get(0).kind()).isEqualTo(FeatureKind.NUMERIC);
        FlatTable t = FlatTableReader.read(declared(options(f, "y", null, null, List.of()),
                Map.of("opleiding", TableOptions.ColumnType.CATEGORICAL)));
        assertThat(t.matrix().catalogue().features().get(0).kind()).isEqualTo(FeatureKind.CATEGORICAL);
        FeatureColumn.Categorical c = (FeatureColumn.Categorical) t.matrix().columns().get(0);
        assertThat(c.levels()).containsExactly("25190", "3021");
        assertThat(c.codes()).containsExactly(0, 0, 1);
    }

    @Test
    void aDeclaredNumericColumnWithTextIsALocatedErrorAndDeclaringAnUnknownColumnToo() throws IOException {
        Path f = write("uren,y\n3,0\nveel,1\n");
        assertThatThrownBy(() -> FlatTableReader.read(declared(options(f, "y", null, null, List.of()),
                Map.of("uren", TableOptions.ColumnType.NUMERIC))))
                .hasMessage(f + ":3: column uren: declared numeric (--numeric), but the value is not a number: "
                        + "expected e.g. 12 or 1.5");
        assertThatThrownBy(() -> FlatTableReader.read(declared(options(f, "y", null, null, List.of()),
                Map.of("y", TableOptions.ColumnType.CATEGORICAL, "vak", TableOptions.ColumnType.NUMERIC))))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors()).extracting(
                        InputError::toString).containsExactly(
                        f + ":1: column vak: no such column (named by --numeric); the columns are: uren, y",
                        f + ":1: column y: is named by --categorical but is the label, time, id or a protected "
                                + "column: only feature columns have a declared type"));
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsLineAndColumn() throws IOException {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, new byte[] {'n', 'a', 'a', 'm', ',', 'y', '\n', 'a', ',', '0', '\n', 'J', (byte) 0xE9, ',', '1',
                '\n'});
        assertThatThrownBy(() -> FlatTableReader.read(options(f, "y", null, null, List.of())))
                .hasMessage(f + ":3: column naam: not UTF-8 text: save the table as CSV UTF-8");
    }

    @Test
    void readsTabSeparatedValuesWithPaddingAroundQuotes() throws IOException {
        Path f = write("a\tb\ty\n  \"x y\" \t 2 \t1\n\"z\"\t3\t0\n");
        FlatTable t = FlatTableReader.read(options(f, "y", null, null, List.of(), '\t'));
        assertThat(((FeatureColumn.Categorical) t.matrix().columns().get(0)).levels()).containsExactly("x y", "z");
        assertThat(((FeatureColumn.Numeric) t.matrix().columns().get(1)).values()).containsExactly(2, 3);
    }

    @Test
    void keepsProtectedColumnsOutOfTheFeaturesAndAsideForTheAudit() throws IOException {
        Path f = write("geslacht,x,herkomst,y\nM,1,Europa,0\nV,2,Nederland,1\n");
        FlatTable t = FlatTableReader.read(options(f, "y", null, null, List.of("geslacht", "herkomst")));
        assertThat(t.matrix().catalogue().features()).extracting(FeatureDefinition::name).containsExactly("x");
        assertThat(t.matrix().columns()).hasSize(1);
        assertThat(t.protectedColumns().get("geslacht")).containsExactly("M", "V");
        assertThat(t.protectedColumns().get("herkomst")).containsExactly("Europa", "Nederland");
    }

    @Test
    void refusesAnEmptyFileAndATableWithoutRows() throws IOException {
        Path empty = write("");
        assertThatThrownBy(() -> FlatTableReader.read(options(empty, "y", null, null, List.of())))
                .hasMessage(empty + ":1: the file is empty: expected a header row");
        Path headerOnly = write("x,y\r\n");
        assertThatThrownBy(() -> FlatTableReader.read(options(headerOnly, "y", null, null, List.of())))
                .hasMessage(headerOnly + ":2: the table has a header but no rows");
    }

    private int n;

    private Path write(String content) throws IOException {
        Path f = dir.resolve("t" + (n++) + ".csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static TableOptions options(Path f, String label, String positive, String time, List<String> prot) {
        return options(f, label, positive, time, prot, ',');
    }

    private static TableOptions options(Path f, String label, String positive, String time, List<String> prot,
                                        char sep) {
        return new TableOptions(f, label, positive, time, null, prot, sep);
    }

    private static TableOptions declared(TableOptions o, Map<String, TableOptions.ColumnType> types) {
        return new TableOptions(o.file(), o.label(), o.positive(), o.time(), o.id(), o.protectedColumns(),
                o.separator(), types);
    }

    private static TableOptions withId(TableOptions o, String id) {
        return new TableOptions(o.file(), o.label(), o.positive(), o.time(), id, o.protectedColumns(), o.separator());
    }
}
