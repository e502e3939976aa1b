package nl.vroegsignaal.features;

import java.util.ArrayList;
import java.util.List;
import nl.vroegsignaal.contract.Code;
import nl.vroegsignaal.contract.Onderwijssoort;

/**
 * The schoolloopbaan family, from enrolments and diplomas known before P. School years start on 1 August; a
 * "previous" enrolment is the preferred one that began strictly earlier ({@link KnownBefore#previousEnrolment}).
 */
final class SchoolCareerFeatures {
    /** Levels of {@link Feature#ONDERWIJSSOORT}: the contract codes in their order, then "geen". */
    static final List<String> SOORT_LEVELS = levels(Onderwijssoort.values());
    /** Levels of {@link Feature#SECTOR}. */
    static final List<String> SECTOR_LEVELS = levels(Onderwijssoort.Sector.values());
    /** A gap between enrolments longer than this counts as an interruption: more than a summer holiday. */
    static final int GAP_DAYS = 92;

    private SchoolCareerFeatures() {
    }

    static void compute(KnownBefore k, double[] row) {
        PeildatumDays at = k.peildatum();
        int current = k.currentEnrolment();
        if (current < 0) {
            row[Feature.ONDERWIJSSOORT.column()] = SOORT_LEVELS.size() - 1;
            row[Feature.SECTOR.column()] = SECTOR_LEVELS.size() - 1;
            row[Feature.LEERJAAR.column()] = 0;
            row[Feature.JAREN_IN_SOORT.column()] = 0;
        } else {
            Onderwijssoort soort = k.enrolmentSoort(current);
            row[Feature.ONDERWIJSSOORT.column()] = soort.ordinal();
            row[Feature.SECTOR.column()] = soort.sector().ordinal();
            row[Feature.LEERJAAR.column()] = k.enrolmentLeerjaar(current);
            row[Feature.JAREN_IN_SOORT.column()] = at.schoolYear() - PeildatumDays.schoolYear(runStart(k, current)) + 1;
        }
        int repeats = 0;
        int downward = 0;
        int switches = 0;
        int gaps = 0;
        int latestEnd = Integer.MIN_VALUE; // latest end among enrolments begun before the one at hand
        int n = k.enrolments();
        for (int i = 0; i < n; i++) {
            int begin = k.enrolmentBegin(i);
            boolean firstOfItsDay = i == 0 || k.enrolmentBegin(i - 1) < begin;
            if (begin >= at.minus3Years()) {
                int prev = k.previousEnrolment(i);
                if (prev >= 0) {
                    repeats += repeatsYear(k, prev, i) ? 1 : 0;
                    downward += movesDown(k, prev, i) ? 1 : 0;
                    switches += switchesSchool(k, prev, i) ? 1 : 0;
                    if (firstOfItsDay && latestEnd != Integer.MAX_VALUE && (long) begin - latestEnd > GAP_DAYS) {
                        gaps++;
                    }
                }
            }
            // Enrolments sharing a begin date are compared with what ended before that date, not with each other.
            if (i + 1 == n || k.enrolmentBegin(i + 1) > begin) {
                for (int j = i; j >= 0 && k.enrolmentBegin(j) == begin; j--) {
                    latestEnd = Math.max(latestEnd, k.enrolmentEnd(j));
                }
            }
        }
        row[Feature.ZITTENBLIJVEN_3J.column()] = repeats;
        row[Feature.AFSTROOM_3J.column()] = downward;
        row[Feature.SCHOOLWISSELS_3J.column()] = switches;
        row[Feature.ONDERBREKINGEN_3J.column()] = gaps;
        row[Feature.DIPLOMAS_TOTAAL.column()] = k.diplomas();
    }

    /** Begin of the unbroken chain of enrolments in the current onderwijssoort that ends in {@code current}. */
    private static int runStart(KnownBefore k, int current) {
        Onderwijssoort soort = k.enrolmentSoort(current);
        int start = k.enrolmentBegin(current);
        for (int prev = k.previousEnrolment(current); prev >= 0 && k.enrolmentSoort(prev) == soort;
             prev = k.previousEnrolment(prev)) {
            start = k.enrolmentBegin(prev);
        }
        return start;
    }

    /** Same onderwijssoort and leerjaar as the enrolment of the school year before. */
    private static boolean repeatsYear(KnownBefore k, int prev, int i) {
        return PeildatumDays.schoolYear(k.enrolmentBegin(i)) == PeildatumDays.schoolYear(k.enrolmentBegin(prev)) + 1
                && k.enrolmentSoort(i) == k.enrolmentSoort(prev)
                && k.enrolmentLeerjaar(i) == k.enrolmentLeerjaar(prev);
    }

    private static boolean movesDown(KnownBefore k, int prev, int i) {
        Onderwijssoort from = k.enrolmentSoort(prev);
        Onderwijssoort to = k.enrolmentSoort(i);
        return from.sector() == to.sector() && levelRank(to) < levelRank(from);
    }

    private static boolean switchesSchool(KnownBefore k, int prev, int i) {
        return k.enrolmentBrin(i) != k.enrolmentBrin(prev)
                && k.enrolmentSoort(i).sector() == k.enrolmentSoort(prev).sector();
    }

    /**
     * Level within a sector: PRO and VSO lowest, then VMBO-BB, -KB, -GT, HAVO, VWO; MBO-1 to MBO-4 by level.
     * Only compared within one sector.
     */
    static int levelRank(Onderwijssoort s) {
        return switch (s) {
            case PRO, VSO -> 0;
            case VMBO_BB, MBO_1 -> 1;
            case VMBO_KB, MBO_2 -> 2;
            case VMBO_GT, MBO_3 -> 3;
            case HAVO, MBO_4 -> 4;
            case VWO -> 5;
            case VAVO, HO -> 0;
        };
    }

    private static List<String> levels(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> v : values) {
            out.add(v instanceof Code c ? c.code() : v.name());
        }
        out.add(Catalogue.NO_ENROLMENT);
        return List.copyOf(out);
    }
}
