package nl.vroegsignaal.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import nl.vroegsignaal.features.ContactInput;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * Picks a person's reasons: the reason topics ({@link ReasonTopics}) with the largest positive contributions,
 * strongest first, at most three, never the context or {@link Reason#NEVER_A_REASON}, never a topic the list
 * hides. A topic's statement is that of its feature with the largest positive contribution that has something
 * to state (see {@link ReasonTexts}); if none has, the topic is passed over. Ties are broken by catalogue
 * order, so the choice is the same on every run.
 */
final class ReasonSelector {
    static final int MAX_REASONS = 3;

    private final FamilyGrouping grouping;
    private final ReasonTexts texts;
    private final List<String> topics;
    /** Per catalogue feature, the index of its topic in {@link #topics}, or -1 for context and never-reasons. */
    private final int[] topicOfFeature;
    /** Per catalogue feature, whether it counts for the note {@link Signal.Note#CONTEXT_ONLY}. */
    private final boolean[] context;

    ReasonSelector(FamilyGrouping grouping, ReasonTexts texts) {
        this.grouping = grouping;
        this.texts = texts;
        this.topics = ReasonTopics.reasonTopics(grouping.catalogue());
        List<FeatureDefinition> defs = grouping.catalogue().features();
        topicOfFeature = new int[defs.size()];
        context = new boolean[defs.size()];
        for (int i = 0; i < defs.size(); i++) {
            String t = ReasonTopics.of(defs.get(i));
            topicOfFeature[i] = topics.indexOf(t);
            // the note "only age, level and leerjaar raise the risk" counts those; the recorded contact input is
            // context too (never a reason), but on a list it is 0 for everyone, so it says nothing of the person
            context[i] = t.equals(ReasonTopics.CONTEXT) && !defs.get(i).name().equals(ContactInput.NAME);
        }
    }

    /** The reasons, and the note to show when there are none. */
    record Choice(List<Reason> reasons, Signal.Note note) {
    }

    Choice reasons(Contributions contributions, int row, PersonValues person, Set<String> hidden) {
        double[] byFeature = grouping.byFeature(contributions, row);
        double[] byTopic = new double[topics.size()];
        double contextSum = 0;
        for (int i = 0; i < byFeature.length; i++) {
            if (topicOfFeature[i] >= 0) {
                byTopic[topicOfFeature[i]] += byFeature[i];
            } else if (context[i]) {
                contextSum += byFeature[i];
            }
        }
        List<Integer> order = IntStream.range(0, topics.size()).boxed()
                .filter(t -> byTopic[t] > 0)
                .sorted(Comparator.<Integer>comparingDouble(t -> -byTopic[t]).thenComparingInt(t -> t))
                .toList();
        List<Reason> out = new ArrayList<>(MAX_REASONS);
        boolean hiddenRaises = false;
        for (int t : order) {
            String topic = topics.get(t);
            if (hidden.contains(topic)) {
                hiddenRaises = true;
                continue;
            }
            if (out.size() < MAX_REASONS) {
                statement(t, byFeature, person).ifPresent(text -> out.add(new Reason(topic, text, byTopic[t])));
            }
        }
        if (!out.isEmpty()) {
            return new Choice(out, Signal.Note.NONE);
        }
        if (!hidden.isEmpty() && (hiddenRaises || contextSum > 0)) {
            return new Choice(out, Signal.Note.NOTHING_SHOWN);
        }
        return new Choice(out, contextSum > 0 ? Signal.Note.CONTEXT_ONLY : Signal.Note.NO_REASON);
    }

    /** The statement of the topic's strongest positive feature that has something to say. */
    private Optional<String> statement(int topic, double[] byFeature, PersonValues person) {
        List<FeatureDefinition> defs = grouping.catalogue().features();
        List<Integer> features = IntStream.range(0, defs.size()).boxed()
                .filter(i -> byFeature[i] > 0 && topicOfFeature[i] == topic)
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
