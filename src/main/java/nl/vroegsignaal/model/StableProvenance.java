package nl.vroegsignaal.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.provenance.ModelProvenance;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Tribuo stamps the wall-clock time into every dataset and model provenance, and the model file carries it, so
 * two identical trainings would give different files. This replaces those times by a fixed instant (the epoch:
 * plainly not a real training time), keeping every other provenance field, so model files are byte-identical
 * on rerun.
 */
final class StableProvenance {
    /** The time written wherever Tribuo wants a creation or training time. */
    static final OffsetDateTime FIXED_TIME = OffsetDateTime.of(1970, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private StableProvenance() {
    }

    /** A dataset whose data-source provenance carries the fixed time. */
    static MutableDataset<Label> dataset(List<Example<Label>> examples, String description) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> ds =
                new MutableDataset<>(new SimpleDataSourceProvenance(description, FIXED_TIME, factory), factory);
        ds.addAll(examples);
        return ds;
    }

    /**
     * A copy of the model whose provenance has the fixed training time. Tribuo offers no public way to set it;
     * its own provenance-stripping tool uses the model's protected {@code copy(String, ModelProvenance)} the same
     * way, and every Tribuo model implements it.
     */
    @SuppressWarnings("unchecked")
    static Model<Label> withFixedTime(Model<Label> model) {
        ModelProvenance old = model.getProvenance();
        ModelProvenance fixed = new ModelProvenance(old.getClassName(), FIXED_TIME, old.getDatasetProvenance(),
                old.getTrainerProvenance(), new java.util.TreeMap<>(old.getInstanceProvenance().getMap()), true);
        try {
            Method copy = findCopy(model.getClass());
            copy.setAccessible(true);
            return (Model<Label>) copy.invoke(model, model.getName(), fixed);
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("could not fix the training time of a " + model.getClass().getName()
                    + ": " + cause, cause);
        }
    }

    private static Method findCopy(Class<?> type) throws NoSuchMethodException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod("copy", String.class, ModelProvenance.class);
            } catch (NoSuchMethodException e) {
                // declared further up
            }
        }
        throw new NoSuchMethodException(type.getName() + ".copy(String, ModelProvenance)");
    }
}
