package nl.vroegsignaal.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.vroegsignaal.contract.Peildatum;
import nl.vroegsignaal.features.ContractRowArbitraries.Row;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.testdata.ContractRecords;

/**
 * The leakage rules, proven by adding arbitrary records of every source: records known on or after P leave
 * every feature at P unchanged, and records dated after P + 1 year leave every label at P unchanged.
 */
class LeakagePropertiesTest {
    /** A fixed horizon after every generated date, so that added records cannot move it. */
    private static final LocalDate HORIZON = LocalDate.of(2031, 1, 1);
    private static final Timeline TIMELINE = new Timeline(HORIZON, false, allPeildata());

    /** A world, a peildatum P, and the same world with extra rows. */
    record Scenario(ContractRecords base, ContractRecords extended, LocalDate peildatum) {
        @Override
        public String toString() {
            return "P=" + peildatum + " base=" + base.rowCounts() + " extra=" + extended.rowCounts();
        }
    }

    @Property(tries = 400)
    void recordsKnownOnOrAfterPeildatumLeaveFeaturesAtPeildatumUnchanged(@ForAll("knownLater") Scenario s) {
        LinkedData base = s.base().toLinkedData();
        LinkedData extended = s.extended().toLinkedData();
        for (String person : ContractRowArbitraries.PERSONS) {
            assertThat(Fixtures.featuresAt(extended, person, s.peildatum()))
                    .as(person).containsExactly(Fixtures.featuresAt(base, person, s.peildatum()));
        }
        // Through the whole stage: every row both results share at P or earlier has the same features.
        Map<String, double[]> before = rowsUpTo(FeatureBuilder.build(base, TIMELINE), s.peildatum());
        Map<String, double[]> after = rowsUpTo(FeatureBuilder.build(extended, TIMELINE), s.peildatum());
        before.keySet().retainAll(after.keySet());
        before.forEach((key, values) -> assertThat(after.get(key)).as(key).containsExactly(values));
    }

    @Property(tries = 400)
    void recordsAfterOneYearPastPeildatumLeaveLabelsUnchanged(@ForAll("afterTheYear") Scenario s) {
        LinkedData base = s.base().toLinkedData();
        LinkedData extended = s.extended().toLinkedData();
        PeildatumDays at = PeildatumDays.of(s.peildatum());
        int horizon = (int) HORIZON.toEpochDay();
        for (int p = 0; p < base.persons().size(); p++) {
            assertThat(Labels.outcome(extended, p, at, horizon)).isEqualTo(Labels.outcome(base, p, at, horizon));
            // population membership at P uses nothing after P either
            assertThat(Population.isMember(extended, p, at)).isEqualTo(Population.isMember(base, p, at));
        }
        Map<String, Byte> before = labelsUpTo(FeatureBuilder.build(base, TIMELINE), s.peildatum());
        Map<String, Byte> after = labelsUpTo(FeatureBuilder.build(extended, TIMELINE), s.peildatum());
        assertThat(after).isEqualTo(before);
    }

    @Property(tries = 150)
    void theOrderOfInputRowsChangesNothing(@ForAll("knownLater") Scenario s, @ForAll long seed) {
        ContractRecords shuffled = s.extended().shuffled(new Random(seed));
        FeatureSet a = FeatureBuilder.build(s.extended().toLinkedData(), TIMELINE);
        FeatureSet b = FeatureBuilder.build(shuffled.toLinkedData(), TIMELINE);
        assertThat(a.cohorts()).isEqualTo(b.cohorts());
        assertThat(b.matrix().pseudonym()).containsExactly(a.matrix().pseudonym());
        assertThat(b.matrix().label()).containsExactly(a.matrix().label());
        for (int r = 0; r < a.matrix().rows(); r++) {
            assertThat(row(b.matrix(), r)).containsExactly(row(a.matrix(), r));
            assertThat(b.matrix().schoolCodes().get(b.matrix().school()[r]))
                    .isEqualTo(a.matrix().schoolCodes().get(a.matrix().school()[r]));
        }
    }

    @Provide
    Arbitrary<Scenario> knownLater() {
        return peildata().flatMap(p -> Combinators.combine(world(p),
                        ContractRowArbitraries.rowsKnownBetween(p, ContractRowArbitraries.LAST, p).list().ofMaxSize(12))
                .as((world, extra) -> scenario(world, extra, p)));
    }

    @Provide
    Arbitrary<Scenario> afterTheYear() {
        return peildata().flatMap(p -> Combinators.combine(world(p),
                        ContractRowArbitraries.rowsAllAfter(Peildatum.horizon(p)).list().ofMaxSize(12))
                .as((world, extra) -> scenario(world, extra, p)));
    }

    private static Arbitrary<LocalDate> peildata() {
        return Arbitraries.integers().between(2014, 2028).map(Peildatum::of);
    }

    /** Four persons and up to 30 rows of any source and any date, weighted around P and P + 1 year. */
    private static Arbitrary<ContractRecords> world(LocalDate p) {
        return Combinators.combine(ContractRowArbitraries.persons(),
                ContractRowArbitraries.rowsKnownBetween(ContractRowArbitraries.FIRST, ContractRowArbitraries.LAST,
                        p, Peildatum.horizon(p), p.minusYears(3), p.minusYears(1), p.minusMonths(3)).list().ofMaxSize(30))
                .as((persons, rows) -> {
                    rows.forEach(r -> r.addTo(persons));
                    return persons;
                });
    }

    private static Scenario scenario(ContractRecords world, List<Row> extra, LocalDate p) {
        ContractRecords extended = world.copy();
        extra.forEach(r -> r.addTo(extended));
        return new Scenario(world, extended, p);
    }

    private static List<LocalDate> allPeildata() {
        List<LocalDate> out = new ArrayList<>();
        for (int y = 2012; y <= 2029; y++) {
            out.add(Peildatum.of(y));
        }
        return out;
    }

    private static Map<String, double[]> rowsUpTo(FeatureSet set, LocalDate p) {
        Map<String, double[]> out = new HashMap<>();
        FeatureMatrix m = set.matrix();
        for (int r = 0; r < m.rows(); r++) {
            if (m.peildatum()[r] <= p.toEpochDay()) {
                out.put(m.pseudonym()[r] + "@" + LocalDate.ofEpochDay(m.peildatum()[r]), row(m, r));
            }
        }
        return out;
    }

    private static Map<String, Byte> labelsUpTo(FeatureSet set, LocalDate p) {
        Map<String, Byte> out = new HashMap<>();
        FeatureMatrix m = set.matrix();
        for (int r = 0; r < m.rows(); r++) {
            if (m.peildatum()[r] <= p.toEpochDay()) {
                out.put(m.pseudonym()[r] + "@" + LocalDate.ofEpochDay(m.peildatum()[r]), m.label()[r]);
            }
        }
        return out;
    }

    /** One matrix row as numbers; categorical columns as their level index. */
    private static double[] row(FeatureMatrix m, int r) {
        double[] out = new double[m.columns().size()];
        for (int c = 0; c < out.length; c++) {
            FeatureColumn col = m.columns().get(c);
            out[c] = col instanceof FeatureColumn.Numeric n ? n.values()[r]
                    : ((FeatureColumn.Categorical) col).codes()[r];
        }
        return out;
    }
}
