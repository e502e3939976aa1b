package nl.vroegsignaal.explain;

import java.util.List;
import nl.vroegsignaal.features.FeatureMatrix;
import org.tribuo.Example;
import org.tribuo.classification.Label;

/**
 * Turns rows of a feature matrix into the Tribuo examples the model scores: the model stage's encoding, which
 * must be the same one that produced the scores (the explainer checks it).
 */
@FunctionalInterface
public interface ExampleSource {

    /** One example per row, in the order of {@code rows}. */
    List<Example<Label>> examples(FeatureMatrix matrix, int[] rows);
}
