package nl.vroegsignaal.link;

/**
 * Social-domain spells (benefits, youth care, debt support) grouped by person, sorted by begin date.
 * {@code kind} is the ordinal of the source's code list (Regeling, Jeugdhulpsoort; 0 for debt support);
 * {@code registered} is the knowledge date: a spell may be used at P only if registered before P.
 */
public record Spells(int[] offsets, byte[] kind, int[] begin, int[] end, int[] registered) {
    public int size() {
        return begin.length;
    }
}
