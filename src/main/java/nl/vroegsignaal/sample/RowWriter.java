package nl.vroegsignaal.sample;

import java.nio.charset.StandardCharsets;
import nl.vroegsignaal.contract.Code;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;

/**
 * Writes one person's records as contract CSV rows, applying what the export can show: nothing known on or
 * after the extraction date, absence and moves from 2016 on, and ends after the extraction date left empty
 * ("still running"). No value needs quoting: codes hold letters, digits, '-' and spaces only.
 */
final class RowWriter {
    /** Index of the truth file in a block's sinks, after the eight contract files in {@link SourceFile} order. */
    static final int TRUTH = SourceFile.values().length;
    static final int FILES = TRUTH + 1;
    static final String TRUTH_HEADER = "pseudoniem,peildatum,kans";

    private static final byte[][] SOORT = codes(Onderwijssoort.values());
    private static final byte[][] DIPLOMA = codes(Diplomasoort.values());
    private static final byte[][] VERZUIM = codes(Verzuimsoort.values());
    private static final byte[][] REGELING = codes(Regeling.values());
    private static final byte[][] ZORG = codes(Jeugdhulpsoort.values());
    private static final byte[][] VERHUIS = codes(Verhuissoort.values());
    private static final byte[][] GESLACHT = codes(Geslacht.values());
    private static final byte[][] HERKOMST = codes(Herkomst.values());
    private static final byte[][] PEIL = new byte[Days.LAST_PEIL_YEAR + 1][];

    static {
        for (int y = Days.FIRST_PEIL_YEAR; y <= Days.LAST_PEIL_YEAR; y++) {
            PEIL[y] = Days.text(Days.peil(y));
        }
    }

    private final World world;
    private final PseudonymCodec codec;
    private final byte[] pseudonym = new byte[PseudonymCodec.LENGTH];

    RowWriter(World world, PseudonymCodec codec) {
        this.world = world;
        this.codec = codec;
    }

    void write(Person p, PersonRecords r, ByteSink[] out) {
        codec.write(p.index, pseudonym, 0);
        ByteSink s = start(out[SourceFile.PERSONEN.ordinal()]);
        s.putInt(p.birthYear);
        s.put((byte) '-');
        s.put((byte) ('0' + p.birthMonth / 10));
        s.put((byte) ('0' + p.birthMonth % 10));
        sep(s).put(GESLACHT[p.geslacht.ordinal()]);
        sep(s).put(HERKOMST[p.herkomst.ordinal()]);
        sep(s).put(world.wijkCode[p.wijk]);
        s.endRow();

        PersonRecords.Enrolments e = r.enrolments;
        for (int i = 0; i < e.n; i++) {
            if (e.begin[i] < Days.EXTRACTION) {
                s = start(out[SourceFile.INSCHRIJVINGEN.ordinal()]);
                s.put(world.brin[e.brin[i]]);
                sep(s).put(SOORT[e.soort[i]]);
                sep(s).putInt(e.leerjaar[i]);
                sep(s).put(Days.text(e.begin[i]));
                end(sep(s), e.end[i]);
                s.endRow();
            }
        }
        PersonRecords.Diplomas d = r.diplomas;
        for (int i = 0; i < d.n; i++) {
            if (d.date[i] < Days.EXTRACTION) {
                s = start(out[SourceFile.DIPLOMAS.ordinal()]);
                s.put(Days.text(d.date[i]));
                sep(s).put(DIPLOMA[d.soort[i]]);
                s.endRow();
            }
        }
        PersonRecords.Absences a = r.absences;
        for (int i = 0; i < a.n; i++) {
            if (a.date[i] >= Days.WRITTEN_FROM && a.date[i] < Days.EXTRACTION) {
                s = start(out[SourceFile.VERZUIM.ordinal()]);
                s.put(Days.text(a.date[i]));
                sep(s).put(VERZUIM[a.soort[i]]);
                sep(s);
                if (a.uren[i] >= 0) {
                    s.putInt(a.uren[i]);
                }
                s.endRow();
            }
        }
        spells(r.benefits, REGELING, out[SourceFile.UITKERINGEN.ordinal()]);
        spells(r.youthCare, ZORG, out[SourceFile.JEUGDHULP.ordinal()]);
        spells(r.debtSupport, null, out[SourceFile.SCHULDHULP.ordinal()]);
        PersonRecords.Moves m = r.moves;
        for (int i = 0; i < m.n; i++) {
            if (m.date[i] >= Days.WRITTEN_FROM && m.date[i] < Days.EXTRACTION) {
                s = start(out[SourceFile.VERHUIZINGEN.ordinal()]);
                s.put(Days.text(m.date[i]));
                sep(s).put(VERHUIS[m.kind[i]]);
                s.endRow();
            }
        }
        PersonRecords.Truth t = r.truth;
        for (int i = 0; i < t.n; i++) {
            s = start(out[TRUTH]);
            s.put(PEIL[t.year[i]]);
            sep(s);
            probability(s, t.probability[i]);
            s.endRow();
        }
    }

    private void spells(PersonRecords.Spells sp, byte[][] kinds, ByteSink sink) {
        for (int i = 0; i < sp.n; i++) {
            if (sp.registered[i] < Days.EXTRACTION) {
                ByteSink s = start(sink);
                if (kinds != null) {
                    s.put(kinds[sp.kind[i]]);
                    sep(s);
                }
                s.put(Days.text(sp.begin[i]));
                end(sep(s), sp.end[i]);
                sep(s).put(Days.text(sp.registered[i]));
                s.endRow();
            }
        }
    }

    /** The probability with six decimals and a '.' (rounded half up; never scientific notation). */
    static void probability(ByteSink s, double p) {
        long micro = Math.round(p * 1_000_000d);
        s.putInt((int) (micro / 1_000_000));
        s.put((byte) '.');
        int frac = (int) (micro % 1_000_000);
        for (int div = 100_000; div >= 1; div /= 10) {
            s.put((byte) ('0' + frac / div % 10));
        }
    }

    private ByteSink start(ByteSink s) {
        s.put(pseudonym);
        return sep(s);
    }

    private static ByteSink sep(ByteSink s) {
        s.put((byte) ',');
        return s;
    }

    private static void end(ByteSink s, int day) {
        if (day != Days.OPEN && day < Days.EXTRACTION) {
            s.put(Days.text(day));
        }
    }

    private static byte[][] codes(Code[] values) {
        byte[][] out = new byte[values.length][];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].code().getBytes(StandardCharsets.UTF_8);
        }
        return out;
    }
}
