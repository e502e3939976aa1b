package nl.vroegsignaal.pseudonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import nl.vroegsignaal.contract.Pseudonyms;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.core.CsvDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPseudonymiserTest {
    @TempDir
    Path dir;

    private PseudonymKey key(String name) {
        PseudonymKey k = PseudonymKey.generate();
        k.writeNew(dir.resolve(name));
        return PseudonymKey.read(dir.resolve(name));
    }

    private Path export(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void theSameBsnGetsTheSamePseudonymInEverySourceUnderOneKeyAndAnotherUnderAnotherKey() throws IOException {
        String a = TestBsns.nth(1);
        String b = TestBsns.nth(2);
        PseudonymKey key = key("key");
        Path leerplicht = export("leerplicht.csv", "\uFEFFBurgerservicenummer;School\n" + a + ";01AB\n" + b + ";02CD\n");
        Path uitkering = export("uitkering.csv", "bsn,regeling\n" + b + ",bijstand\n");
        ExportPseudonymiser.run(key, leerplicht, CsvDialect.table(';'), List.of("Burgerservicenummer"),
                dir.resolve("l.csv"));
        ExportPseudonymiser.run(key, uitkering, CsvDialect.table(','), List.of("bsn"), dir.resolve("u.csv"));
        List<String> l = Files.readAllLines(dir.resolve("l.csv"));
        List<String> u = Files.readAllLines(dir.resolve("u.csv"));
        String pa = l.get(1).split(",")[0];
        String pb = l.get(2).split(",")[0];
        assertThat(l.get(0)).isEqualTo("Burgerservicenummer,School");
        assertThat(u.get(1).split(",")[0]).isEqualTo(pb);
        assertThat(pa).isNotEqualTo(pb).hasSize(KeyedPseudonym.LENGTH).matches("[A-Z2-7]+");
        assertThat(Pseudonyms.isWellFormed(pa)).isTrue();

        ExportPseudonymiser.run(key("other"), uitkering, CsvDialect.table(','), List.of("bsn"), dir.resolve("u2.csv"));
        assertThat(Files.readAllLines(dir.resolve("u2.csv")).get(1).split(",")[0]).isNotEqualTo(pb);
    }

    @Test
    void theOutputHoldsNoBsnNorTheKeyAndIsOwnerOnly() throws IOException {
        PseudonymKey key = key("key");
        String keyHex = Files.readString(dir.resolve("key")).strip();
        StringBuilder sb = new StringBuilder("bsn,uren\n");
        for (int i = 0; i < 500; i++) {
            sb.append(TestBsns.nth(i)).append(',').append(i % 40).append('\n');
        }
        Path out = dir.resolve("out.csv");
        ExportPseudonymiser.Result r = ExportPseudonymiser.run(key, export("e.csv", sb.toString()),
                CsvDialect.table(','), List.of("bsn"), out);
        assertThat(r.rows()).isEqualTo(500);
        String written = Files.readString(out);
        assertThat(written).doesNotContain(TestBsns.nth(0)).doesNotContain(keyHex).doesNotContain(r.keyId());
        assertThat(written.lines().skip(1).map(line -> line.split(",")[0]).distinct().count()).isEqualTo(500);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(keyHex).doesNotContain(r.keyId());
    }

    @Test
    void aBadBsnIsLocatedWithoutEchoingItAndNothingIsWritten() throws IOException {
        String bad = "123456789"; // fails the elfproef
        Path e = export("e.csv", "id;naam\n" + TestBsns.nth(3) + ";x\n" + bad + ";y\n12345;z\n");
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> ExportPseudonymiser.run(key("k"), e, CsvDialect.table(';'), List.of("id"), out))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(e + ":3: column id: not a valid BSN")
                .hasMessageContaining(e + ":4: column id: not a valid BSN")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain(bad).doesNotContain("12345;"));
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list()).allMatch(n -> !n.startsWith(".out.csv"));
    }

    @Test
    void aBsnInAnotherColumnIsRefusedSoThatNoBsnLeavesTheStewardsDesk() throws IOException {
        String parent = TestBsns.nth(7);
        Path e = export("e.csv", "kind,ouder\n" + TestBsns.nth(8) + "," + parent + "\n");
        assertThatThrownBy(() -> ExportPseudonymiser.run(key("k"), e, CsvDialect.table(','), List.of("kind"),
                dir.resolve("o.csv"))).hasMessageContaining(":2: column ouder: looks like a BSN")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain(parent));
        // named as a second BSN column it is pseudonymised instead
        ExportPseudonymiser.run(key("k2"), e, CsvDialect.table(','), List.of("kind", "ouder"), dir.resolve("o.csv"));
        assertThat(Files.readString(dir.resolve("o.csv"))).doesNotContain(parent);
    }

    @Test
    void neverOverwritesAndRefusesAnUnknownColumn() throws IOException {
        Path e = export("e.csv", "bsn\n" + TestBsns.nth(1) + "\n");
        Path existing = export("kept.csv", "the user's file\n");
        assertThatThrownBy(() -> ExportPseudonymiser.run(key("k"), e, CsvDialect.table(','), List.of("bsn"), existing))
                .hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("the user's file\n");
        assertThatThrownBy(() -> ExportPseudonymiser.run(key("k2"), e, CsvDialect.table(','), List.of("BSN"),
                dir.resolve("o.csv"))).hasMessageContaining("no column 'BSN'");
    }

    @Test
    void aKeyIsNeverOverwrittenAndOneThatOthersCanReadIsRefused() throws IOException {
        Path k = dir.resolve("key");
        PseudonymKey.generate().writeNew(k);
        String before = Files.readString(k);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(k))).isEqualTo("rw-------");
        assertThatThrownBy(() -> PseudonymKey.generate().writeNew(k)).hasMessageContaining("never overwritten");
        assertThat(Files.readString(k)).isEqualTo(before);
        assertThat(HexFormat.of().parseHex(before.strip())).hasSize(PseudonymKey.BYTES);

        Files.setPosixFilePermissions(k, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PseudonymKey.read(k)).hasMessageContaining("can be read by others");
        Path notAKey = export("notakey", "hello\n");
        Files.setPosixFilePermissions(notAKey, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> PseudonymKey.read(notAKey)).hasMessageContaining("not a key file")
                .satisfies(t -> assertThat(t.getMessage()).doesNotContain("hello"));
    }

    @Test
    void theKeyIdIsStableForAKeyAndDiffersBetweenKeys() {
        PseudonymKey a = key("a");
        assertThat(PseudonymKey.read(dir.resolve("a")).id()).isEqualTo(a.id()).hasSize(12);
        assertThat(key("b").id()).isNotEqualTo(a.id());
    }
}
