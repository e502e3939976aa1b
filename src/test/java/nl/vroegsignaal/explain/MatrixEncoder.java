package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.features.FeatureColumn;
import nl.vroegsignaal.features.FeatureDefinition;
import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * A test stand-in for the model stage's encoding: numeric features by name (raw values), categorical ones as
 * one-hot {@code name=level}; labelled rows get their label, others the unknown label.
 */
final class MatrixEncoder implements ExampleSource {

    @Override
    public List<Example<Label>> examples(FeatureMatrix matrix, int[] rows) {
        List<FeatureDefinition> defs = matrix.catalogue().features();
        List<Example<Label>> out = new ArrayList<>(rows.length);
        for (int r : rows) {
            String[] names = new String[defs.size()];
            double[] values = new double[defs.size()];
            for (int c = 0; c < defs.size(); c++) {
                FeatureColumn col = matrix.columns().get(c);
                if (col instanceof FeatureColumn.Categorical cat) {
                    names[c] = defs.get(c).name() + "=" + cat.levels().get(cat.codes()[r]);
                    values[c] = 1.0;
                } else {
                    names[c] = defs.get(c).name();
                    values[c] = ((FeatureColumn.Numeric) col).values()[r];
                }
            }
            byte label = matrix.label()[r];
            Label output = label == FeatureMatrix.NO_LABEL ? LabelFactory.UNKNOWN_LABEL
                    : new Label(label == 1 ? "1" : "0");
            out.add(new ArrayExample<>(output, names, values));
        }
        return out;
    }
}
