package nl.vroegsignaal.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.link.ContactHistory;
import nl.vroegsignaal.model.Comparison;
import nl.vroegsignaal.model.Estimate;
import nl.vroegsignaal.model.Evaluation;
import nl.vroegsignaal.model.EvaluationDisclosure;
import nl.vroegsignaal.model.EvaluationInput;
import nl.vroegsignaal.model.Evaluator;
import nl.vroegsignaal.model.RiskModelTrainer;
import nl.vroegsignaal.model.TrainingResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every choice of {@code contacts.training} side by side: beside the chosen model, one trained each other way, all
 * evaluated on the same rows, the test cohorts' labelled rows of young people not contacted (whose labels contact
 * cannot have changed, and whose recorded contact input is 0, as on a signal list), as one note with precision and
 * recall at capacity and their intervals, hidden where the one disclosure rule hides them in the evaluation.
 */
final class ContactChoices {
    private static final Logger LOG = LoggerFactory.getLogger(ContactChoices.class);

    private ContactChoices() {
    }

    static String compare(TrainingData original, ContactHistory contacts, VroegsignaalConfig config,
                          TrainingData chosen, TrainingResult chosenResult) {
        String choice = config.contacts().training();
        long seed = config.seed();
        List<TrainingData> data = new ArrayList<>();
        List<TrainingResult> results = new ArrayList<>();
        for (String c : ContactSettings.CHOICES) {
            if (c.equals(choice)) {
                data.add(chosen);
                results.add(chosenResult);
                continue;
            }
            LOG.info("training with contacts.training: {} for the comparison", c);
            TrainingData d = original.withContacts(contacts, c);
            data.add(d);
            results.add(RiskModelTrainer.train(d.matrix(), d.split(config.train().split(), seed), config.train(),
                    seed));
        }
        // the rows: the exclude run's test rows are the labelled test rows of those not contacted
        int ex = ContactSettings.CHOICES.indexOf(ContactSettings.EXCLUDE);
        FeatureMatrix m = data.get(ex).matrix();
        int[] rows = results.get(ex).rows().test();
        List<EvaluationInput> inputs = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            // a feature model reads this matrix (without the input) as not contacted: true for these rows
            inputs.add(EvaluationInput.of(ContactSettings.CHOICES.get(i), results.get(i).chosen().score(m, rows), m,
                    rows));
        }
        return note(choice, Evaluator.evaluatePaired(inputs, null, config.evaluate().options(seed)));
    }

    /**
     * The note, through the one disclosure rule: a choice's precision and recall at capacity are not shown where the
     * evaluation hides them ({@link EvaluationDisclosure#hidesAtCapacity}: with k and the row count they give the 2x2
     * table), nor the row count under 10.
     */
    static String note(String choice, Comparison comparison) {
        int rows = comparison.candidates().get(0).rows();
        StringBuilder b = new StringBuilder("Contacts, every way (chosen: " + choice + "), on the "
                + (Disclosure.hidesCount(rows) ? "fewer than " + Disclosure.MIN_PERSONS : Integer.toString(rows))
                + " labelled test rows of young people not contacted:");
        for (Evaluation e : comparison.candidates()) {
            b.append(" trained with ").append(e.name());
            if (EvaluationDisclosure.hidesAtCapacity(e)) {
                b.append(", precision and recall at capacity not shown (fewer than ").append(Disclosure.MIN_PERSONS)
                        .append(" persons in a cell);");
            } else {
                b.append(", precision at capacity ").append(show(e.atCapacity().precision())).append(", recall ")
                        .append(show(e.atCapacity().recall())).append(';');
            }
        }
        b.setCharAt(b.length() - 1, '.');
        return b.toString();
    }

    private static String show(Estimate e) {
        return e.hasInterval() ? String.format(Locale.ROOT, "%.3f (95%% %.3f to %.3f)", e.value(), e.lower(), e.upper())
                : String.format(Locale.ROOT, "%.3f", e.value());
    }
}
