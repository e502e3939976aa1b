package nl.vroegsignaal.explain;

import java.util.List;
import java.util.Optional;

/**
 * One person on a signal list.
 *
 * @param rank      1 for the highest risk on this list
 * @param pseudonym the person's pseudonym (never a BSN)
 * @param risk      the calibrated risk, a probability in [0, 1]
 * @param context   age, school, onderwijssoort and leerjaar at the peildatum
 * @param reasons   at most three reasons that raise the model score, strongest first
 * @param note      what to say when there is no reason to show
 * @param known     the kind of trajectory or contact the person is already in, if any (see {@link KnownPersons})
 */
public record Signal(int rank, String pseudonym, double risk, PersonContext context, List<Reason> reasons,
                     Note note, Optional<String> known) {

    /** Why a row has no reasons, so that the page can say so plainly. */
    public enum Note {
        /** The row has reasons. */
        NONE,
        /** Nothing a conversation can be about raises the risk; only the context (age, school, level) does. */
        CONTEXT_ONLY,
        /**
         * No reason may be shown: only the context or a topic this list leaves out raises the risk. One text for
         * both, so that a row never tells which.
         */
        NOTHING_SHOWN,
        /** No part of the person's data raises the risk more than the average: the base rate does. */
        NO_REASON
    }

    public Signal {
        reasons = List.copyOf(reasons);
        if (reasons.size() > 3) {
            throw new IllegalArgumentException("at most three reasons per signal, got " + reasons.size());
        }
        if (reasons.isEmpty() == (note == Note.NONE)) {
            throw new IllegalArgumentException("a signal has reasons, or a note why not: " + reasons.size()
                    + " reasons, note " + note);
        }
    }

    Signal withRank(int newRank) {
        return new Signal(newRank, pseudonym, risk, context, reasons, note, known);
    }
}
