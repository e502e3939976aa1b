package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.CsvParser;
import nl.vroegsignaal.core.InputError;
import nl.vroegsignaal.core.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad-input fixture per refusal; each asserts the exact message with file, line and column. */
class LinkerRefusalsTest {
    private static final String VERZUIM_CODES = "ongeoorloofd, langdurig, luxeverzuim, signaalverzuim, absoluut";
    private static final String BSN = "111222333"; // passes the elfproef

    @TempDir
    Path dir;

    private ContractFixture fixture() {
        return ContractFixture.valid(dir);
    }

    private static List<String> errorsOf(ContractFixture f) {
        try {
            Linker.read(f.dir());
        } catch (InputException e) {
            assertThat(e.getMessage()).isEqualTo(String.join(System.lineSeparator(),
                    e.errors().stream().map(InputError::toString).toList()));
            return e.errors().stream().map(InputError::toString).toList();
        }
        throw new AssertionError("expected the input to be refused");
    }

    @Test
    void refusesAMissingFile() {
        assertThat(errorsOf(fixture().delete(SourceFile.DIPLOMAS)))
                .containsExactly("diplomas.csv: missing file: not found in the input folder");
    }

    @Test
    void reportsEveryMissingFile() {
        assertThat(errorsOf(fixture().delete(SourceFile.DIPLOMAS).delete(SourceFile.SCHULDHULP))).containsExactly(
                "diplomas.csv: missing file: not found in the input folder",
                "schuldhulp.csv: missing file: not found in the input folder");
    }

    @Test
    void refusesAMissingInputFolder() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> Linker.read(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": input folder not found");
    }

    @Test
    void refusesAMissingColumn() {
        ContractFixture f = fixture().lines(SourceFile.VERZUIM,
                List.of("pseudoniem,meldingsdatum,verzuimsoort", "P0000001,2021-03-01,ongeoorloofd"));
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:1: header: missing column uren; "
                + "expected pseudoniem, meldingsdatum, verzuimsoort, uren");
    }

    @Test
    void refusesAColumnOutsideTheContractForPrivacy() {
        ContractFixture f = fixture().lines(SourceFile.VERZUIM,
                List.of("pseudoniem,meldingsdatum,verzuimsoort,uren,naam", "P0000001,2021-03-01,ongeoorloofd,2,Jan"));
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:1: header: unexpected column 'naam'; the contract allows "
                + "only pseudoniem, meldingsdatum, verzuimsoort, uren (other columns are refused to protect privacy)");
    }

    @Test
    void refusesColumnsInAnotherOrder() {
        ContractFixture f = fixture().line(SourceFile.DIPLOMAS, 1, "pseudoniem,diplomasoort,datum");
        assertThat(errorsOf(f)).containsExactly(
                "diplomas.csv:1: header: columns are in the wrong order; expected pseudoniem, datum, diplomasoort");
    }

    @Test
    void refusesARepeatedColumn() {
        ContractFixture f = fixture().line(SourceFile.DIPLOMAS, 1, "pseudoniem,datum,diplomasoort,datum");
        assertThat(errorsOf(f)).containsExactly("diplomas.csv:1: header: column datum appears more than once");
    }

    @Test
    void refusesAFileWithoutHeaderWithoutRepeatingItsFirstLine() {
        ContractFixture f = fixture().lines(SourceFile.PERSONEN, List.of("P0000001,2007-11,M,Nederland,WK036301"));
        List<String> errors = errorsOf(f);
        assertThat(errors).containsExactly("personen.csv:1: header: none of the expected columns pseudoniem, "
                + "geboortemaand, geslacht, herkomst, wijk is in the first line (is the header row missing?)");
    }

    @Test
    void refusesAnEmptyFile() {
        assertThat(errorsOf(fixture().text(SourceFile.DIPLOMAS, "")))
                .containsExactly("diplomas.csv: empty file: expected a header row");
    }

    @Test
    void refusesPersonenWithAHeaderButNoRows() {
        assertThat(errorsOf(fixture().rows(SourceFile.PERSONEN)))
                .containsExactly("personen.csv: no persons: the file has a header but no rows");
    }

    @Test
    void namesCrOnlyLineEndsWithoutQuotingTheRowsOnTheHeaderLine() {
        ContractFixture f = fixture().text(SourceFile.PERSONEN, SourceFile.PERSONEN.header()
                + "\rP0000003,2006-05,V,Nederland,WK036301\rP0000001,2007-11,M,buiten Europa,WK036302\r");
        assertThat(errorsOf(f)).containsExactly("personen.csv:1: header: the line ends are CR only (classic Mac, as in "
                + "Excel's \"CSV (Macintosh)\"): save the file as \"CSV UTF-8\" with LF or CR LF line ends");
    }

    @Test
    void namesCrOnlyLineEndsOfAFileLongerThanOneLineMayBe() {
        StringBuilder sb = new StringBuilder(SourceFile.VERZUIM.header());
        while (sb.length() <= CsvParser.MAX_RECORD) {
            sb.append("\rP0000001,2021-03-01,ongeoorloofd,16");
        }
        assertThat(errorsOf(fixture().text(SourceFile.VERZUIM, sb.toString())))
                .singleElement().asString().startsWith("verzuim.csv:1: header: the line ends are CR only");
    }

    @Test
    void aLostLineEndAfterTheHeaderDoesNotLeakTheFirstRow() {
        ContractFixture f = fixture().text(SourceFile.VERZUIM, SourceFile.VERZUIM.header()
                + "P0000001,2021-03-01,ongeoorloofd,16\n");
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:1: header: has 7 fields where 4 are expected: the line "
                + "end after the header seems to be missing; expected pseudoniem, meldingsdatum, verzuimsoort, uren");
    }

    @Test
    void quotesAtMostThreeUnexpectedColumnsAndOnlyPlainNames() {
        ContractFixture f = fixture().line(SourceFile.DIPLOMAS, 1,
                "pseudoniem,datum,diplomasoort,naam,adres,P0000001,telefoon,email,16");
        assertThat(errorsOf(f)).containsExactly("diplomas.csv:1: header: unexpected columns 'naam', 'adres', 'telefoon' "
                + "and 3 more (not shown, as they may be data); the contract allows only pseudoniem, datum, diplomasoort "
                + "(other columns are refused to protect privacy)");
        f = fixture().line(SourceFile.DIPLOMAS, 1, "pseudoniem,datum,diplomasoort,P0000001");
        assertThat(errorsOf(f)).containsExactly("diplomas.csv:1: header: unexpected column (1, not shown, as they may "
                + "be data); the contract allows only pseudoniem, datum, diplomasoort (other columns are refused to "
                + "protect privacy)");
    }

    @Test
    void refusesABsnInTheHoursColumnWithoutEchoingIt() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ongeoorloofd,123456782");
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:2: column uren: looks like a raw BSN (9 digits passing "
                + "the elfproef); refusing a file that seems to carry real BSNs");
    }

    @Test
    void acceptsUpToASchoolYearOfHoursInOneMelding() {
        assertThat(Linker.read(fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ongeoorloofd,1000").dir())
                .absences().size()).isEqualTo(3);
    }

    @Test
    void refusesMoreHoursThanASchoolYearHasInOneMelding() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ongeoorloofd,1001");
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:2: column uren: is more than 1000: expected at most 1000 "
                + "hours in one melding (a school year of lessons)");
    }

    @Test
    void escapesControlCharactersInAQuotedCode() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ziek\u001b[2J\u0000,16");
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:2: column verzuimsoort: 'ziek\\u001B[2J\\u0000' is not "
                + "one of " + VERZUIM_CODES);
    }

    @Test
    void saysWhatIsThereInsteadOfAFile() throws java.io.IOException {
        ContractFixture f = fixture().delete(SourceFile.DIPLOMAS).delete(SourceFile.JEUGDHULP);
        java.nio.file.Files.createDirectory(f.file(SourceFile.DIPLOMAS));
        java.nio.file.Files.createSymbolicLink(f.file(SourceFile.JEUGDHULP), dir.resolve("gone.csv"));
        assertThat(errorsOf(f)).containsExactly("diplomas.csv: is a folder: expected a CSV file",
                "jeugdhulp.csv: is a symbolic link to something that does not exist: expected a CSV file");
    }

    @Test
    void refusesAWrongDelimiter() {
        ContractFixture f = fixture().text(SourceFile.VERZUIM,
                "pseudoniem;meldingsdatum;verzuimsoort;uren\nP0000001;2021-03-01;ongeoorloofd;2\n");
        assertThat(errorsOf(f))
                .containsExactly("verzuim.csv:1: wrong delimiter: expected ',' but the header is separated by ';'");
    }

    @Test
    void refusesTabSeparatedValues() {
        ContractFixture f = fixture().text(SourceFile.DIPLOMAS, "pseudoniem\tdatum\tdiplomasoort\n");
        assertThat(errorsOf(f))
                .containsExactly("diplomas.csv:1: wrong delimiter: expected ',' but the header is separated by tabs");
    }

    @Test
    void refusesADateThatDoesNotExist() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 3, "P0000001,2023-02-30,luxeverzuim,");
        assertThat(errorsOf(f)).containsExactly(
                "verzuim.csv:3: column meldingsdatum: '2023-02-30' is not a valid date: expected yyyy-MM-dd");
    }

    @Test
    void refusesADateInAnotherFormat() {
        ContractFixture f = fixture().line(SourceFile.DIPLOMAS, 2, "P0000002,01-07-2021,VMBO-GT");
        assertThat(errorsOf(f)).containsExactly(
                "diplomas.csv:2: column datum: '01-07-2021' is not a valid date: expected yyyy-MM-dd");
    }

    @Test
    void refusesAnEmptyRequiredDate() {
        ContractFixture f = fixture().line(SourceFile.UITKERINGEN, 2, "P0000003,participatiewet,2019-01-01,,");
        assertThat(errorsOf(f)).containsExactly(
                "uitkeringen.csv:2: column registratiedatum: is empty: expected a date yyyy-MM-dd");
    }

    @Test
    void refusesABadBirthMonth() {
        ContractFixture f = fixture().line(SourceFile.PERSONEN, 3, "P0000001,2007-13,M,buiten Europa,WK036302");
        assertThat(errorsOf(f)).containsExactly(
                "personen.csv:3: column geboortemaand: '2007-13' is not a valid month: expected yyyy-MM");
    }

    @Test
    void refusesAnEndBeforeTheBegin() {
        ContractFixture f = fixture().line(SourceFile.INSCHRIJVINGEN, 3, "P0000001,12AB,VMBO-KB,2,2019-08-01,2019-07-31");
        assertThat(errorsOf(f)).containsExactly(
                "inschrijvingen.csv:3: column einddatum: '2019-07-31' is before begindatum '2019-08-01'");
    }

    @Test
    void refusesASpellEndingBeforeItBegins() {
        ContractFixture f = fixture().line(SourceFile.JEUGDHULP, 2, "P0000001,met verblijf,2020-01-01,2019-06-30,2019-12-15");
        assertThat(errorsOf(f)).containsExactly(
                "jeugdhulp.csv:2: column einddatum: '2019-06-30' is before begindatum '2020-01-01'");
    }

    @Test
    void refusesACodeOutsideTheList() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ziek,16");
        assertThat(errorsOf(f))
                .containsExactly("verzuim.csv:2: column verzuimsoort: 'ziek' is not one of " + VERZUIM_CODES);
    }

    @Test
    void refusesACodeInAnotherCase() {
        ContractFixture f = fixture().line(SourceFile.VERHUIZINGEN, 2, "P0000003,2021-06-01,Vertrek");
        assertThat(errorsOf(f)).containsExactly("verhuizingen.csv:2: column verhuissoort: 'Vertrek' is not one of "
                + "binnen gemeente, vestiging, vertrek, emigratie");
    }

    @Test
    void refusesAnEmptyCode() {
        ContractFixture f = fixture().line(SourceFile.PERSONEN, 2, "P0000003,2006-05,,Nederland,WK036301");
        assertThat(errorsOf(f))
                .containsExactly("personen.csv:2: column geslacht: is empty: expected one of M, V, X, onbekend");
    }

    @Test
    void doesNotShowACodeValueThatLooksLikeABsn() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01," + BSN + ",16");
        List<String> errors = errorsOf(f);
        assertThat(errors).containsExactly("verzuim.csv:2: column verzuimsoort: "
                + "(value not shown: it looks like a BSN) is not one of " + VERZUIM_CODES);
        assertThat(String.join("\n", errors)).doesNotContain(BSN);
    }

    @Test
    void refusesNegativeHoursWithoutShowingThem() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ongeoorloofd,-16");
        List<String> errors = errorsOf(f);
        assertThat(errors).containsExactly(
                "verzuim.csv:2: column uren: is negative: expected a non-negative whole number of hours");
        assertThat(errors.get(0)).doesNotContain("16");
    }

    @Test
    void refusesHoursThatAreNotAWholeNumber() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ongeoorloofd,3.5");
        assertThat(errorsOf(f)).containsExactly(
                "verzuim.csv:2: column uren: is not a whole number: expected a non-negative whole number of hours");
    }

    @Test
    void refusesALeerjaarOutsideOneToSix() {
        ContractFixture f = fixture().line(SourceFile.INSCHRIJVINGEN, 2, "P0000001,12AB,VMBO-KB,7,2020-08-01,2021-07-31");
        assertThat(errorsOf(f)).containsExactly("inschrijvingen.csv:2: column leerjaar: is not a whole number from 1 to 6");
    }

    @Test
    void refusesABadBrinCode() {
        ContractFixture f = fixture().line(SourceFile.INSCHRIJVINGEN, 2, "P0000001,12ab,VMBO-KB,3,2020-08-01,2021-07-31");
        assertThat(errorsOf(f)).containsExactly(
                "inschrijvingen.csv:2: column brin: is not a BRIN code: expected 4 characters from 0-9 A-Z");
    }

    @Test
    void refusesABadWijkCode() {
        ContractFixture f = fixture().line(SourceFile.PERSONEN, 2, "P0000003,2006-05,V,Nederland,0363");
        assertThat(errorsOf(f)).containsExactly(
                "personen.csv:2: column wijk: is not a CBS wijk code: expected WK followed by 6 digits");
    }

    @Test
    void refusesADuplicatePersonNamingBothLines() {
        ContractFixture f = fixture().append(SourceFile.PERSONEN, "P0000001,2007-11,M,buiten Europa,WK036302");
        List<String> errors = errorsOf(f);
        assertThat(errors).containsExactly(
                "personen.csv:5: column pseudoniem: duplicate person: the same pseudonym is already on line 3");
        assertThat(errors.get(0)).doesNotContain("P0000001");
    }

    @Test
    void refusesARawBsnInThePseudonymColumnWithoutRepeatingIt() {
        ContractFixture f = fixture()
                .append(SourceFile.PERSONEN, BSN + ",2007-11,M,Nederland,WK036302")
                .line(SourceFile.VERZUIM, 4, BSN + ",2021-01-10,signaalverzuim,4");
        List<String> errors = errorsOf(f);
        assertThat(errors).containsExactly(
                "personen.csv:5: column pseudoniem: " + FieldReader.RAW_BSN,
                "verzuim.csv:4: column pseudoniem: " + FieldReader.RAW_BSN);
        assertThat(FieldReader.RAW_BSN)
                .isEqualTo("looks like a raw BSN (9 digits passing the elfproef); refusing a file that seems to carry real BSNs");
        assertThat(String.join("\n", errors)).doesNotContain(BSN);
    }

    @Test
    void acceptsANineDigitPseudonymThatFailsTheElfproef() {
        ContractFixture f = fixture().append(SourceFile.PERSONEN, "111222334,2007-11,M,Nederland,WK036302");
        assertThat(Linker.read(f.dir()).persons().size()).isEqualTo(4);
    }

    @Test
    void refusesAMalformedPseudonymWithoutRepeatingIt() {
        ContractFixture f = fixture().line(SourceFile.DIPLOMAS, 2, "P 000 002,2021-07-01,VMBO-GT");
        List<String> errors = errorsOf(f);
        assertThat(errors).containsExactly("diplomas.csv:2: column pseudoniem: is not a valid pseudonym: "
                + "expected 8 to 64 characters from A-Z a-z 0-9 _ -");
        assertThat(errors.get(0)).doesNotContain("P 000");
    }

    @Test
    void refusesAByteThatIsNotUtf8NamingTheColumn() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((SourceFile.PERSONEN.header() + "\nP0000003,2006-05,V,Nederland,WK036301\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes("P0000001,2007-11,M,buiten Europ".getBytes(StandardCharsets.US_ASCII));
        out.write(0xE9); // 'é' in Latin-1: not UTF-8
        out.writeBytes(",WK036302\n".getBytes(StandardCharsets.US_ASCII));
        ContractFixture f = fixture().bytes(SourceFile.PERSONEN, out.toByteArray());
        assertThat(errorsOf(f)).containsExactly(
                "personen.csv:3: column herkomst: is not valid UTF-8: save the file as UTF-8");
    }

    @Test
    void refusesAHeaderThatIsNotUtf8() {
        byte[] utf16 = SourceFile.DIPLOMAS.header().getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(errorsOf(fixture().bytes(SourceFile.DIPLOMAS, withBom)))
                .containsExactly("diplomas.csv:1: header: is not valid UTF-8: save the file as UTF-8");
    }

    @Test
    void showsAValidNonAsciiCodeValue() {
        ContractFixture f = fixture().line(SourceFile.VERHUIZINGEN, 2, "P0000003,2021-06-01,émigratie");
        assertThat(errorsOf(f)).containsExactly("verhuizingen.csv:2: column verhuissoort: 'émigratie' is not one of "
                + "binnen gemeente, vestiging, vertrek, emigratie");
    }

    @Test
    void refusesATruncatedLastLine() {
        List<String> lines = new ArrayList<>(ContractFixture.VALID.get(SourceFile.VERZUIM));
        lines.add("P0000003,2021-0");
        ContractFixture f = fixture().text(SourceFile.VERZUIM, String.join("\n", lines));
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:7: truncated last line: expected 4 fields, found 2, "
                + "and the file ends without a line end");
    }

    @Test
    void refusesAFileThatEndsInsideQuotes() {
        ContractFixture f = fixture().text(SourceFile.DIPLOMAS,
                SourceFile.DIPLOMAS.header() + "\nP0000002,2021-07-01,\"VMBO-GT\n");
        assertThat(errorsOf(f)).containsExactly("diplomas.csv:2: column diplomasoort: "
                + "unterminated quoted field: the file ends inside quotes (truncated last line?)");
    }

    @Test
    void refusesARowWithTooManyFields() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 3, "P0000001,2020-11-15,luxeverzuim,,extra");
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:3: expected 4 fields, found 5");
    }

    @Test
    void refusesAnEmptyLine() {
        ContractFixture f = fixture().line(SourceFile.VERZUIM, 3, "");
        assertThat(errorsOf(f)).containsExactly("verzuim.csv:3: empty line: expected 4 fields");
    }

    @Test
    void showsTheFieldsOfACommaInsideQuotesAsOneValue() {
        ContractFixture f = fixture().line(SourceFile.INSCHRIJVINGEN, 2,
                "P0000001,12AB,\"VMBO,KB\",3,2020-08-01,2021-07-31");
        assertThat(errorsOf(f)).containsExactly("inschrijvingen.csv:2: column onderwijssoort: 'VMBO,KB' is not one of "
                + "PRO, VSO, VMBO-BB, VMBO-KB, VMBO-GT, HAVO, VWO, VAVO, MBO-1, MBO-2, MBO-3, MBO-4, HO");
    }

    @Test
    void countsLinesInsideQuotedFieldsAsPhysicalLines() {
        ContractFixture f = fixture().text(SourceFile.DIPLOMAS, SourceFile.DIPLOMAS.header()
                + "\nP0000002,2021-07-01,\"VMBO\nGT\"\nP0000002,2021-07-0x,HAVO\n");
        assertThat(errorsOf(f)).containsExactly(
                "diplomas.csv:2: column diplomasoort: 'VMBO\\nGT' is not one of VMBO-BB, VMBO-KB, VMBO-GT, HAVO, VWO, "
                        + "MBO-1, MBO-2, MBO-3, MBO-4, HO",
                "diplomas.csv:4: column datum: '2021-07-0x' is not a valid date: expected yyyy-MM-dd");
    }

    @Test
    void refusesAQuoteInsideAnUnquotedField() {
        ContractFixture f = fixture().line(SourceFile.DIPLOMAS, 2, "P0000002,2021-07-01,VMBO\"GT");
        assertThat(errorsOf(f)).containsExactly("diplomas.csv:2: column diplomasoort: has a quote inside an unquoted "
                + "field: put the whole field in quotes and double the quote");
    }

    @Test
    void reportsEveryErrorOfAFileAndOfARow() {
        ContractFixture f = fixture().rows(SourceFile.VERZUIM,
                "P0000001,2021-03-01,ongeoorloofd,16",
                "P0000001,2021-02-29,ziek,-1",
                "P0000003,2021-01-10,signaalverzuim,4",
                "short,2021-01-10,absoluut,");
        assertThat(errorsOf(f)).containsExactly(
                "verzuim.csv:3: column meldingsdatum: '2021-02-29' is not a valid date: expected yyyy-MM-dd",
                "verzuim.csv:3: column verzuimsoort: 'ziek' is not one of " + VERZUIM_CODES,
                "verzuim.csv:3: column uren: is negative: expected a non-negative whole number of hours",
                "verzuim.csv:5: column pseudoniem: " + FieldReader.BAD_PSEUDONYM);
    }

    @Test
    void listsAtMostFiftyErrorsPerFileAndCountsTheRest() {
        String[] rows = new String[60];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "P0000001,2021-03-01,ziek,1";
        }
        List<String> errors = errorsOf(fixture().rows(SourceFile.VERZUIM, rows));
        assertThat(errors).hasSize(51);
        assertThat(errors.get(0)).isEqualTo("verzuim.csv:2: column verzuimsoort: 'ziek' is not one of " + VERZUIM_CODES);
        assertThat(errors.get(49)).startsWith("verzuim.csv:51: column verzuimsoort:");
        assertThat(errors.get(50)).isEqualTo("verzuim.csv: ... and 10 more errors (only the first 50 are listed)");
    }

    @Test
    void honoursAnotherErrorLimit() {
        ContractFixture f = fixture().rows(SourceFile.VERZUIM, "P0000001,2021-03-01,ziek,1", "P0000001,2021-03-01,ziek,1");
        assertThatThrownBy(() -> Linker.read(f.dir(), LinkOptions.defaults().withMaxErrorsPerFile(1)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.errors()).extracting(InputError::toString)
                        .containsExactly("verzuim.csv:2: column verzuimsoort: 'ziek' is not one of " + VERZUIM_CODES,
                                "verzuim.csv: ... and 1 more error (only the first 1 are listed)"));
    }

    @Test
    void collectsTheErrorsOfAllFilesInContractOrder() {
        ContractFixture f = fixture()
                .line(SourceFile.VERHUIZINGEN, 2, "P0000003,2021-06-01,verhuisd")
                .line(SourceFile.PERSONEN, 4, "P0000002,2005-01,X,Azie,WK036301")
                .delete(SourceFile.SCHULDHULP)
                .line(SourceFile.VERZUIM, 2, "P0000001,2021-03-01,ongeoorloofd,veel");
        assertThat(errorsOf(f)).containsExactly(
                "personen.csv:4: column herkomst: 'Azie' is not one of Nederland, Europa, buiten Europa, onbekend",
                "verzuim.csv:2: column uren: is not a whole number: expected a non-negative whole number of hours",
                "schuldhulp.csv: missing file: not found in the input folder",
                "verhuizingen.csv:2: column verhuissoort: 'verhuisd' is not one of binnen gemeente, vestiging, vertrek, "
                        + "emigratie");
    }

    @Test
    void givesTheSameErrorsWithOneOrTwoReaderThreads() {
        ContractFixture f = fixture()
                .line(SourceFile.INSCHRIJVINGEN, 2, "P0000001,12AB,VMBO-KB,9,2020-08-01,2021-07-31")
                .line(SourceFile.JEUGDHULP, 2, "P0000001,met verblijf,2020-01-01,2020-06-30,gisteren");
        List<String> one = new ArrayList<>();
        List<String> two = new ArrayList<>();
        for (int threads : new int[] {1, 2}) {
            assertThatThrownBy(() -> Linker.read(f.dir(), LinkOptions.defaults().withThreads(threads)))
                    .isInstanceOfSatisfying(InputException.class, e -> (threads == 1 ? one : two)
                            .addAll(e.errors().stream().map(InputError::toString).toList()));
        }
        assertThat(one).hasSize(2).isEqualTo(two);
    }
}
