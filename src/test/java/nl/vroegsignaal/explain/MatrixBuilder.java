package nl.vroegsignaal.explain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.FeatureCatalogue;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureKind;
import nl.vroegsignaal.features.FeatureMatrix;

/** Builds small feature matrices for tests: unspecified numeric values are 0, categorical ones the first level. */
final class MatrixBuilder {
    private final FeatureCatalogue catalogue;
    private final Map<String, List<String>> levels = new HashMap<>();
    private final List<String> pseudonyms = new ArrayList<>();
    private final List<Integer> days = new ArrayList<>();
    private final List<Byte> labels = new ArrayList<>();
    private final List<Map<String, Object>> values = new ArrayList<>();

    MatrixBuilder(FeatureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    MatrixBuilder levels(String feature, String... featureLevels) {
        levels.put(feature, List.of(featureLevels));
        return this;
    }

    MatrixBuilder person(String pseudonym, LocalDate peildatum, int label, Map<String, Object> featureValues) {
        pseudonyms.add(pseudonym);
        days.add((int) peildatum.toEpochDay());
        labels.add((byte) label);
        values.add(featureValues);
        return this;
    }

    FeatureMatrix build() {
        int n = pseudonyms.size();
        List<FeatureColumn> columns = new ArrayList<>();
        for (FeatureDefinition def : catalogue.features()) {
            if (def.kind() == FeatureKind.CATEGORICAL) {
                List<String> lv = levels.getOrDefault(def.name(), List.of("onbekend"));
                int[] codes = new int[n];
                for (int r = 0; r < n; r++) {
                    Object v = values.get(r).get(def.name());
                    codes[r] = v == null ? 0 : lv.indexOf((String) v);
                    if (v != null && codes[r] < 0) {
                        throw new IllegalArgumentException("unknown level " + v + " of " + def.name());
                    }
                }
                columns.add(new FeatureColumn.Categorical(codes, lv));
            } else {
                double[] col = new double[n];
                for (int r = 0; r < n; r++) {
                    Object v = values.get(r).get(def.name());
                    col[r] = v == null ? 0 : ((Number) v).doubleValue();
                }
                columns.add(new FeatureColumn.Numeric(col));
            }
        }
        int[] peil = days.stream().mapToInt(Integer::intValue).toArray();
        byte[] lab = new byte[n];
        for (int r = 0; r < n; r++) {
            lab[r] = labels.get(r);
        }
        return new FeatureMatrix(catalogue, pseudonyms.toArray(new String[0]), peil, lab, columns, new int[n],
                List.of("00AA"), new byte[n]);
    }
}
