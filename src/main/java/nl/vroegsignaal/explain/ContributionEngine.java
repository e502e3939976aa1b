package nl.vroegsignaal.explain;

import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * Computes exact additive contributions of a model's features to its log-odds of label "1" for each example.
 * Exact means: base plus contributions reproduce the model's own score, not an approximation of it.
 */
public interface ContributionEngine {

    Contributions explain(Model<Label> model, List<Example<Label>> examples);
}
