package nl.vroegsignaal.fairness;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * One group's figures beside what the world gives, per ranking at the same capacity: its share of the list
 * against its share of all leavers, and its recall against the reference group's. Every group gets one, found
 * or not, so a reader can see for each comparison whether the model adds a gap or inherits one.
 *
 * @param group     the group
 * @param baseRate  the group's dropout rate (the model does not change it)
 * @param listShare per ranking: the share of the list against the share of all leavers
 * @param recall    per ranking: recall against the reference's; absent for the reference group itself
 */
public record GroupWorld(GroupKey group, Rate baseRate, Map<Ranking, Figures> listShare,
                         Map<Ranking, Figures> recall) {

    public GroupWorld {
        listShare = Collections.unmodifiableMap(new EnumMap<>(listShare));
        recall = recall.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(recall));
    }
}
