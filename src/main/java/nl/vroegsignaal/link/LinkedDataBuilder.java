package nl.vroegsignaal.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Geslacht;
import nl.vroegsignaal.contract.Herkomst;
import nl.vroegsignaal.contract.Jeugdhulpsoort;
import nl.vroegsignaal.contract.Onderwijssoort;
import nl.vroegsignaal.contract.Regeling;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.contract.Verhuissoort;
import nl.vroegsignaal.contract.Verzuimsoort;

/**
 * Collects already-validated rows and builds {@link LinkedData}: persons sorted by pseudonym, events grouped
 * per person and sorted by date. Add all persons first; an event whose pseudonym is unknown is counted and
 * dropped (returns false). Used by the CSV reader and by tests that build data in memory.
 */
public final class LinkedDataBuilder {
    private final List<String> pseudonyms = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final IntColumn birthMonth = new IntColumn();
    private final List<String> wijk = new ArrayList<>();
    private final IntColumn geslacht = new IntColumn();
    private final IntColumn herkomst = new IntColumn();
    private final Map<SourceFile, long[]> counts = new EnumMap<>(SourceFile.class);

    private final Events enrolments = new Events(4); // brin, soort, leerjaar, end
    private final List<String> brinCodes = new ArrayList<>();
    private final Map<String, Integer> brinIndex = new HashMap<>();
    private final Events diplomas = new Events(1);
    private final Events absences = new Events(2);
    private final Events benefits = new Events(3); // kind, end, registered
    private final Events youthCare = new Events(3);
    private final Events debtSupport = new Events(3);
    private final Events moves = new Events(1);

    /** Adds a person; returns false (and adds nothing) when the pseudonym is already present. */
    public boolean addPerson(String pseudonym, int birthYear, int birthMonthOfYear, Geslacht g, Herkomst h,
                             String wijkCode) {
        count(SourceFile.PERSONEN, true);
        if (index.putIfAbsent(pseudonym, pseudonyms.size()) != null) {
            return false;
        }
        pseudonyms.add(pseudonym);
        birthMonth.add(Dates.monthIndex(birthYear, birthMonthOfYear));
        wijk.add(wijkCode);
        geslacht.add(g.ordinal());
        herkomst.add(h.ordinal());
        return true;
    }

    public boolean addEnrolment(String pseudonym, String brin, Onderwijssoort soort, int leerjaar, int begin, int end) {
        int p = link(SourceFile.INSCHRIJVINGEN, pseudonym);
        if (p < 0) {
            return false;
        }
        enrolments.add(p, begin, brinIndex(brin), soort.ordinal(), leerjaar, end);
        return true;
    }

    public boolean addDiploma(String pseudonym, int date, Diplomasoort soort) {
        return add(diplomas, SourceFile.DIPLOMAS, pseudonym, date, soort.ordinal());
    }

    /** {@code hours} is {@link Absences#NO_HOURS} when unknown. */
    public boolean addAbsence(String pseudonym, int date, Verzuimsoort soort, int hours) {
        return add(absences, SourceFile.VERZUIM, pseudonym, date, soort.ordinal(), hours);
    }

    public boolean addBenefit(String pseudonym, Regeling regeling, int begin, int end, int registered) {
        return add(benefits, SourceFile.UITKERINGEN, pseudonym, begin, regeling.ordinal(), end, registered);
    }

    public boolean addYouthCare(String pseudonym, Jeugdhulpsoort soort, int begin, int end, int registered) {
        return add(youthCare, SourceFile.JEUGDHULP, pseudonym, begin, soort.ordinal(), end, registered);
    }

    public boolean addDebtSupport(String pseudonym, int begin, int end, int registered) {
        return add(debtSupport, SourceFile.SCHULDHULP, pseudonym, begin, 0, end, registered);
    }

    public boolean addMove(String pseudonym, int date, Verhuissoort soort) {
        return add(moves, SourceFile.VERHUIZINGEN, pseudonym, date, soort.ordinal());
    }

    // Package-private entry points for the CSV reader, which resolves pseudonyms itself (on raw bytes, in
    // parallel) to person indices: the order in which addPerson accepted the persons. It fills columns in
    // this builder's own layout and hands them over, so that tens of millions of rows are not copied again.

    /** Number of persons accepted so far; their indices are 0 .. personCount() - 1. */
    int personCount() {
        return pseudonyms.size();
    }

    /** Records how many rows of an event source were linked and how many had an unknown pseudonym. */
    void countRows(SourceFile source, long linked, long unknown) {
        long[] c = counts.computeIfAbsent(source, k -> new long[2]);
        c[0] += linked + unknown;
        c[1] += linked;
    }

    /** The index of a BRIN code in {@link Enrolments#brinCodes()}, adding it if new. */
    int brinIndex(String brin) {
        return brinIndex.computeIfAbsent(brin, k -> {
            brinCodes.add(k);
            return brinCodes.size() - 1;
        });
    }

    /**
     * Takes over the columns of an event source that has no rows yet. {@code date} is the sort date (begin for
     * spells and enrolments); {@code columns} follow the layout of that source's events below (enrolments:
     * brin index, soort, leerjaar, end; absences: soort, hours; spells: kind, end, registered; diplomas and
     * moves: soort). Codes are enum ordinals, persons are indices. The columns must not be used afterwards.
     */
    void adopt(SourceFile source, IntColumn person, IntColumn date, IntColumn... columns) {
        Events e = switch (source) {
            case INSCHRIJVINGEN -> enrolments;
            case DIPLOMAS -> diplomas;
            case VERZUIM -> absences;
            case UITKERINGEN -> benefits;
            case JEUGDHULP -> youthCare;
            case SCHULDHULP -> debtSupport;
            case VERHUIZINGEN -> moves;
            case PERSONEN -> throw new IllegalArgumentException("persons are added with addPerson");
        };
        e.adopt(person, date, columns);
    }

    /** True when the pseudonym was added as a person. */
    public boolean knows(String pseudonym) {
        return index.containsKey(pseudonym);
    }

    private boolean add(Events events, SourceFile source, String pseudonym, int date, int... columns) {
        int p = link(source, pseudonym);
        if (p < 0) {
            return false;
        }
        events.add(p, date, columns);
        return true;
    }

    private int link(SourceFile source, String pseudonym) {
        Integer p = index.get(pseudonym);
        count(source, p != null);
        return p == null ? -1 : p;
    }

    private void count(SourceFile source, boolean linked) {
        long[] c = counts.computeIfAbsent(source, k -> new long[2]);
        c[0]++;
        if (linked) {
            c[1]++;
        }
    }

    public LinkedData build(Map<String, String> inputHashes) {
        return build(inputHashes, RecordPlaces.NONE);
    }

    public LinkedData build(Map<String, String> inputHashes, RecordPlaces places) {
        return build(inputHashes, places, Set.of());
    }

    /** @param missing the sources that were left out (their tables are empty and the report names them) */
    public LinkedData build(Map<String, String> inputHashes, RecordPlaces places, Set<SourceFile> missing) {
        int n = pseudonyms.size();
        // Sort persons by pseudonym so that indices do not depend on file order.
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> pseudonyms.get(a).compareTo(pseudonyms.get(b)));
        int[] order = new int[n];
        int[] newIndex = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
            newIndex[boxed[i]] = i;
        }
        String[] pseudonym = new String[n];
        for (int i = 0; i < n; i++) {
            pseudonym[i] = pseudonyms.get(order[i]);
        }
        List<String> wijkCodes = new ArrayList<>(new TreeSet<>(wijk));
        Map<String, Integer> wijkIdx = new HashMap<>();
        for (int i = 0; i < wijkCodes.size(); i++) {
            wijkIdx.put(wijkCodes.get(i), i);
        }
        int[] wijkOf = new int[n];
        for (int i = 0; i < n; i++) {
            wijkOf[i] = wijkIdx.get(wijk.get(order[i]));
        }
        Persons persons = new Persons(pseudonym, birthMonth.permuted(order), wijkOf, List.copyOf(wijkCodes));
        ProtectedAttributes prot = new ProtectedAttributes(geslacht.permutedBytes(order), herkomst.permutedBytes(order));

        int[][] e = enrolments.grouped(newIndex, n);
        Enrolments enr = new Enrolments(e[0], enrolments.column(0, e[1]), List.copyOf(brinCodes),
                enrolments.bytes(1, e[1]), enrolments.bytes(2, e[1]), enrolments.dates(e[1]), enrolments.column(3, e[1]));
        int[][] d = diplomas.grouped(newIndex, n);
        Diplomas dip = new Diplomas(d[0], diplomas.dates(d[1]), diplomas.bytes(0, d[1]));
        int[][] a = absences.grouped(newIndex, n);
        Absences abs = new Absences(a[0], absences.dates(a[1]), absences.bytes(0, a[1]), absences.column(1, a[1]));
        int[][] m = moves.grouped(newIndex, n);
        Moves mov = new Moves(m[0], moves.dates(m[1]), moves.bytes(0, m[1]));

        Map<SourceFile, SourceCounts> sourceCounts = new EnumMap<>(SourceFile.class);
        for (SourceFile f : SourceFile.values()) {
            long[] c = counts.getOrDefault(f, new long[2]);
            sourceCounts.put(f, new SourceCounts(c[0], c[1], c[0] - c[1]));
        }
        return new LinkedData(persons, prot, enr, dip, abs, spells(benefits, newIndex, n), spells(youthCare, newIndex, n),
                spells(debtSupport, newIndex, n), mov, Map.copyOf(sourceCounts), Map.copyOf(inputHashes), places,
                missing.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(missing)));
    }

    private static Spells spells(Events s, int[] newIndex, int n) {
        int[][] g = s.grouped(newIndex, n);
        return new Spells(g[0], s.bytes(0, g[1]), s.dates(g[1]), s.column(1, g[1]), s.column(2, g[1]));
    }

    /** Rows of one event source: person, date and extra int columns, grouped per person by counting sort. */
    private static final class Events {
        private IntColumn person = new IntColumn();
        private IntColumn date = new IntColumn();
        private IntColumn[] columns;

        Events(int width) {
            columns = new IntColumn[width];
            for (int i = 0; i < width; i++) {
                columns[i] = new IntColumn();
            }
        }

        void adopt(IntColumn p, IntColumn d, IntColumn[] values) {
            if (person.size() > 0) {
                throw new IllegalStateException("columns can only be handed over to an empty source");
            }
            if (values.length != columns.length) {
                throw new IllegalArgumentException("expected " + columns.length + " columns, got " + values.length);
            }
            for (IntColumn c : values) {
                if (c.size() != p.size() || d.size() != p.size()) {
                    throw new IllegalArgumentException("columns differ in length");
                }
            }
            person = p;
            date = d;
            columns = values.clone();
        }

        void add(int p, int d, int... values) {
            person.add(p);
            date.add(d);
            for (int i = 0; i < columns.length; i++) {
                columns[i].add(values[i]);
            }
        }

        /** Returns {offsets (n+1), row order}: rows grouped by new person index, by date within a person. */
        int[][] grouped(int[] newIndex, int n) {
            int rows = person.size();
            int[] offsets = new int[n + 1];
            for (int i = 0; i < rows; i++) {
                offsets[newIndex[person.get(i)] + 1]++;
            }
            for (int p = 0; p < n; p++) {
                offsets[p + 1] += offsets[p];
            }
            int[] fill = Arrays.copyOf(offsets, n);
            int[] order = new int[rows];
            for (int i = 0; i < rows; i++) {
                order[fill[newIndex[person.get(i)]]++] = i;
            }
            for (int p = 0; p < n; p++) {
                sortSliceByDate(order, offsets[p], offsets[p + 1]);
            }
            return new int[][] {offsets, order};
        }

        // Insertion sort: a person has few rows per source, and it is stable (file order breaks date ties).
        private void sortSliceByDate(int[] order, int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int row = order[i];
                int key = date.get(row);
                int j = i - 1;
                while (j >= from && date.get(order[j]) > key) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = row;
            }
        }

        int[] dates(int[] order) {
            return date.permuted(order);
        }

        int[] column(int c, int[] order) {
            return columns[c].permuted(order);
        }

        byte[] bytes(int c, int[] order) {
            return columns[c].permutedBytes(order);
        }
    }
}
