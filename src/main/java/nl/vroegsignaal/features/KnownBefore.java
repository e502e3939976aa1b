package nl.vroegsignaal.features;

import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;
import nl.vroegsignaal.link.Absences;
import nl.vroegsignaal.link.Dates;
import nl.vroegsignaal.link.Diplomas;
import nl.vroegsignaal.link.Enrolments;
import nl.vroegsignaal.link.LinkedData;
import nl.vroegsignaal.link.Moves;

/**
 * The leakage rule made structural: one person's records as they were known strictly before peildatum P.
 * Feature code receives only this view, never {@link LinkedData} (an architecture test checks that), so a
 * feature cannot see a record whose knowledge date is P or later.
 * <ul>
 *   <li>enrolments: begindatum &lt; P; an einddatum on or after P is not yet known, so it reads as running
 *       ({@link Dates#OPEN});</li>
 *   <li>diplomas and moves: datum &lt; P; absences: meldingsdatum &lt; P;</li>
 *   <li>benefits, youth care, debt support: registratiedatum &lt; P and begindatum &lt; P, whatever the begin
 *       says; an einddatum on or after P reads as running (the interval is clipped at P).</li>
 * </ul>
 * A reusable cursor: {@link #reset} moves it to another person or peildatum without allocating.
 */
final class KnownBefore {
    private final LinkedData data;
    private final Enrolments enr;
    private final Diplomas dip;
    private final Absences abs;
    private final Moves mov;
    private final KnownSpells benefits;
    private final KnownSpells youthCare;
    private final KnownSpells debtSupport;

    private PeildatumDays peildatum;
    private int p;
    private int enrFrom;
    private int enrTo;
    private int dipFrom;
    private int dipTo;
    private int absFrom;
    private int absTo;
    private int movFrom;
    private int movTo;

    KnownBefore(LinkedData data) {
        this.data = data;
        this.enr = data.enrolments();
        this.dip = data.diplomas();
        this.abs = data.absences();
        this.mov = data.moves();
        this.benefits = new KnownSpells(data.benefits());
        this.youthCare = new KnownSpells(data.youthCare());
        this.debtSupport = new KnownSpells(data.debtSupport());
    }

    /** Points the view at person {@code person} as known before {@code at}. */
    KnownBefore reset(int person, PeildatumDays at) {
        this.p = person;
        this.peildatum = at;
        int day = at.day();
        enrFrom = enr.offsets()[person];
        enrTo = prefixBefore(enr.begin(), enrFrom, enr.offsets()[person + 1], day);
        dipFrom = dip.offsets()[person];
        dipTo = prefixBefore(dip.date(), dipFrom, dip.offsets()[person + 1], day);
        absFrom = abs.offsets()[person];
        absTo = prefixBefore(abs.date(), absFrom, abs.offsets()[person + 1], day);
        movFrom = mov.offsets()[person];
        movTo = prefixBefore(mov.date(), movFrom, mov.offsets()[person + 1], day);
        benefits.reset(person, day);
        youthCare.reset(person, day);
        debtSupport.reset(person, day);
        return this;
    }

    // Rows are sorted by their date, so the known rows of a person are a prefix of the person's slice.
    private static int prefixBefore(int[] dates, int from, int to, int day) {
        int i = from;
        while (i < to && dates[i] < day) {
            i++;
        }
        return i;
    }

    PeildatumDays peildatum() {
        return peildatum;
    }

    /** Birth month index (year * 12 + month - 1): a fixed attribute, known at every P. */
    int birthMonth() {
        return data.persons().birthMonth()[p];
    }

    /** Index of the wijk in {@code personen.csv} (the address at delivery). */
    int wijk() {
        return data.persons().wijk()[p];
    }

    // --- enrolments: local index i in [0, enrolments()) in begin order

    int enrolments() {
        return enrTo - enrFrom;
    }

    int enrolmentBegin(int i) {
        return enr.begin()[enrFrom + i];
    }

    /** The einddatum if before P, else {@link Dates#OPEN}: an end on or after P is not known at P. */
    int enrolmentEnd(int i) {
        int end = enr.end()[enrFrom + i];
        return end < peildatum.day() ? end : Dates.OPEN;
    }

    Onderwijssoort enrolmentSoort(int i) {
        return enr.soort(enrFrom + i);
    }

    int enrolmentLeerjaar(int i) {
        return enr.leerjaar()[enrFrom + i];
    }

    int enrolmentBrin(int i) {
        return enr.brin()[enrFrom + i];
    }

    /** The preferred known enrolment still running at P (see {@link EnrolmentPreference}), or -1. */
    int currentEnrolment() {
        int best = -1;
        for (int i = 0; i < enrolments(); i++) {
            if (enrolmentEnd(i) == Dates.OPEN && (best < 0 || EnrolmentPreference.prefers(enr, enrFrom + i, enrFrom + best))) {
                best = i;
            }
        }
        return best;
    }

    /** The preferred known enrolment that began strictly before enrolment i did, or -1. */
    int previousEnrolment(int i) {
        int begin = enrolmentBegin(i);
        int best = -1;
        for (int j = 0; j < enrolments() && enrolmentBegin(j) < begin; j++) {
            if (best < 0 || EnrolmentPreference.prefers(enr, enrFrom + j, enrFrom + best)) {
                best = j;
            }
        }
        return best;
    }

    // --- diplomas

    int diplomas() {
        return dipTo - dipFrom;
    }

    int diplomaDate(int i) {
        return dip.date()[dipFrom + i];
    }

    Diplomasoort diplomaSoort(int i) {
        return dip.soort(dipFrom + i);
    }

    // --- absences (verzuim), in meldingsdatum order

    int absences() {
        return absTo - absFrom;
    }

    int absenceDate(int i) {
        return abs.date()[absFrom + i];
    }

    Verzuimsoort absenceSoort(int i) {
        return abs.soort(absFrom + i);
    }

    /** Hours, or {@link Absences#NO_HOURS} when the uren column was empty. */
    int absenceHours(int i) {
        return abs.hours()[absFrom + i];
    }

    // --- moves

    int moves() {
        return movTo - movFrom;
    }

    int moveDate(int i) {
        return mov.date()[movFrom + i];
    }

    Verhuissoort moveKind(int i) {
        return mov.kind(movFrom + i);
    }

    // --- social domain

    KnownSpells benefits() {
        return benefits;
    }

    KnownSpells youthCare() {
        return youthCare;
    }

    KnownSpells debtSupport() {
        return debtSupport;
    }
}
