package nl.vroegsignaal.fairness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of the fairness stage at the sizes of a large city. Run on demand:
 * {@code mvn -B -o -Pbenchmark test -Dtest=FairnessBenchmark -Dbench.heap=3g}.
 * Targets: audit of 20k rows with 1000 resamples over 4 + 4 + 16 groups in a few seconds; proxy check of
 * 100k rows x 30 features under about 20 s.
 */
@Tag("benchmark")
class FairnessBenchmark {

    @Test
    void auditOfTwentyThousandRowsWithAThousandResamples() {
        AuditAttributes attrs = Cohorts.attributes(1, 20_000, new double[] {0.48, 0.48, 0.03, 0.01},
                new double[] {0.6, 0.12, 0.25, 0.03});
        AuditInput in = Cohorts.calibrated(1, attrs, -3.2, new double[] {0, 0.3, 0.7, 0.2}, 800);
        AuditOptions opt = AuditOptions.defaults(1);
        FairnessAuditor.audit(in, opt); // warm-up
        long t0 = System.nanoTime();
        FairnessAudit audit = FairnessAuditor.audit(in, opt);
        long t1 = System.nanoTime();
        ListComposition list = FairnessAuditor.listComposition(new ListInput(in.selected(), attrs),
                GroupBaseRates.from(audit), opt);
        long t2 = System.nanoTime();
        System.out.printf("audit: 20000 rows, 1000 resamples, %d groups, %d comparisons: %.2f s%n",
                audit.attributes().stream().mapToInt(a -> a.groups().size()).sum(), audit.comparisons().made(),
                (t1 - t0) / 1e9);
        System.out.printf("list composition: 20000 rows, 1000 resamples: %.2f s%n", (t2 - t1) / 1e9);
        assertThat(list.attributes()).hasSize(3);
    }

    @Test
    void proxyCheckOfAHundredThousandRowsAndThirtyFeatures() {
        int n = 100_000;
        SplittableRandom rnd = new SplittableRandom(2);
        byte[] g = new byte[n];
        byte[] h = new byte[n];
        for (int i = 0; i < n; i++) {
            g[i] = Cohorts.draw(rnd, new double[] {0.49, 0.49, 0.015, 0.005});
            h[i] = Cohorts.draw(rnd, new double[] {0.6, 0.12, 0.25, 0.03});
        }
        List<FeatureColumn> columns = new ArrayList<>();
        List<FeatureDefinition> defs = new ArrayList<>();
        for (int f = 0; f < 28; f++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                double base = f % 3 == 0 ? rnd.nextInt(2) : f % 3 == 1 ? Cohorts.gaussian(rnd)
                        : (rnd.nextDouble() < 0.7 ? 0 : Math.floor(rnd.nextDouble() * 50));
                v[i] = base + (f < 4 ? 0.3 * h[i] : 0);
            }
            columns.add(new FeatureColumn.Numeric(v));
            defs.add(def("f" + f, f % 3 == 0 ? FeatureKind.BINARY : FeatureKind.NUMERIC));
        }
        int[] wijk = new int[n];
        int[] soort = new int[n];
        List<String> wijken = new ArrayList<>();
        for (int w = 0; w < 120; w++) {
            wijken.add(String.format("WK0363%02d", w));
        }
        for (int i = 0; i < n; i++) {
            wijk[i] = h[i] == 2 && rnd.nextDouble() < 0.5 ? rnd.nextInt(20) : rnd.nextInt(120);
            soort[i] = rnd.nextInt(13);
        }
        columns.add(new FeatureColumn.Categorical(wijk, wijken));
        defs.add(def("wijk", FeatureKind.CATEGORICAL));
        columns.add(new FeatureColumn.Categorical(soort, List.of("PRO", "VSO", "VMBO-BB", "VMBO-KB", "VMBO-GT",
                "HAVO", "VWO", "VAVO", "MBO-1", "MBO-2", "MBO-3", "MBO-4", "HO")));
        defs.add(def("onderwijssoort", FeatureKind.CATEGORICAL));
        String[] pseudonym = new String[n];
        for (int i = 0; i < n; i++) {
            pseudonym[i] = String.format("P%09d", i / 2);
        }
        FeatureMatrix m = new FeatureMatrix(new FeatureCatalogue("bench", defs), pseudonym, new int[n], new byte[n],
                columns, new int[n], List.of("00AA"), new byte[n]);
        AuditAttributes attrs = AuditAttributes.contract(g, h);
        long t0 = System.nanoTime();
        ProxyReport report = ProxyCheck.run(m, attrs, ProxyOptions.defaults(1));
        long t1 = System.nanoTime();
        System.out.printf("proxy check: %d rows x %d features: %.2f s; flagged %s; model AUCs %s%n", n,
                columns.size(), (t1 - t0) / 1e9, report.flagged(), report.predictions().stream()
                        .map(p -> p.attribute().key() + "=" + String.format("%.3f", p.auc())).toList());
        assertThat(report.features()).hasSize(30);
    }

    private static FeatureDefinition def(String name, FeatureKind kind) {
        return new FeatureDefinition(name, "bench", kind, "bench", "bench", "bench", "bench");
    }
}
