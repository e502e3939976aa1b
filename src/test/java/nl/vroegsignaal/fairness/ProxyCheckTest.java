package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Test;

class ProxyCheckTest {

    /** Features with planted relations to herkomst (ordinal 0..3) and pure noise; geslacht encoded by none. */
    static final class Planted {
        final FeatureMatrix matrix;
        final AuditAttributes attributes;

        Planted(long seed, int n) {
            SplittableRandom rnd = new SplittableRandom(seed);
            byte[] g = new byte[n];
            byte[] h = new byte[n];
            double[] herkomstPlusNoise = new double[n];
            double[] noise = new double[n];
            double[] binaryNoise = new double[n];
            double[] hours = new double[n];
            int[] wijk = new int[n];
            int[] noiseLevels = new int[n];
            for (int i = 0; i < n; i++) {
                g[i] = (byte) rnd.nextInt(2);
                h[i] = Cohorts.draw(rnd, new double[] {0.6, 0.15, 0.2, 0.05});
                herkomstPlusNoise[i] = h[i] + Cohorts.gaussian(rnd) * 0.6;
                noise[i] = Cohorts.gaussian(rnd);
                binaryNoise[i] = rnd.nextInt(2);
                hours[i] = rnd.nextDouble() < 0.8 ? 0 : Math.floor(rnd.nextDouble() * 40);
                // wijk: 20 neighbourhoods; buiten Europa lives mostly in the last five
                wijk[i] = h[i] == 2 && rnd.nextDouble() < 0.7 ? 15 + rnd.nextInt(5) : rnd.nextInt(20);
                noiseLevels[i] = rnd.nextInt(60);
            }
            List<FeatureColumn> columns = List.of(new FeatureColumn.Numeric(herkomstPlusNoise),
                    new FeatureColumn.Numeric(noise), new FeatureColumn.Numeric(binaryNoise),
                    new FeatureColumn.Numeric(hours), new FeatureColumn.Categorical(wijk, levels("WK", 20)),
                    new FeatureColumn.Categorical(noiseLevels, levels("L", 60)));
            FeatureCatalogue catalogue = new FeatureCatalogue("test", List.of(def("herkomst_plus_ruis",
                    FeatureKind.NUMERIC), def("ruis", FeatureKind.NUMERIC), def("ruis_binair", FeatureKind.BINARY),
                    def("verzuim_uren", FeatureKind.NUMERIC), def("wijk", FeatureKind.CATEGORICAL),
                    def("ruis_categorisch", FeatureKind.CATEGORICAL)));
            String[] pseudonym = new String[n];
            for (int i = 0; i < n; i++) {
                pseudonym[i] = String.format("P%09d", i / 2); // two peildata per person
            }
            matrix = new FeatureMatrix(catalogue, pseudonym, new int[n], new byte[n], columns, new int[n],
                    List.of("00AA"), new byte[n]);
            attributes = AuditAttributes.contract(g, h);
        }

        private static List<String> levels(String prefix, int k) {
            List<String> l = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                l.add(prefix + i);
            }
            return l;
        }

        private static FeatureDefinition def(String name, FeatureKind kind) {
            return new FeatureDefinition(name, "test", kind, "test", "test", "test", "test");
        }
    }

    @Test
    void namesAFeatureThatEncodesOriginAndNotPureNoise() {
        Planted p = new Planted(1, 20_000);
        ProxyReport report = ProxyCheck.run(p.matrix, p.attributes, ProxyOptions.defaults(1));
        assertThat(report.flagged()).containsExactly("herkomst_plus_ruis", "wijk");
        FeatureProxy planted = feature(report, "herkomst_plus_ruis");
        assertThat(planted.cramersV().get(ContractAttributes.HERKOMST)).isGreaterThan(0.5);
        assertThat(planted.cramersV().get(ContractAttributes.GESLACHT)).isLessThan(0.05);
        assertThat(planted.groupAucs()).filteredOn(a -> a.group().code().equals("onbekend"))
                .singleElement().satisfies(a -> assertThat(a.auc()).isGreaterThan(0.9));
        for (String noise : List.of("ruis", "ruis_binair", "verzuim_uren", "ruis_categorisch")) {
            FeatureProxy f = feature(report, noise);
            assertThat(f.flagged()).as(noise).isFalse();
            assertThat(f.strongestV()).as(noise).isLessThan(0.05);
            assertThat(f.groupAucs()).as(noise).allMatch(a -> a.auc() < 0.56);
        }
    }

    @Test
    void comparesEachMinorityGroupWithTheRest() {
        Planted p = new Planted(2, 4000);
        ProxyReport report = ProxyCheck.run(p.matrix, p.attributes, ProxyOptions.defaults(1));
        // geslacht: M and V about equal, the smaller of the two; herkomst: all but Nederland (onbekend ~200)
        assertThat(feature(report, "ruis").groupAucs()).extracting(a -> a.group().toString())
                .hasSize(4).contains("herkomst=Europa", "herkomst=buiten Europa", "herkomst=onbekend");
    }

    @Test
    void allFeaturesTogetherPredictOriginButNotSex() {
        Planted p = new Planted(3, 20_000);
        ProxyReport report = ProxyCheck.run(p.matrix, p.attributes, ProxyOptions.defaults(7));
        AttributePrediction herkomst = report.predictions().stream()
                .filter(x -> x.attribute().equals(ContractAttributes.HERKOMST)).findFirst().orElseThrow();
        AttributePrediction geslacht = report.predictions().stream()
                .filter(x -> x.attribute().equals(ContractAttributes.GESLACHT)).findFirst().orElseThrow();
        assertThat(herkomst.reference().code()).isEqualTo("Nederland");
        assertThat(herkomst.auc()).isGreaterThan(0.85);
        assertThat(geslacht.auc()).isBetween(0.45, 0.55);
        assertThat(herkomst.trainRows() + herkomst.testRows()).isEqualTo(20_000);
        assertThat((double) herkomst.testRows() / 20_000).isBetween(0.27, 0.33);
    }

    @Test
    void theSameSeedGivesTheSameReport() {
        Planted p = new Planted(4, 5000);
        ProxyReport a = ProxyCheck.run(p.matrix, p.attributes, ProxyOptions.defaults(9));
        ProxyReport b = ProxyCheck.run(p.matrix, p.attributes, ProxyOptions.defaults(9));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void refusesAttributesOfAnotherLength() {
        Planted p = new Planted(5, 100);
        assertThatThrownBy(() -> ProxyCheck.run(p.matrix, AuditAttributes.contract(new byte[99], new byte[99]),
                ProxyOptions.defaults(1)))
                .hasMessage("proxy check: the feature matrix has 100 rows but the attributes have 99");
    }

    @Test
    void refusesAThresholdOutsideItsRange() {
        assertThatThrownBy(() -> new ProxyOptions(1, 0.2, 0.4, 10, 100, 0.3))
                .hasMessage("aucThreshold: expected a value in (0.5, 1], got 0.4");
    }

    private static FeatureProxy feature(ProxyReport r, String name) {
        return r.features().stream().filter(f -> f.feature().equals(name)).findFirst().orElseThrow();
    }
}
