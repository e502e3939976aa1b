package nl.vroegsignaal.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.vroegsignaal.explain.SignalExplainer;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;

/** Drift of every catalogue feature, and per source (its largest feature), from reference cohorts to one cohort. */
final class DriftMeasure {
    private DriftMeasure() {
    }

    static FollowUp.Drift of(FeatureMatrix m, List<LocalDate> reference, LocalDate current) {
        int[] ref = reference.stream().flatMapToInt(p -> IntStream.of(SignalExplainer.rowsAt(m, p))).toArray();
        int[] cur = SignalExplainer.rowsAt(m, current);
        List<FollowUp.FeatureDrift> features = new ArrayList<>();
        List<FeatureDefinition> defs = m.catalogue().features();
        for (int f = 0; f < defs.size(); f++) {
            double psi = ref.length == 0 || cur.length == 0 ? 0 : Psi.of(m.columns().get(f), ref, cur);
            features.add(new FollowUp.FeatureDrift(defs.get(f).name(), source(defs.get(f)), psi,
                    FollowUp.DriftLevel.of(psi)));
        }
        Map<String, FollowUp.FeatureDrift> largest = new LinkedHashMap<>();
        for (FollowUp.FeatureDrift d : features) {
            largest.merge(d.source(), d, (a, b) -> b.psi() > a.psi() ? b : a);
        }
        List<FollowUp.SourceDrift> sources = largest.values().stream()
                .map(d -> new FollowUp.SourceDrift(d.source(), d.psi(), d.feature(), d.level()))
                .sorted(Comparator.comparing(FollowUp.SourceDrift::source)).toList();
        return new FollowUp.Drift(current, reference, ref.length, cur.length, features, sources);
    }

    /** The first contract file a feature is computed from: the source its drift is counted under. */
    private static String source(FeatureDefinition d) {
        return d.source().split("[,; ]+")[0];
    }
}
