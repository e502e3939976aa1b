package nl.vroegsignaal.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;
import nl.vroegsignaal.core.Hashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkerTest {
    @TempDir
    Path dir;

    private static int day(String iso) {
        return (int) java.time.LocalDate.parse(iso).toEpochDay();
    }

    @Test
    void readsPersonsSortedByPseudonymWithProtectedAttributesApart() {
        LinkedData d = Linker.read(ContractFixture.valid(dir).dir());

        assertThat(d.persons().pseudonym()).containsExactly("P0000001", "P0000002", "P0000003");
        assertThat(d.persons().birthMonth()).containsExactly(Dates.monthIndex(2007, 11), Dates.monthIndex(2005, 1),
                Dates.monthIndex(2006, 5));
        assertThat(d.persons().wijkCodes()).containsExactly("WK036301", "WK036302");
        assertThat(d.persons().wijk()).containsExactly(1, 0, 0);
        assertThat(d.protectedAttributes().geslacht(0)).isEqualTo(Geslacht.M);
        assertThat(d.protectedAttributes().herkomst(0)).isEqualTo(Herkomst.BUITEN_EUROPA);
        assertThat(d.protectedAttributes().geslacht(2)).isEqualTo(Geslacht.V);
        assertThat(d.protectedAttributes().herkomst(1)).isEqualTo(Herkomst.EUROPA);
    }

    @Test
    void groupsEnrolmentsPerPersonSortedByBeginWithOpenEnd() {
        Enrolments e = Linker.read(ContractFixture.valid(dir).dir()).enrolments();

        assertThat(e.offsets()).containsExactly(0, 2, 3, 3);
        assertThat(e.begin()).containsExactly(day("2019-08-01"), day("2020-08-01"), day("2021-08-01"));
        assertThat(e.end()).containsExactly(day("2020-07-31"), day("2021-07-31"), Dates.OPEN);
        assertThat(e.leerjaar()).containsExactly(2, 3, 1);
        assertThat(e.soort(2)).isEqualTo(Onderwijssoort.MBO_2);
        assertThat(e.brinCodes().get(e.brin()[0])).isEqualTo("12AB");
        assertThat(e.brinCodes().get(e.brin()[2])).isEqualTo("99ZZ");
    }

    @Test
    void readsEveryEventFileIntoItsPersonsRows() {
        LinkedData d = Linker.read(ContractFixture.valid(dir).dir());

        Absences a = d.absences();
        assertThat(a.offsets()).containsExactly(0, 2, 2, 3);
        assertThat(a.date()).containsExactly(day("2020-11-15"), day("2021-03-01"), day("2021-01-10"));
        assertThat(a.soort(0)).isEqualTo(Verzuimsoort.LUXEVERZUIM);
        assertThat(a.hours()).containsExactly(Absences.NO_HOURS, 16, 4);

        assertThat(d.diplomas().offsets()).containsExactly(0, 0, 1, 1);
        assertThat(d.diplomas().soort(0)).isEqualTo(Diplomasoort.VMBO_GT);

        Spells b = d.benefits();
        assertThat(b.offsets()).containsExactly(0, 0, 0, 1);
        assertThat(b.begin()).containsExactly(day("2019-01-01"));
        assertThat(b.end()).containsExactly(Dates.OPEN);
        assertThat(b.registered()).containsExactly(day("2019-03-01"));

        Spells y = d.youthCare();
        assertThat(y.offsets()).containsExactly(0, 1, 1, 1);
        assertThat(y.kind()[0]).isEqualTo((byte) Jeugdhulpsoort.MET_VERBLIJF.ordinal());
        assertThat(y.registered()).as("registered before it began: accepted").containsExactly(day("2019-12-15"));

        assertThat(d.debtSupport().offsets()).containsExactly(0, 0, 1, 1);
        assertThat(d.debtSupport().end()).containsExactly(day("2020-12-31"));

        assertThat(d.moves().offsets()).containsExactly(0, 0, 0, 1);
        assertThat(d.moves().kind(0)).isEqualTo(Verhuissoort.VERTREK);
    }

    @Test
    void countsRowsWithAnUnknownPseudonymPerSourceAndLeavesThemOut() {
        LinkedData d = Linker.read(ContractFixture.valid(dir).dir());

        assertThat(d.counts().get(SourceFile.PERSONEN)).isEqualTo(new SourceCounts(3, 3, 0));
        assertThat(d.counts().get(SourceFile.INSCHRIJVINGEN)).isEqualTo(new SourceCounts(4, 3, 1));
        assertThat(d.counts().get(SourceFile.VERZUIM)).isEqualTo(new SourceCounts(5, 3, 2));
        assertThat(d.counts().get(SourceFile.DIPLOMAS)).isEqualTo(new SourceCounts(1, 1, 0));
        assertThat(d.counts().get(SourceFile.VERHUIZINGEN)).isEqualTo(new SourceCounts(1, 1, 0));
        assertThat(d.enrolments().size()).isEqualTo(3);
        assertThat(d.absences().size()).isEqualTo(3);
    }

    @Test
    void recordsTheSha256OfEveryInputFile() {
        ContractFixture f = ContractFixture.valid(dir);
        LinkedData d = Linker.read(f.dir());

        assertThat(d.inputHashes()).hasSize(8);
        for (SourceFile s : SourceFile.values()) {
            assertThat(d.inputHashes()).containsEntry(s.fileName(), Hashing.sha256(f.file(s)));
        }
    }

    @Test
    void givesTheSameResultWithOneOrTwoReaderThreads() {
        Path input = ContractFixture.valid(dir).dir();
        LinkedData one = Linker.read(input, LinkOptions.defaults().withThreads(1));
        LinkedData two = Linker.read(input, LinkOptions.defaults().withThreads(2));

        assertThat(two.persons().pseudonym()).containsExactly(one.persons().pseudonym());
        assertThat(two.enrolments().begin()).containsExactly(one.enrolments().begin());
        assertThat(two.absences().date()).containsExactly(one.absences().date());
        assertThat(two.counts()).isEqualTo(one.counts());
        assertThat(two.inputHashes()).isEqualTo(one.inputHashes());
    }

    @Test
    void readsRfc4180QuotedFieldsWithEscapedQuotesAndCommas() {
        ContractFixture f = ContractFixture.valid(dir)
                .text(SourceFile.JEUGDHULP, "\"pseudoniem\",jeugdhulpsoort,begindatum,einddatum,registratiedatum\n"
                        + "\"P0000001\",\"met verblijf\",2020-01-01,\"\",2019-12-15\n");
        Spells y = Linker.read(f.dir()).youthCare();

        assertThat(y.offsets()).containsExactly(0, 1, 1, 1);
        assertThat(y.end()).containsExactly(Dates.OPEN);
    }

    @Test
    void toleratesCrLfLineEnds() {
        ContractFixture f = ContractFixture.valid(dir);
        for (SourceFile s : SourceFile.values()) {
            f.text(s, String.join("\r\n", ContractFixture.VALID.get(s)) + "\r\n");
        }
        LinkedData d = Linker.read(f.dir());

        assertThat(d.persons().wijkCodes()).containsExactly("WK036301", "WK036302");
        assertThat(d.absences().hours()).containsExactly(Absences.NO_HOURS, 16, 4);
        assertThat(d.enrolments().end()).containsExactly(day("2020-07-31"), day("2021-07-31"), Dates.OPEN);
    }

    @Test
    void toleratesAByteOrderMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes((String.join("\n", ContractFixture.VALID.get(SourceFile.PERSONEN)) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        ContractFixture f = ContractFixture.valid(dir).bytes(SourceFile.PERSONEN, out.toByteArray());

        assertThat(Linker.read(f.dir()).persons().size()).isEqualTo(3);
    }

    @Test
    void acceptsACompleteLastLineWithoutALineEnd() {
        ContractFixture f = ContractFixture.valid(dir)
                .text(SourceFile.VERZUIM, String.join("\n", ContractFixture.VALID.get(SourceFile.VERZUIM)));

        assertThat(Linker.read(f.dir()).counts().get(SourceFile.VERZUIM).rowsRead()).isEqualTo(5);
    }

    @Test
    void acceptsAnEventFileWithOnlyAHeader() {
        ContractFixture f = ContractFixture.valid(dir).rows(SourceFile.SCHULDHULP);
        LinkedData d = Linker.read(f.dir());

        assertThat(d.debtSupport().size()).isZero();
        assertThat(d.debtSupport().offsets()).containsExactly(0, 0, 0, 0);
        assertThat(d.counts().get(SourceFile.SCHULDHULP)).isEqualTo(new SourceCounts(0, 0, 0));
    }

    @Test
    void acceptsAnEndDateOnTheBeginDate() {
        ContractFixture f = ContractFixture.valid(dir).rows(SourceFile.SCHULDHULP, "P0000002,2020-02-01,2020-02-01,2020-02-01");

        assertThat(Linker.read(f.dir()).debtSupport().end()).containsExactly(day("2020-02-01"));
    }

    @Test
    void readsAFileLargerThanTheReadBuffer() {
        // 60,000 rows of about 40 bytes: several refills of the 1 MiB buffer, with records cut at its edge.
        String[] rows = new String[60_000];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = "P000000" + (1 + i % 3) + ",2021-03-" + String.format("%02d", 1 + i % 28) + ",langdurig," + i % 40;
        }
        ContractFixture f = ContractFixture.valid(dir).rows(SourceFile.VERZUIM, rows);
        LinkedData d = Linker.read(f.dir());

        assertThat(d.absences().size()).isEqualTo(60_000);
        assertThat(d.absences().offsets()).containsExactly(0, 20_000, 40_000, 60_000);
        assertThat(d.inputHashes().get("verzuim.csv")).isEqualTo(Hashing.sha256(f.file(SourceFile.VERZUIM)));
    }

    @Test
    void linksEventsOnlyByExactPseudonym() {
        ContractFixture f = ContractFixture.valid(dir).rows(SourceFile.DIPLOMAS,
                "p0000001,2021-07-01,HAVO", "P00000010,2021-07-01,HAVO", "P0000001,2021-07-01,HAVO");
        LinkedData d = Linker.read(f.dir());

        assertThat(d.counts().get(SourceFile.DIPLOMAS)).isEqualTo(new SourceCounts(3, 1, 2));
        assertThat(d.diplomas().offsets()).containsExactly(0, 1, 1, 1);
        assertThat(List.of(d.diplomas().soort(0))).containsExactly(Diplomasoort.HAVO);
        assertThat(Map.copyOf(d.counts())).hasSize(8);
    }
}
