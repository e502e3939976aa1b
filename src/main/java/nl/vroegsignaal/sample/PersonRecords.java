package nl.vroegsignaal.sample;

import java.util.Arrays;

/**
 * Everything the export will show about one person, as it is simulated: the rows of each file (dates are epoch
 * days, codes are enum ordinals, open ends are {@link Days#OPEN}) and the person's truth rows. The oracle reads
 * only this, so the true probability can be a function of the files alone. Reused from person to person.
 */
final class PersonRecords {
    int birthYear;
    int birthMonth;
    /** Read by the oracle only for the direct-effect audit knob. */
    int herkomst;

    final Enrolments enrolments = new Enrolments();
    final Diplomas diplomas = new Diplomas();
    final Absences absences = new Absences();
    final Spells benefits = new Spells();
    final Spells youthCare = new Spells();
    final Spells debtSupport = new Spells();
    final Moves moves = new Moves();
    final Truth truth = new Truth();

    void reset() {
        enrolments.n = 0;
        diplomas.n = 0;
        absences.n = 0;
        benefits.n = 0;
        youthCare.n = 0;
        debtSupport.n = 0;
        moves.n = 0;
        truth.n = 0;
    }

    /** inschrijvingen.csv rows. */
    static final class Enrolments {
        int n;
        int[] brin = new int[16];
        byte[] soort = new byte[16];
        byte[] leerjaar = new byte[16];
        int[] begin = new int[16];
        int[] end = new int[16];

        int add(int brinIndex, int soortOrdinal, int lj, int beginDay) {
            if (n == begin.length) {
                int c = n * 2;
                brin = Arrays.copyOf(brin, c);
                soort = Arrays.copyOf(soort, c);
                leerjaar = Arrays.copyOf(leerjaar, c);
                begin = Arrays.copyOf(begin, c);
                end = Arrays.copyOf(end, c);
            }
            brin[n] = brinIndex;
            soort[n] = (byte) soortOrdinal;
            leerjaar[n] = (byte) lj;
            begin[n] = beginDay;
            end[n] = Days.OPEN;
            return n++;
        }
    }

    /** diplomas.csv rows. */
    static final class Diplomas {
        int n;
        int[] date = new int[4];
        byte[] soort = new byte[4];

        void add(int day, int soortOrdinal) {
            if (n == date.length) {
                date = Arrays.copyOf(date, n * 2);
                soort = Arrays.copyOf(soort, n * 2);
            }
            date[n] = day;
            soort[n++] = (byte) soortOrdinal;
        }
    }

    /** verzuim.csv rows; {@code uren} is -1 when the optional column is empty. */
    static final class Absences {
        int n;
        int[] date = new int[32];
        byte[] soort = new byte[32];
        short[] uren = new short[32];

        void add(int day, int soortOrdinal, int hours) {
            if (n == date.length) {
                date = Arrays.copyOf(date, n * 2);
                soort = Arrays.copyOf(soort, n * 2);
                uren = Arrays.copyOf(uren, n * 2);
            }
            date[n] = day;
            soort[n] = (byte) soortOrdinal;
            uren[n++] = (short) hours;
        }

        /** Drops rows from index {@code from} on whose date is on or after {@code day}. */
        void dropFrom(int from, int day) {
            int w = from;
            for (int r = from; r < n; r++) {
                if (date[r] < day) {
                    date[w] = date[r];
                    soort[w] = soort[r];
                    uren[w++] = uren[r];
                }
            }
            n = w;
        }

        /** Stable insertion sort by date (a person has few rows). */
        void sortByDate() {
            for (int i = 1; i < n; i++) {
                int d = date[i];
                byte s = soort[i];
                short u = uren[i];
                int j = i - 1;
                while (j >= 0 && date[j] > d) {
                    date[j + 1] = date[j];
                    soort[j + 1] = soort[j];
                    uren[j + 1] = uren[j];
                    j--;
                }
                date[j + 1] = d;
                soort[j + 1] = s;
                uren[j + 1] = u;
            }
        }
    }

    /** uitkeringen.csv, jeugdhulp.csv or schuldhulp.csv rows, in begin order. */
    static final class Spells {
        int n;
        byte[] kind = new byte[8];
        int[] begin = new int[8];
        int[] end = new int[8];
        int[] registered = new int[8];

        void add(int kindOrdinal, int beginDay, int endDay, int registeredDay) {
            if (n == begin.length) {
                int c = n * 2;
                kind = Arrays.copyOf(kind, c);
                begin = Arrays.copyOf(begin, c);
                end = Arrays.copyOf(end, c);
                registered = Arrays.copyOf(registered, c);
            }
            kind[n] = (byte) kindOrdinal;
            begin[n] = beginDay;
            end[n] = endDay;
            registered[n++] = registeredDay;
        }
    }

    /** verhuizingen.csv rows, in date order. */
    static final class Moves {
        int n;
        int[] date = new int[8];
        byte[] kind = new byte[8];

        void add(int day, int kindOrdinal) {
            if (n == date.length) {
                date = Arrays.copyOf(date, n * 2);
                kind = Arrays.copyOf(kind, n * 2);
            }
            date[n] = day;
            kind[n++] = (byte) kindOrdinal;
        }
    }

    /** Truth rows: peildatum year, true probability, and the outcome drawn from it (for tests only). */
    static final class Truth {
        int n;
        int[] year = new int[8];
        double[] probability = new double[8];
        boolean[] left = new boolean[8];

        void add(int y, double p, boolean leaves) {
            if (n == year.length) {
                year = Arrays.copyOf(year, n * 2);
                probability = Arrays.copyOf(probability, n * 2);
                left = Arrays.copyOf(left, n * 2);
            }
            year[n] = y;
            probability[n] = p;
            left[n++] = leaves;
        }
    }
}
