package nl.vroegsignaal.sample;

import java.time.LocalDate;
import java.util.Optional;
import nl.vroegsignaal.contract.ContactUitkomst;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.core.InputException;

/**
 * Known truth for the follow-up: how a team works through a list. Each listed young person is reached with a set
 * chance, lower by a factor for one origin group (the contact-bias knob: the team reaches that group less often);
 * a reached person is offered help with a set chance and accepts it with another. The draws come from the person's
 * own stream (seed and pseudonym), so a person's outcome does not depend on who else is on the list.
 */
public final class ContactSimulator {
    private static final int CONTACT_STREAM = 9;
    /** The first contact falls within this many days after the peildatum. */
    private static final int CONTACT_DAYS = 60;

    /**
     * @param reach      chance that the team reaches a listed person
     * @param lessReached the origin group the team reaches less often, or null for none
     * @param biasFactor the reach of that group is {@code reach * biasFactor}
     * @param offer      chance that a reached person is offered help
     * @param accept     chance that a person offered help accepts it
     * @param seed       the simulation's seed
     */
    public record Knobs(double reach, Herkomst lessReached, double biasFactor, double offer, double accept, long seed) {
        public Knobs {
            for (double p : new double[] {reach, biasFactor, offer, accept}) {
                if (!(p >= 0 && p <= 1)) {
                    throw new InputException("contact knobs: reach, bias factor, offer and accept must be shares "
                            + "between 0 and 1, got " + p);
                }
            }
        }

        /** Everyone reached alike: 80% reached, 60% of them offered help, 70% of those accept. */
        public static Knobs unbiased(long seed) {
            return new Knobs(0.8, null, 1.0, 0.6, 0.7, seed);
        }

        public Knobs withBias(Herkomst group, double factor) {
            return new Knobs(reach, group, factor, offer, accept, seed);
        }
    }

    /** What the team recorded for one listed person: the outcome, and the date of the first contact if any. */
    public record Contact(ContactUitkomst outcome, Optional<LocalDate> firstContact) {
    }

    private ContactSimulator() {
    }

    public static Contact contact(String pseudonym, Herkomst herkomst, LocalDate peildatum, Knobs k) {
        Rng rng = Rng.stream(k.seed() ^ peildatum.toEpochDay(), pseudonym.hashCode() & 0xffffffffL, CONTACT_STREAM);
        double reach = herkomst == k.lessReached() ? k.reach() * k.biasFactor() : k.reach();
        if (!rng.chance(reach)) {
            return new Contact(ContactUitkomst.NIET_BEREIKT, Optional.empty());
        }
        Optional<LocalDate> day = Optional.of(peildatum.plusDays(1 + rng.nextInt(CONTACT_DAYS)));
        if (!rng.chance(k.offer())) {
            return new Contact(rng.chance(0.5) ? ContactUitkomst.IN_GESPREK : ContactUitkomst.GEEN_HULP_NODIG, day);
        }
        return new Contact(rng.chance(k.accept()) ? ContactUitkomst.HULP_GEACCEPTEERD
                : rng.chance(0.5) ? ContactUitkomst.GEWEIGERD : ContactUitkomst.HULP_AANGEBODEN, day);
    }
}
