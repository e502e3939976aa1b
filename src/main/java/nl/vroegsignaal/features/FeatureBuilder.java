package nl.vroegsignaal.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import nl.vroegsignaal.contract.SourceFile;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.link.Enrolments;
import nl.vroegsignaal.link.LinkedData;

/**
 * Builds population, labels and catalogue features for every peildatum in the linked data.
 *
 * <p>One pass decides membership per person and peildatum; a second pass computes each member's row, reading
 * the person's event slices once per peildatum through {@link KnownBefore}. Persons are split into chunks that
 * run in parallel; every row's position is fixed beforehand (peildatum, then pseudonym order), so the result
 * does not depend on scheduling.
 */
public final class FeatureBuilder {
    private static final int CHUNKS = 256;

    private FeatureBuilder() {
    }

    public static FeatureSet build(LinkedData data) {
        return build(data, FeatureOptions.defaults());
    }

    public static FeatureSet build(LinkedData data, FeatureOptions options) {
        return build(data, Timeline.of(data, options));
    }

    public static FeatureSet build(LinkedData data, Timeline timeline) {
        List<LocalDate> peildata = timeline.peildata();
        if (peildata.size() > Long.SIZE) {
            throw new InputException("the input spans " + peildata.size() + " peildata; at most " + Long.SIZE
                    + " are supported");
        }
        PeildatumDays[] days = peildata.stream().map(PeildatumDays::of).toArray(PeildatumDays[]::new);
        int horizon = (int) timeline.horizon().toEpochDay();
        int n = data.persons().size();
        int chunks = Math.max(1, Math.min(CHUNKS, n));

        long[] member = new long[n];
        int[][] chunkCounts = new int[chunks][days.length];
        IntStream.range(0, chunks).parallel().forEach(c -> {
            for (int p = from(c, chunks, n); p < from(c + 1, chunks, n); p++) {
                for (int k = 0; k < days.length; k++) {
                    if (Population.isMember(data, p, days[k])) {
                        member[p] |= 1L << k;
                        chunkCounts[c][k]++;
                    }
                }
            }
        });

        int[] cohortStart = new int[days.length + 1];
        for (int k = 0; k < days.length; k++) {
            int total = 0;
            for (int c = 0; c < chunks; c++) {
                total += chunkCounts[c][k];
            }
            cohortStart[k + 1] = cohortStart[k] + total;
        }
        int[][] chunkStart = new int[chunks][days.length];
        for (int k = 0; k < days.length; k++) {
            int at = cohortStart[k];
            for (int c = 0; c < chunks; c++) {
                chunkStart[c][k] = at;
                at += chunkCounts[c][k];
            }
        }

        Rows rows = new Rows(cohortStart[days.length]);
        IntStream.range(0, chunks).parallel().forEach(c -> {
            KnownBefore known = new KnownBefore(data);
            double[] row = new double[Feature.values().length];
            int[] cursor = chunkStart[c].clone();
            for (int p = from(c, chunks, n); p < from(c + 1, chunks, n); p++) {
                for (int k = 0; k < days.length; k++) {
                    if ((member[p] & (1L << k)) != 0) {
                        fillRow(data, p, days[k], horizon, known, row, rows, cursor[k]++);
                    }
                }
            }
        });
        return new FeatureSet(rows.matrix(data), rows.audit(), cohorts(peildata, cohortStart, rows.outcome));
    }

    private static int from(int chunk, int chunks, int n) {
        return (int) ((long) n * chunk / chunks);
    }

    private static void fillRow(LinkedData data, int p, PeildatumDays at, int horizon, KnownBefore known,
                                double[] row, Rows rows, int r) {
        PersonFeatures.compute(known.reset(p, at), row);
        for (Feature f : Feature.values()) {
            int col = f.column();
            if (rows.numeric[col] != null) {
                rows.numeric[col][r] = row[col];
            } else {
                rows.categorical[col][r] = (int) row[col];
            }
        }
        byte outcome = Labels.outcome(data, p, at, horizon);
        rows.outcome[r] = outcome;
        rows.label[r] = outcome == Labels.POSITIVE || outcome == Labels.NEGATIVE ? outcome : FeatureMatrix.NO_LABEL;
        rows.person[r] = p;
        rows.peildatum[r] = at.day();
        Enrolments e = data.enrolments();
        int enrolment = Population.enrolmentOn(e, p, at.day());
        rows.school[r] = e.brin()[enrolment];
        rows.soort[r] = e.soort()[enrolment];
        rows.geslacht[r] = data.protectedAttributes().geslacht()[p];
        rows.herkomst[r] = data.protectedAttributes().herkomst()[p];
    }

    private static List<CohortSummary> cohorts(List<LocalDate> peildata, int[] cohortStart, byte[] outcome) {
        List<CohortSummary> out = new ArrayList<>();
        for (int k = 0; k < peildata.size(); k++) {
            int[] counts = new int[4];
            for (int r = cohortStart[k]; r < cohortStart[k + 1]; r++) {
                counts[outcome[r]]++;
            }
            int labelled = counts[Labels.POSITIVE] + counts[Labels.NEGATIVE];
            out.add(new CohortSummary(peildata.get(k), cohortStart[k + 1] - cohortStart[k], labelled,
                    counts[Labels.CENSORED], counts[Labels.BEYOND_HORIZON], counts[Labels.POSITIVE]));
        }
        return List.copyOf(out);
    }

    /** Column arrays of the result, filled by row index. */
    private static final class Rows {
        final int[] person;
        final int[] peildatum;
        final byte[] label;
        final byte[] outcome;
        final double[][] numeric = new double[Feature.values().length][];
        final int[][] categorical = new int[Feature.values().length][];
        final int[] school;
        final byte[] soort;
        final byte[] geslacht;
        final byte[] herkomst;

        Rows(int n) {
            person = new int[n];
            peildatum = new int[n];
            label = new byte[n];
            outcome = new byte[n];
            school = new int[n];
            soort = new byte[n];
            geslacht = new byte[n];
            herkomst = new byte[n];
            for (Feature f : Feature.values()) {
                if (f.definition().kind() == FeatureKind.CATEGORICAL) {
                    categorical[f.column()] = new int[n];
                } else {
                    numeric[f.column()] = new double[n];
                }
            }
        }

        FeatureMatrix matrix(LinkedData data) {
            String[] pseudonym = new String[person.length];
            for (int r = 0; r < person.length; r++) {
                pseudonym[r] = data.persons().pseudonym()[person[r]];
            }
            List<FeatureColumn> columns = new ArrayList<>();
            for (Feature f : Feature.values()) {
                columns.add(numeric[f.column()] != null ? new FeatureColumn.Numeric(numeric[f.column()])
                        : new FeatureColumn.Categorical(categorical[f.column()], levels(f, data)));
            }
            FeatureMatrix all = new FeatureMatrix(Catalogue.current(), pseudonym, peildatum, label,
                    List.copyOf(columns), school, data.enrolments().brinCodes(), soort);
            return data.missingSources().isEmpty() ? all : withoutMissing(all, data.missingSources());
        }

        /** A missing source's features are left out of the matrix, so no model, reason or test ever sees them. */
        private static FeatureMatrix withoutMissing(FeatureMatrix m, Set<SourceFile> missing) {
            List<String> files = missing.stream().map(SourceFile::fileName).toList();
            List<String> names = m.catalogue().features().stream()
                    .filter(d -> Arrays.stream(d.source().split(",")).map(String::strip).anyMatch(files::contains))
                    .map(FeatureDefinition::name).toList();
            return m.without(names, files);
        }

        AuditAttributes audit() {
            return AuditAttributes.contract(geslacht, herkomst);
        }

        private static List<String> levels(Feature f, LinkedData data) {
            return switch (f) {
                case ONDERWIJSSOORT -> SchoolCareerFeatures.SOORT_LEVELS;
                case SECTOR -> SchoolCareerFeatures.SECTOR_LEVELS;
                case WIJK -> data.persons().wijkCodes();
                default -> throw new IllegalStateException("no levels for " + f);
            };
        }
    }
}
