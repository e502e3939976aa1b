package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
 * The explain stage's entry point: from a scored population at one peildatum to the explained signal lists
 * (leerplicht, RMC, and one per configured school).
 * <ol>
 * <li>Select the persons of the leerplicht and the RMC list by calibrated risk ({@link Selection}, ties as in
 * {@link SignalRanking}: by score, then pseudonym).</li>
 * <li>Encode those K rows, check that the model scores them exactly as the given scores say (so the reasons
 * explain the ranking that was made), and compute exact contributions ({@link ContributionEngines}).</li>
 * <li>Check that base plus contributions give the model's log-odds for every person on the list.</li>
 * <li>Group by reason topic and state up to three reasons per person, leaving out what the list may not show
 * ({@link ReasonSelector}); age, school and level go beside the person as context ({@link PersonContext}).</li>
 * </ol>
 * Only the persons on a list are explained: explanations of others would never be shown.
 */
public final class SignalExplainer {
    /** How far the given score may be from the model's own P("1") (float models agree exactly in practice). */
    private static final double SCORE_TOLERANCE = 1e-6;
    /** How far base plus contributions may be from the model's log-odds, relative to max(1, |log-odds|). */
    private static final double SUM_TOLERANCE = 1e-4;

    private SignalExplainer() {
    }

    public static SignalLists explain(SignalInput input, SignalSettings settings) {
        FeatureMatrix matrix = input.matrix();
        int n = input.rows().length;
        PersonValues.Reader values = PersonValues.of(matrix);
        String[] pseudonyms = new String[n];
        PersonContext[] contexts = new PersonContext[n];
        AgeBand[] bands = new AgeBand[n];
        for (int i = 0; i < n; i++) {
            int row = input.rows()[i];
            pseudonyms[i] = matrix.pseudonym()[row];
            contexts[i] = PersonContext.of(matrix, values, row);
            bands[i] = contexts[i].band();
        }
        Map<AgeBand, int[]> chosen = settings.selection().select(input.risk(), input.score(), pseudonyms, bands);
        List<RandomStream.Draw> draws = new ArrayList<>();
        if (settings.randomStream().isPresent()) {
            chosen = withRandomStream(settings.randomStream().get(), chosen, input, pseudonyms, bands,
                    settings.peildatum(), draws);
        }
        // Explain everyone chosen in one go, in order of position (any fixed order will do).
        int[] top = chosen.values().stream().flatMapToInt(Arrays::stream).sorted().toArray();
        int[] topRows = Arrays.stream(top).map(i -> input.rows()[i]).toArray();
        List<Example<Label>> examples = input.examples().examples(matrix, topRows);
        List<Prediction<Label>> predictions = input.model().predict(examples);
        double[] topScores = Arrays.stream(top).mapToDouble(i -> input.score()[i]).toArray();
        checkScores(predictions, topScores);
        Contributions contributions = ContributionEngines.forModel(input.model()).explain(input.model(), examples);
        checkExact(contributions, predictions);
        Map<Integer, Integer> explained = new HashMap<>();
        for (int k = 0; k < top.length; k++) {
            explained.put(top[k], k);
        }

        FamilyGrouping grouping = new FamilyGrouping(matrix.catalogue(), contributions.featureNames());
        ReasonSelector selector = new ReasonSelector(grouping, ReasonTexts.standard());
        ListFrame frame = new ListFrame(settings, grouping, ContributionEngines.modelTypeNl(input.model()),
                matrix.catalogue().version());
        List<SignalList> lists = new ArrayList<>();
        Map<AgeBand, List<Integer>> onBandList = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            int[] positions = chosen.get(band);
            Set<String> hidden = settings.hiddenOn(band);
            List<Signal> signals = new ArrayList<>();
            for (int j = 0; j < positions.length; j++) {
                int i = positions[j];
                signals.add(signal(j + 1, i, input, pseudonyms, contexts, selector, contributions,
                        explained.get(i), values, hidden, settings.known()));
            }
            onBandList.put(band, Arrays.stream(positions).boxed().toList());
            int population = (int) Arrays.stream(bands).filter(b -> b == band).count();
            lists.add(frame.list(band.key(), band.nameNl(), population, settings.precisionOf(band), hidden,
                    signals));
        }
        for (String brin : settings.schools()) {
            // the school's persons of both lists, by risk; the school's reader sees what either list hides
            Set<String> hidden = new TreeSet<>();
            for (AgeBand b : AgeBand.values()) {
                hidden.addAll(settings.hiddenOn(b));
            }
            List<Integer> positions = new ArrayList<>();
            onBandList.values().forEach(l -> l.stream().filter(i -> contexts[i].brin().equals(brin))
                    .forEach(positions::add));
            positions.sort(Comparator.<Integer>comparingDouble(i -> -input.risk()[i])
                    .thenComparingDouble(i -> -input.score()[i]).thenComparing(i -> pseudonyms[i]));
            List<Signal> signals = new ArrayList<>();
            for (int j = 0; j < positions.size(); j++) {
                int i = positions.get(j);
                signals.add(signal(j + 1, i, input, pseudonyms, contexts, selector, contributions,
                        explained.get(i), values, hidden, settings.known()));
            }
            int population = (int) Arrays.stream(contexts).filter(c -> c.brin().equals(brin)).count();
            lists.add(frame.list("school-" + brin, "School " + brin, population, java.util.OptionalDouble.empty(),
                    hidden, signals));
        }
        return new SignalLists(lists, draws);
    }

    /**
     * Each band's list with the random stream's places: the top of the band by risk, and the rest drawn from the strip
     * just below ({@link RandomStream}); each list keeps its capacity.
     */
    private static Map<AgeBand, int[]> withRandomStream(RandomStream stream, Map<AgeBand, int[]> chosen,
                                                        SignalInput input, String[] pseudonyms, AgeBand[] bands,
                                                        LocalDate peildatum, List<RandomStream.Draw> draws) {
        Map<AgeBand, int[]> out = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            int capacity = chosen.get(band).length;
            int[] in = IntStream.range(0, bands.length).filter(i -> bands[i] == band).toArray();
            double[] r = Arrays.stream(in).mapToDouble(i -> input.risk()[i]).toArray();
            double[] sc = Arrays.stream(in).mapToDouble(i -> input.score()[i]).toArray();
            String[] ps = Arrays.stream(in).mapToObj(i -> pseudonyms[i]).toArray(String[]::new);
            int need = capacity + (int) Math.ceil(stream.pool() * capacity) + 1;
            int[] ranked = Arrays.stream(SignalRanking.top(r, sc, ps, need)).map(j -> in[j]).toArray();
            RandomStream.Chosen c = stream.choose(ranked, capacity, band.key(), peildatum, band, pseudonyms);
            out.put(band, c.positions());
            if (c.draw() != null) {
                draws.add(c.draw());
            }
        }
        return out;
    }

    private static Signal signal(int rank, int i, SignalInput input, String[] pseudonyms, PersonContext[] contexts,
                                 ReasonSelector selector, Contributions contributions, int explainedRow,
                                 PersonValues.Reader values, Set<String> hidden, KnownPersons known) {
        ReasonSelector.Choice choice = selector.reasons(contributions, explainedRow,
                values.row(input.rows()[i]), hidden);
        return new Signal(rank, pseudonyms[i], input.risk()[i], contexts[i], choice.reasons(), choice.note(),
                known.kindOf(pseudonyms[i]));
    }

    /** What every list of one run shares. */
    private record ListFrame(SignalSettings settings, FamilyGrouping grouping, String modelTypeNl,
                             String catalogueVersion) {
        SignalList list(String key, String nameNl, int population, java.util.OptionalDouble evaluated,
                        Set<String> hidden, List<Signal> signals) {
            double riskSum = signals.stream().mapToDouble(Signal::risk).sum();
            boolean measured = evaluated.isPresent();
            double precision = measured ? evaluated.getAsDouble() : signals.isEmpty() ? 0 : riskSum / signals.size();
            Map<String, String> provenance = new HashMap<>(settings.provenance());
            provenance.putIfAbsent("catalogue.version", catalogueVersion);
            provenance.put("zichtbaarheid.besluit", settings.visibilityDecision());
            provenance.put("zichtbaarheid.niet_getoond", hidden.isEmpty() ? "niets" : String.join(",", hidden));
            provenance.put("lijst", key);
            return new SignalList(key, nameNl, settings.peildatum(), signals.size(), population,
                    settings.modelName(), modelTypeNl, precision,
                    measured ? SignalList.PrecisionBasis.EVALUATION : SignalList.PrecisionBasis.MEAN_CALIBRATED_RISK,
                    dataSources(grouping), grouping.modelFamilies(), List.copyOf(new TreeSet<>(hidden)),
                    settings.visibilityDecision(), settings.known().placement(), provenance, signals);
        }
    }

    /** The matrix rows whose peildatum is the given date. */
    public static int[] rowsAt(FeatureMatrix matrix, LocalDate peildatum) {
        int day = (int) peildatum.toEpochDay();
        return IntStream.range(0, matrix.rows()).filter(r -> matrix.peildatum()[r] == day).toArray();
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
