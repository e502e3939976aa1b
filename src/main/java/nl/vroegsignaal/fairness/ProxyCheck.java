package nl.vroegsignaal.fairness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vroegsignaal.features.AuditAttributes;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureMatrix;

/**
 * How strongly the features encode the protected attributes (each alone), which never enter a model
 * themselves: per feature Cramér's V and single-feature AUCs per group, and per attribute the held-out AUC of a
 * model that predicts it from all features together.
 */
public final class ProxyCheck {
    private ProxyCheck() {
    }

    public static ProxyReport run(FeatureMatrix features, AuditAttributes attributes, ProxyOptions opt) {
        int rows = features.rows();
        if (attributes.rows() != rows) {
            throw new IllegalArgumentException("proxy check: the feature matrix has " + rows + " rows but the "
                    + "attributes have " + attributes.rows());
        }
        if (features.columns().size() != features.catalogue().features().size()) {
            throw new IllegalArgumentException("proxy check: " + features.columns().size() + " columns but "
                    + features.catalogue().features().size() + " catalogue features");
        }
        List<AuditAttributes.Column> columns = attributes.columns();
        List<GroupTarget> targets = GroupTarget.minorities(columns, opt.minGroupPersons());
        boolean[] fold = PersonSplit.firstShare(features.pseudonym(), opt.seed(), 0.5);

        List<FeatureProxy> proxies = new ArrayList<>();
        for (int c = 0; c < features.columns().size(); c++) {
            String name = features.catalogue().features().get(c).name();
            proxies.add(feature(name, features.columns().get(c), columns, targets, fold, opt));
        }
        List<AttributePrediction> predictions = new ArrayList<>();
        for (AuditAttributes.Column a : columns) {
            GroupTarget reference = GroupTarget.reference(a, opt.minGroupPersons());
            if (reference != null) {
                boolean[] notReference = new boolean[rows];
                for (int r = 0; r < rows; r++) {
                    notReference[r] = !reference.member()[r];
                }
                double[] fit = AttributeModel.fitAndScore(features, notReference, opt);
                predictions.add(new AttributePrediction(reference.group().attribute(), reference.group(), (int) fit[0],
                        (int) fit[1], fit[2]));
            }
        }
        List<String> flagged = proxies.stream().filter(FeatureProxy::flagged)
                .sorted(Comparator.comparingDouble(FeatureProxy::strongestV).reversed())
                .map(FeatureProxy::feature).toList();
        return new ProxyReport(opt, proxies, predictions, flagged);
    }

    private static FeatureProxy feature(String name, FeatureColumn column, List<AuditAttributes.Column> attributes,
                                        List<GroupTarget> targets, boolean[] fold, ProxyOptions opt) {
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
        Map<ProtectedAttribute, Double> v = new LinkedHashMap<>();
        boolean flagged = false;
        for (AuditAttributes.Column a : attributes) {
            double cv = Association.cramersV(binned.codes(), binned.levels(), a.codes(), a.levels().size());
            v.put(ProtectedAttribute.of(a), cv);
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
}
