package nl.vroegsignaal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.link.DataQuality;

/**
 * The numbers of the data-quality report as they may be shown. Rows of a file are not statistics about persons
 * and are shown as they are; the two counts of persons (completeness of personen.csv's codes, persons with a row
 * in a source) are protected with their complement, which the shown total would otherwise give away. A lag
 * percentile is shown only over at least {@link Disclosure#MIN_PERSONS} spells: over fewer it is nearly one
 * household's own dates.
 */
final class QualityCells {
    private QualityCells() {
    }

    /** Rows (or persons) with a value in the column. */
    static Cell filled(DataQuality.Column c) {
        return c.persons() ? protectedPart(c.filled(), c.rows()) : Cell.rows(c.filled());
    }

    /** The share with a value, or null when its count is hidden. */
    static BigDecimal share(DataQuality.Column c) {
        return filled(c).hidden() || c.rows() == 0 ? null : ratio(c.filled(), c.rows());
    }

    /** Persons of personen.csv with at least one row in the source. */
    static Cell persons(DataQuality.Source s, long personsInRegister) {
        return protectedPart(s.personsWithRows(), personsInRegister);
    }

    static boolean lagShown(DataQuality.Lag lag) {
        return lag.rows() >= Disclosure.MIN_PERSONS;
    }

    /** A count of persons out of a shown total of persons: hidden when it, or what it leaves, is small. */
    private static Cell protectedPart(long part, long whole) {
        Cell c = Cell.count(part);
        return Disclosure.hidesCount(whole - part) ? c.suppressAlso() : c;
    }

    static BigDecimal ratio(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
