package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * How strongly the features encode the protected attributes (geslacht, herkomst), which never enter a model
 * themselves: per feature Cramér's V and single-feature AUCs per group, and per attribute the held-out AUC of a
 * model that predicts it from all features together.
 */
public final class ProxyCheck {
    private static final ProtectedAttribute[] ATTRIBUTES = {ProtectedAttribute.GESLACHT, ProtectedAttribute.HERKOMST};

    private ProxyCheck() {
    }

    public static ProxyReport run(FeatureMatrix features, AuditAttributes attributes, ProxyOptions opt) {
        int rows = features.rows();
        if (attributes.geslacht().length != rows || attributes.herkomst().length != rows) {
            throw new IllegalArgumentException("proxy check: the feature matrix has " + rows + " rows but the "
                    + "attributes have " + attributes.geslacht().length + " (geslacht) and "
                    + attributes.herkomst().length + " (herkomst)");
        }
        if (features.columns().size() != features.catalogue().features().size()) {
            throw new IllegalArgumentException("proxy check: " + features.columns().size() + " columns but "
                    + features.catalogue().features().size() + " catalogue features");
        }
        Map<ProtectedAttribute, int[]> codes = new EnumMap<>(ProtectedAttribute.class);
        codes.put(ProtectedAttribute.GESLACHT, toInt(attributes.geslacht(), Geslacht.values().length, "geslacht"));
        codes.put(ProtectedAttribute.HERKOMST, toInt(attributes.herkomst(), Herkomst.values().length, "herkomst"));
        Map<ProtectedAttribute, Integer> levels = Map.of(ProtectedAttribute.GESLACHT, Geslacht.values().length,
                ProtectedAttribute.HERKOMST, Herkomst.values().length);
        List<GroupTarget> targets = GroupTarget.minorities(codes, opt.minGroupPersons());
        boolean[] fold = PersonSplit.firstShare(features.pseudonym(), opt.seed(), 0.5);

        List<FeatureProxy> proxies = new ArrayList<>();
        for (int c = 0; c < features.columns().size(); c++) {
            String name = features.catalogue().features().get(c).name();
            proxies.add(feature(name, features.columns().get(c), codes, levels, targets, fold, opt));
        }
        List<AttributePrediction> predictions = new ArrayList<>();
        for (ProtectedAttribute a : ATTRIBUTES) {
            GroupTarget reference = GroupTarget.reference(a, codes.get(a), opt.minGroupPersons());
            if (reference != null) {
                boolean[] notReference = new boolean[rows];
                for (int r = 0; r < rows; r++) {
                    notReference[r] = !reference.member()[r];
                }
                double[] fit = AttributeModel.fitAndScore(features, notReference, opt);
                predictions.add(new AttributePrediction(a, reference.group(), (int) fit[0], (int) fit[1], fit[2]));
            }
        }
        List<String> flagged = proxies.stream().filter(FeatureProxy::flagged)
                .sorted(Comparator.comparingDouble(FeatureProxy::strongestV).reversed())
                .map(FeatureProxy::feature).toList();
        return new ProxyReport(opt, proxies, predictions, flagged);
    }

    private static FeatureProxy feature(String name, FeatureColumn column, Map<ProtectedAttribute, int[]> codes,
                                        Map<ProtectedAttribute, Integer> levels, List<GroupTarget> targets,
                                        boolean[] fold, ProxyOptions opt) {
        FeatureCodes.Coded binned;
        FeatureCodes.Coded ranked;
        boolean categorical = column instanceof FeatureColumn.Categorical;
        if (column instanceof FeatureColumn.Categorical cat) {
            binned = FeatureCodes.categorical(cat.codes(), cat.levels().size());
            ranked = binned;
        } else {
            double[] values = ((FeatureColumn.Numeric) column).values();
            ranked = FeatureCodes.ranks(values);
            binned = FeatureCodes.quantileBins(values, opt.maxBins());
        }
        Map<ProtectedAttribute, Double> v = new EnumMap<>(ProtectedAttribute.class);
        boolean flagged = false;
        for (ProtectedAttribute a : ATTRIBUTES) {
            double cv = Association.cramersV(binned.codes(), binned.levels(), codes.get(a), levels.get(a));
            v.put(a, cv);
            flagged |= cv >= opt.cramersVThreshold();
        }
        List<GroupAuc> aucs = new ArrayList<>();
        for (GroupTarget t : targets) {
            double auc = categorical ? Association.crossFittedAuc(ranked.codes(), ranked.levels(), t.member(), fold)
                    : Association.auc(ranked.codes(), ranked.levels(), t.member());
            auc = Math.max(auc, 1.0 - auc);
            aucs.add(new GroupAuc(t.group(), auc));
            flagged |= auc >= opt.aucThreshold();
        }
        return new FeatureProxy(name, v, aucs, flagged);
    }

    private static int[] toInt(byte[] b, int levels, String name) {
        int[] out = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            if (b[i] < 0 || b[i] >= levels) {
                throw new IllegalArgumentException("attributes." + name + "[" + i + "]: ordinal " + b[i]
                        + " is not a level (0.." + (levels - 1) + ")");
            }
            out[i] = b[i];
        }
        return out;
    }
}
