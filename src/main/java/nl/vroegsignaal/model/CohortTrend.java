package nl.vroegsignaal.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Precision at capacity of one model per cohort (peildatum), to show whether it holds up over time. Each
 * cohort resolves the capacity against its own rows and is resampled with the same seed.
 *
 * @param name   the model
 * @param points one per cohort, oldest first
 */
public record CohortTrend(String name, List<Point> points) {

    public CohortTrend {
        points = List.copyOf(points);
    }

    public record Point(LocalDate peildatum, int rows, int positives, int k, Estimate precision,
                        Estimate recall) {
    }

    public static CohortTrend of(String name, Map<LocalDate, EvaluationInput> cohorts, EvaluationOptions opt) {
        if (cohorts == null || cohorts.isEmpty()) {
            throw new IllegalArgumentException("cohort trend of '" + name + "': no cohorts given");
        }
        List<Point> points = new ArrayList<>();
        for (Map.Entry<LocalDate, EvaluationInput> e : new TreeMap<>(cohorts).entrySet()) {
            Evaluation ev = Evaluator.evaluate(e.getValue(), opt);
            CapacityEstimate c = ev.atCapacity();
            points.add(new Point(e.getKey(), ev.rows(), ev.positives(), c.point().k(), c.precision(), c.recall()));
        }
        return new CohortTrend(name, points);
    }
}
