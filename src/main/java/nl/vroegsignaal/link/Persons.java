package nl.vroegsignaal.link;

import java.util.List;

/**
 * Everyone in personen.csv, sorted by pseudonym; a person's index is their row here. Arrays are shared, not
 * copied, for speed at nation scale: treat them as read-only.
 *
 * @param pseudonym  the key, sorted ascending
 * @param birthMonth {@link Dates#monthIndex(int, int)} of geboortemaand
 * @param wijk       index into {@code wijkCodes}
 * @param wijkCodes  distinct CBS wijk codes, sorted
 */
public record Persons(String[] pseudonym, int[] birthMonth, int[] wijk, List<String> wijkCodes) {
    public int size() {
        return pseudonym.length;
    }
}
