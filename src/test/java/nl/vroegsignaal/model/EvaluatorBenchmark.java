package nl.vroegsignaal.model;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Speed of the bootstrap: n = 20,000 rows, 1000 resamples. Target: well under 2 s per candidate on one core.
 * Run: {@code mvn -B -o -Pbenchmark test -Dtest=EvaluatorBenchmark -Dbench.heap=1g}
 */
@Tag("benchmark")
class EvaluatorBenchmark {

    @Test
    void bootstrapOfTwentyThousandRowsWithAThousandResamples() {
        SyntheticCohort cohort = SyntheticCohort.draw(1, 20_000);
        EvaluationOptions opt = EvaluationOptions.of(Capacity.ofCount(400), 1);
        Evaluator.evaluate(cohort.modelInput(), opt); // warm-up
        long t0 = System.nanoTime();
        Evaluation e = Evaluator.evaluate(cohort.modelInput(), opt);
        double single = (System.nanoTime() - t0) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "one candidate: %.3f s (AUC %.4f [%.4f, %.4f])%n", single,
                e.aucRoc().value(), e.aucRoc().lower(), e.aucRoc().upper());

        List<EvaluationInput> candidates = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            SyntheticCohort noisy = SyntheticCohort.draw(1, 20_000);
            candidates.add(new EvaluationInput("candidate " + c, noisy.model(), cohort.label(), cohort.sector()));
        }
        long t1 = System.nanoTime();
        Evaluator.evaluatePaired(candidates, cohort.oracleInput(), opt);
        double paired = (System.nanoTime() - t1) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "4 candidates + oracle, paired: %.3f s (%.3f s per list)%n",
                paired, paired / 5);
    }
}
