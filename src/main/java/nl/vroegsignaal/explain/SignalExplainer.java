package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * The explain stage's entry point: from a scored population at one peildatum to the explained signal list.
 * <ol>
 * <li>Select the top K by calibrated risk ({@link SignalRanking}: ties by score, then pseudonym).</li>
 * <li>Encode those K rows, check that the model scores them exactly as the given scores say (so the reasons
 * explain the ranking that was made), and compute exact contributions ({@link ContributionEngines}).</li>
 * <li>Check that base plus contributions give the model's log-odds for every person on the list.</li>
 * <li>Group by family and state up to three reasons per person ({@link ReasonSelector}).</li>
 * </ol>
 * Only the K persons on the list are explained: explanations of others would never be shown.
 */
public final class SignalExplainer {
    /** How far the given score may be from the model's own P("1") (float models agree exactly in practice). */
    private static final double SCORE_TOLERANCE = 1e-6;
    /** How far base plus contributions may be from the model's log-odds, relative to max(1, |log-odds|). */
    private static final double SUM_TOLERANCE = 1e-4;

    private SignalExplainer() {
    }

    public static SignalList explain(SignalInput input, SignalSettings settings) {
        FeatureMatrix matrix = input.matrix();
        String[] pseudonyms = new String[input.rows().length];
        for (int i = 0; i < pseudonyms.length; i++) {
            pseudonyms[i] = matrix.pseudonym()[input.rows()[i]];
        }
        int[] top = SignalRanking.top(input.risk(), input.score(), pseudonyms, settings.capacity());
        int[] topRows = Arrays.stream(top).map(i -> input.rows()[i]).toArray();

        List<Example<Label>> examples = input.examples().examples(matrix, topRows);
        List<Prediction<Label>> predictions = input.model().predict(examples);
        double[] topScores = Arrays.stream(top).mapToDouble(i -> input.score()[i]).toArray();
        checkScores(predictions, topScores);
        Contributions contributions = ContributionEngines.forModel(input.model()).explain(input.model(), examples);
        checkExact(contributions, predictions);

        FamilyGrouping grouping = new FamilyGrouping(matrix.catalogue(), contributions.featureNames());
        ReasonSelector selector = new ReasonSelector(grouping, ReasonTexts.standard());
        PersonValues.Reader values = PersonValues.of(matrix);
        List<Signal> signals = new ArrayList<>(top.length);
        double riskSum = 0;
        for (int k = 0; k < top.length; k++) {
            double risk = input.risk()[top[k]];
            riskSum += risk;
            signals.add(new Signal(k + 1, pseudonyms[top[k]], risk,
                    selector.reasons(contributions, k, values.row(topRows[k]))));
        }
        boolean evaluated = settings.evaluatedPrecision().isPresent();
        double precision = evaluated ? settings.evaluatedPrecision().getAsDouble()
                : top.length == 0 ? 0 : riskSum / top.length;
        Map<String, String> provenance = new HashMap<>(settings.provenance());
        provenance.putIfAbsent("catalogue.version", matrix.catalogue().version());
        return new SignalList(settings.peildatum(), top.length, input.rows().length, settings.modelName(),
                ContributionEngines.modelTypeNl(input.model()), precision,
                evaluated ? SignalList.PrecisionBasis.EVALUATION : SignalList.PrecisionBasis.MEAN_CALIBRATED_RISK,
                dataSources(grouping), grouping.modelFamilies(), provenance, signals);
    }

    /** The matrix rows whose peildatum is the given date. */
    public static int[] rowsAt(FeatureMatrix matrix, LocalDate peildatum) {
        int day = (int) peildatum.toEpochDay();
        return IntStream.range(0, matrix.rows()).filter(r -> matrix.peildatum()[r] == day).toArray();
    }

    /**
     * Per entry of {@code rows}, whether that person is on the list: the fairness audit's view of the list
     * (fairness.ListInput), which needs no pseudonyms.
     */
    public static boolean[] onList(SignalList list, FeatureMatrix matrix, int[] rows) {
        Set<String> listed = new HashSet<>();
        for (Signal s : list.signals()) {
            listed.add(s.pseudonym());
        }
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = listed.contains(matrix.pseudonym()[rows[i]]);
        }
        return out;
    }

    /** The latest peildatum in the matrix: the default date of a signal list. */
    public static LocalDate latestPeildatum(FeatureMatrix matrix) {
        int latest = Arrays.stream(matrix.peildatum()).max()
                .orElseThrow(() -> new IllegalArgumentException("the feature matrix has no rows"));
        return LocalDate.ofEpochDay(latest);
    }

    private static void checkScores(List<Prediction<Label>> predictions, double[] scores) {
        for (int k = 0; k < scores.length; k++) {
            double own = BinaryLabels.probability(predictions.get(k));
            if (!(Math.abs(own - scores[k]) <= SCORE_TOLERANCE)) {
                throw new IllegalStateException("the score of rank " + (k + 1) + " is " + scores[k]
                        + " but the model gives " + own + " for its example: scoring and explaining must use the "
                        + "same model and the same encoding");
            }
        }
    }

    private static void checkExact(Contributions contributions, List<Prediction<Label>> predictions) {
        for (int k = 0; k < contributions.rows(); k++) {
            double target = BinaryLabels.logOdds(predictions.get(k));
            if (Double.isInfinite(target)) {
                continue; // a probability of exactly 0 or 1 (float saturation) has no finite log-odds to match
            }
            double sum = contributions.logOdds(k);
            if (!(Math.abs(sum - target) <= SUM_TOLERANCE * Math.max(1, Math.abs(target)))) {
                throw new IllegalStateException("the explanation of rank " + (k + 1) + " adds up to " + sum
                        + " but the model's log-odds is " + target);
            }
        }
    }

    private static List<String> dataSources(FamilyGrouping grouping) {
        TreeSet<String> sources = new TreeSet<>();
        for (FeatureDefinition def : grouping.modelFeatures()) {
            for (String s : def.source().split(",")) {
                if (!s.isBlank()) {
                    sources.add(s.strip());
                }
            }
        }
        return List.copyOf(sources);
    }
}
