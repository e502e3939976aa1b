package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * Picks a person's reasons: the families with the largest positive contributions, strongest first, at most
 * three, never {@link Reason#NEVER_A_REASON}. A family's statement is that of its feature with the largest
 * positive contribution that has something to state (see {@link ReasonTexts}); if none has, the family is
 * passed over. Ties are broken by catalogue order, so the choice is the same on every run.
 */
final class ReasonSelector {
    static final int MAX_REASONS = 3;

    private final FamilyGrouping grouping;
    private final ReasonTexts texts;

    ReasonSelector(FamilyGrouping grouping, ReasonTexts texts) {
        this.grouping = grouping;
        this.texts = texts;
    }

    List<Reason> reasons(Contributions contributions, int row, PersonValues person) {
        double[] byFeature = grouping.byFeature(contributions, row);
        double[] byFamily = grouping.byFamily(contributions, row);
        List<String> families = grouping.families();
        List<Integer> order = IntStream.range(0, families.size()).boxed()
                .filter(f -> byFamily[f] > 0 && !Reason.NEVER_A_REASON.contains(families.get(f)))
                .sorted(Comparator.<Integer>comparingDouble(f -> -byFamily[f]).thenComparingInt(f -> f))
                .toList();
        List<Reason> out = new ArrayList<>(MAX_REASONS);
        for (int f : order) {
            if (out.size() == MAX_REASONS) {
                break;
            }
            String family = families.get(f);
            statement(family, byFeature, person).ifPresent(text -> out.add(new Reason(family, text, byFamily[f])));
        }
        return out;
    }

    /** The statement of the family's strongest positive feature that has something to say. */
    private Optional<String> statement(String family, double[] byFeature, PersonValues person) {
        List<FeatureDefinition> defs = grouping.catalogue().features();
        List<Integer> features = IntStream.range(0, defs.size()).boxed()
                .filter(i -> byFeature[i] > 0 && grouping.familyOf(i).equals(family))
                .sorted(Comparator.<Integer>comparingDouble(i -> -byFeature[i]).thenComparingInt(i -> i))
                .toList();
        for (int i : features) {
            Optional<String> text = texts.text(defs.get(i).name(), person);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
