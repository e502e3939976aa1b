package nl.vroegsignaal.features;

import java.util.ArrayList;
import java.util.List;

/**
 * The recorded contact input of {@code contacts.training: feature}: one binary column, appended after the catalogue
 * features, that is 1 for a row whose young person the team contacted inside the row's label window after a past list
 * (the rule of {@link nl.vroegsignaal.link.ContactHistory}) and 0 otherwise. It is no catalogue feature (a default
 * run never builds it); a matrix that carries it has catalogue version {@code <version>+contact_na_lijst}, which the
 * saved model's encoding and provenance record.
 * <p>
 * Which value a row gets (see training.md): what measures the model against what happened (training, validation,
 * calibration, the test evaluation, the fairness audit's test cohort, the list's measured precision, the stop rule,
 * the follow-up's cohort fit) reads the recorded value; a new signal list scores every young person with 0
 * ({@link #notContacted}): its risk is the risk if the team does not contact them, since no one has been contacted
 * for the new list. It is context, never a reason
 * ({@link nl.vroegsignaal.explain.ReasonTopics#CONTEXT_FEATURES}).
 */
public final class ContactInput {
    public static final String NAME = "contact_na_lijst";
    public static final String FAMILY = "contact";
    public static final FeatureDefinition DEFINITION = new FeatureDefinition(NAME, FAMILY, FeatureKind.BINARY,
            "1 als het team de jongere na een eerdere signaallijst heeft gesproken, voor het einde van de periode "
                    + "waarover de uitkomst gaat (minder dan een jaar na de peildatum); anders 0. Alleen in een model "
                    + "met contacts.training: feature. Op een nieuwe signaallijst is de waarde altijd 0.",
            "contactlog-LIST.csv",
            "a list at or before P; first contact before P + 1 year",
            "Contact kan de uitkomst veranderen: wie geholpen is, valt misschien niet uit. Het model leert dat "
                    + "verschil apart, zodat de andere kenmerken het risico zonder contact beschrijven. Nooit een "
                    + "reden op een signaallijst: het gaat niet over de jongere.");

    private ContactInput() {
    }

    /** The matrix with the contact input appended: 1 where {@code contacted}, else 0; labels and rows unchanged. */
    public static FeatureMatrix with(FeatureMatrix m, boolean[] contacted) {
        if (carries(m)) {
            throw new IllegalArgumentException("the matrix already carries " + NAME);
        }
        double[] v = new double[m.rows()];
        for (int i = 0; i < v.length; i++) {
            v[i] = contacted[i] ? 1.0 : 0.0;
        }
        FeatureCatalogue c = m.catalogue();
        List<FeatureDefinition> defs = new ArrayList<>(c.features());
        defs.add(DEFINITION);
        List<FeatureColumn> columns = new ArrayList<>(m.columns());
        columns.add(new FeatureColumn.Numeric(v));
        return new FeatureMatrix(new FeatureCatalogue(c.version() + "+" + NAME, defs, c.missingSources()),
                m.pseudonym(), m.peildatum(), m.label(), List.copyOf(columns), m.school(), m.schoolCodes(),
                m.onderwijssoort());
    }

    /** The matrix with the contact input 0 for every row: how a signal list scores (the risk without contact). */
    public static FeatureMatrix notContacted(FeatureMatrix m) {
        return with(m, new boolean[m.rows()]);
    }

    /** The matrix with the recorded contact input: 1 for the rows the history marks. */
    public static FeatureMatrix recorded(FeatureMatrix m, nl.vroegsignaal.link.ContactHistory history) {
        return with(m, history.mark(m.pseudonym(), m.peildatum()));
    }

    /** Whether a model with these input columns (in order) was trained with the contact input. */
    public static boolean expects(List<String> modelColumns) {
        return !modelColumns.isEmpty() && modelColumns.get(modelColumns.size() - 1).equals(NAME);
    }

    /** Whether the matrix's last column is the contact input. */
    public static boolean carries(FeatureMatrix m) {
        List<FeatureDefinition> defs = m.catalogue().features();
        return !defs.isEmpty() && defs.get(defs.size() - 1).name().equals(NAME);
    }

    /**
     * The matrix a model with these input columns reads: when the model's last column is the contact input and the
     * matrix lacks it, the matrix scored as not contacted; else the matrix itself.
     */
    public static FeatureMatrix forModel(FeatureMatrix m, List<String> modelColumns) {
        return expects(modelColumns) && !carries(m) ? notContacted(m) : m;
    }
}
