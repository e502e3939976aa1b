package nl.vroegsignaal.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Label rates of a generated folder by cohort, level group, sex and origin, computed with
 * {@link ReferenceCohorts}, joined with the truth file's probabilities. Also a main class that prints them:
 * {@code java -cp target/vroegsignaal.jar:target/test-classes nl.vroegsignaal.sample.CohortStats DIR}.
 */
final class CohortStats {
    final List<ReferenceCohorts.Member> members;
    final Map<String, Double> truth = new HashMap<>();

    CohortStats(Path dir) {
        members = new ReferenceCohorts(dir).members();
        for (String[] r : CsvTable.read(dir.resolve("truth/waarheid.csv")).rows()) {
            truth.put(r[0] + "|" + r[1], Double.parseDouble(r[2]));
        }
    }

    double truthOf(ReferenceCohorts.Member m) {
        Double p = truth.get(m.pseudonym() + "|" + m.peildatum());
        if (p == null) {
            throw new IllegalStateException("no truth row for a population member at " + m.peildatum());
        }
        return p;
    }

    /** Labelled rows matching the filter: n, leavers, rate, mean truth probability, and the rate's standard error. */
    record Rate(long n, long leavers, double rate, double meanTruth, double se) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%d leavers=%d rate=%.2f%% truth=%.2f%% se=%.2f%%", n, leavers,
                    100 * rate, 100 * meanTruth, 100 * se);
        }
    }

    Rate rate(Predicate<ReferenceCohorts.Member> filter) {
        long n = 0;
        long k = 0;
        double sumP = 0;
        double sumVar = 0;
        for (ReferenceCohorts.Member m : members) {
            if (m.label() >= 0 && filter.test(m)) {
                n++;
                k += m.label();
                double p = truthOf(m);
                sumP += p;
                sumVar += p * (1 - p);
            }
        }
        return new Rate(n, k, n == 0 ? 0 : (double) k / n, n == 0 ? 0 : sumP / n, n == 0 ? 0 : Math.sqrt(sumVar) / n);
    }

    /** Area under the ROC curve of the truth file's probability over the labelled rows (ties count half). */
    double auc() {
        List<double[]> rows = new java.util.ArrayList<>();
        for (ReferenceCohorts.Member m : members) {
            if (m.label() >= 0) {
                rows.add(new double[] {truthOf(m), m.label()});
            }
        }
        rows.sort(java.util.Comparator.comparingDouble(r -> r[0]));
        double rankSum = 0;
        long positives = 0;
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j < rows.size() && rows.get(j)[0] == rows.get(i)[0]) {
                j++;
            }
            double midRank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (rows.get(k)[1] == 1) {
                    rankSum += midRank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = rows.size() - positives;
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    static Predicate<ReferenceCohorts.Member> cohort(int year) {
        LocalDate p = LocalDate.of(year, 10, 1);
        return m -> m.peildatum().equals(p);
    }

    static Predicate<ReferenceCohorts.Member> vo() {
        return m -> List.of("PRO", "VSO", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO").contains(m.onderwijssoort());
    }

    static Predicate<ReferenceCohorts.Member> mbo12() {
        return m -> m.onderwijssoort().equals("MBO-1") || m.onderwijssoort().equals("MBO-2");
    }

    public static void main(String[] args) {
        CohortStats s = new CohortStats(Path.of(args[0]));
        System.out.println("population rows: " + s.members.size() + ", truth rows: " + s.truth.size());
        Map<Integer, long[]> sizes = new TreeMap<>();
        for (ReferenceCohorts.Member m : s.members) {
            long[] c = sizes.computeIfAbsent(m.peildatum().getYear(), k -> new long[2]);
            c[0]++;
            c[1] += m.censored() ? 1 : 0;
        }
        sizes.forEach((y, c) -> System.out.println(y + ": population " + c[0] + ", censored " + c[1]));
        for (int y = 2019; y <= 2025; y++) {
            System.out.println(y + " all     " + s.rate(cohort(y)));
            System.out.println(y + " VO      " + s.rate(cohort(y).and(vo())));
            System.out.println(y + " MBO-1/2 " + s.rate(cohort(y).and(mbo12())));
        }
        System.out.println("all cohorts " + s.rate(m -> true));
        for (String level : List.of("PRO", "VSO", "VMBO-BB", "VMBO-KB", "VMBO-GT", "HAVO", "VWO", "VAVO", "MBO-1",
                "MBO-2", "MBO-3", "MBO-4")) {
            System.out.println(level + " " + s.rate(m -> m.onderwijssoort().equals(level)));
        }
        System.out.println("VO      " + s.rate(vo()));
        System.out.println("MBO     " + s.rate(m -> m.onderwijssoort().startsWith("MBO")));
        System.out.println("MBO-1/2 " + s.rate(mbo12()));
        long leavers = s.members.stream().filter(m -> m.label() == 1).count();
        long adults = s.members.stream().filter(m -> m.label() == 1 && m.age() >= 18).count();
        long adultsNextYear = s.members.stream().filter(m -> m.label() == 1 && m.age() >= 17).count();
        System.out.printf(Locale.ROOT, "leavers aged 18+ on P: %.1f%%, on P + 1 year: %.1f%%%n",
                100.0 * adults / leavers, 100.0 * adultsNextYear / leavers);
        System.out.printf(Locale.ROOT, "AUC of the true probability: %.3f%n", s.auc());
        for (String g : List.of("M", "V")) {
            System.out.println("geslacht " + g + " " + s.rate(m -> m.geslacht().equals(g)));
        }
        for (String h : List.of("Nederland", "Europa", "buiten Europa")) {
            System.out.println("herkomst " + h + " " + s.rate(m -> m.herkomst().equals(h)));
        }
    }
}
