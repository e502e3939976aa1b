package nl.vroegsignaal.model;

import com.oracle.labs.mlrg.olcut.provenance.Provenance;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.liblinear.LibLinearClassificationTrainer;
import org.tribuo.classification.liblinear.LinearClassificationType;
import org.tribuo.common.liblinear.LibLinearModel;
import org.tribuo.provenance.ModelProvenance;

/**
 * Trains one logistic regression candidate with liblinear on nodes built once from the feature matrix
 * ({@link SparseInputs#toLiblinear}), and returns the Tribuo model Tribuo's {@link LibLinearClassificationTrainer}
 * would have returned: the same parameters and random seed, label and feature ids, and the trainer's provenance
 * ({@code LogisticFitTest} checks the weights are the same). Tribuo's trainer converts every example to
 * liblinear nodes again for every candidate. Its protected {@code setupParameters}, {@code trainModels} and
 * {@code createModel} are why this extends the trainer; it never trains through Tribuo's own {@code train}.
 */
final class LogisticFit extends LibLinearClassificationTrainer {
    private final long seed;

    private LogisticFit(CandidateSpec.Logistic spec, long seed) {
        super(new LinearClassificationType(LinearClassificationType.LinearType.L2R_LR), spec.cost(),
                spec.maxIterations(), spec.tolerance(), seed);
        this.seed = seed;
    }

    /** The fitted model and its probabilities of VSV on the validation rows. */
    static BoosterFit.Fitted fit(CandidateSpec.Logistic spec, long seed, BoosterFit.TrainingRows rows,
                                 FeatureNode[][] train, FeatureNode[][] validation,
                                 Map<String, Provenance> runProvenance) {
        return new LogisticFit(spec, seed).fit(rows, train, validation, runProvenance, spec.trainer(seed));
    }

    private BoosterFit.Fitted fit(BoosterFit.TrainingRows rows, FeatureNode[][] train, FeatureNode[][] validation,
                                  Map<String, Provenance> runProvenance, org.tribuo.Trainer<Label> tribuoTrainer) {
        Parameter parameter = setupParameters(rows.labels());
        // Tribuo's trainer seeds liblinear from a split of its own generator, seeded with the trainer's seed
        parameter.setRandom(new Random(new SplittableRandom(seed).split().nextLong()));
        double[] y = new double[rows.labelIds().length];
        for (int i = 0; i < y.length; i++) {
            y[i] = rows.labelIds()[i];
        }
        Linear.disableDebugOutput();
        List<de.bwaldvogel.liblinear.Model> models = trainModels(parameter, rows.features().size() + 1, train,
                new double[][] {y});
        ModelProvenance provenance = new ModelProvenance(LibLinearModel.class.getName(), StableProvenance.FIXED_TIME,
                rows.provenance(), tribuoTrainer.getProvenance(), new java.util.TreeMap<>(runProvenance), true);
        Model<Label> model = createModel(provenance, rows.features(), rows.labels(), models);
        de.bwaldvogel.liblinear.Model inner = models.get(0);
        int positive = rows.labels().getID(ExampleEncoder.POSITIVE);
        int column = inner.getLabels()[0] == positive ? 0 : 1;
        double[] p = new double[validation.length];
        double[] prob = new double[2];
        for (int i = 0; i < p.length; i++) {
            Linear.predictProbability(inner, validation[i], prob);
            p[i] = prob[column];
        }
        return new BoosterFit.Fitted(model, p);
    }
}
