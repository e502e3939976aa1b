package nl.vroegsignaal.pipeline;

import java.util.Arrays;
import java.util.Optional;
import nl.vroegsignaal.explain.AgeBand;
import nl.vroegsignaal.explain.PersonContext;
import nl.vroegsignaal.explain.Selection;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.model.Capacity;

/**
 * How long the leerplicht and the RMC list are, for a given population: {@code --capacity} (shared), else
 * {@code signal.capacity.leerplicht} and {@code .rmc} (each resolved on its age group), else the shared
 * {@code evaluate.capacity} (resolved on everyone). The same rule sizes the lists at the peildatum and on the
 * test cohort, so that the measured precision is that of this rule.
 */
record ListCapacity(SignalConfig config, Capacity evaluated, Optional<Integer> override) {

    Selection selection(FeatureMatrix matrix, int[] rows) {
        if (override.isPresent()) {
            return new Selection.Shared(Math.min(override.get(), rows.length));
        }
        if (config.capacity().shared()) {
            return new Selection.Shared(evaluated.resolve(rows.length));
        }
        AgeBand[] bands = PersonContext.bands(matrix, rows);
        return new Selection.PerBand(
                resolve(config.capacity().leerplicht().toCapacity(), bands, AgeBand.LEERPLICHT),
                resolve(config.capacity().rmc().toCapacity(), bands, AgeBand.RMC));
    }

    /** In words for logs and provenance, e.g. "shared: 3% of the population". */
    String describe() {
        if (override.isPresent()) {
            return "shared: " + override.get() + " (--capacity)";
        }
        if (config.capacity().shared()) {
            return "shared: " + evaluated.describe() + " (evaluate.capacity)";
        }
        return "leerplicht: " + config.capacity().leerplicht().toCapacity().describe() + " of its age group; rmc: "
                + config.capacity().rmc().toCapacity().describe() + " of its age group";
    }

    private static int resolve(Capacity c, AgeBand[] bands, AgeBand band) {
        int n = (int) Arrays.stream(bands).filter(b -> b == band).count();
        return n == 0 ? 0 : c.resolve(n);
    }
}
