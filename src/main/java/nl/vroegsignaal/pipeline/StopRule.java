package nl.vroegsignaal.pipeline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.vroegsignaal.core.Hashing;
import nl.vroegsignaal.core.InputException;
import nl.vroegsignaal.disclosure.Disclosure;
import nl.vroegsignaal.explain.NlFormat;
import nl.vroegsignaal.fairness.AttributeAudit;
import nl.vroegsignaal.fairness.AuditInput;
import nl.vroegsignaal.fairness.AuditOptions;
import nl.vroegsignaal.fairness.Estimate;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.FairnessAuditor;
import nl.vroegsignaal.fairness.GroupMetrics;
import nl.vroegsignaal.features.FeatureMatrix;
import nl.vroegsignaal.features.FeatureSet;
import nl.vroegsignaal.followup.FollowUp;
import nl.vroegsignaal.link.StopReviewFile;
import nl.vroegsignaal.model.AbsenceRuleBaseline;
import nl.vroegsignaal.model.Capacity;
import nl.vroegsignaal.model.SavedModel;

/**
 * The stop rule of the signal step (the Algoritmekader's emergency stop): before a new list is written, the model is
 * checked on what the input now holds. When a configured condition holds (the model finds fewer who leave at capacity
 * than the absence rule on the newest labelled cohort, a group's calibration lies out of band, or a feature has
 * drifted beyond its threshold since training), no list is written until a named person records in
 * {@code stopregel-akkoord.csv} that they reviewed this stop, by its code; the review then goes into the lists'
 * provenance. The code is fixed by the model, the peildatum and the conditions, so a review releases this stop only.
 */
final class StopRule {
    static final String PROVENANCE = "stopregel";
    /** Resamples of the calibration intervals: the check needs a clear miss, not the audit's precision. */
    private static final int RESAMPLES = 200;

    /** One condition that holds, in English (for the log and stderr) and Dutch (for the team). */
    record Condition(String id, String en, String nl) {
    }

    /** The conditions that hold at a peildatum, and the code a review must name. */
    record Verdict(LocalDate peildatum, List<Condition> conditions, String code) {
        boolean stops() {
            return !conditions.isEmpty();
        }
    }

    private StopRule() {
    }

    /**
     * @param measured the matrix measured against what happened ({@link RecordedContacts#measured}: for a model with
     *                 the contact input, the recorded contacts), for the newest labelled cohort's conditions
     */
    static Verdict check(SavedModel saved, FeatureSet features, FeatureMatrix measured, LocalDate p,
                         SignalConfig.Stop stop) {
        List<Condition> out = new ArrayList<>();
        if (stop.enabled()) {
            newestLabelled(measured).ifPresent(cohortDate -> {
                AuditCohort cohort = AuditCohort.of(saved, measured, List.of(cohortDate),
                        SignalStage.configuredCapacity(saved));
                if (stop.precisionBelowAbsenceRule()) {
                    precision(saved, measured, cohort).ifPresent(out::add);
                }
                if (stop.calibrationBand() != null) {
                    out.addAll(calibration(saved, features, cohort, stop.calibrationBand()));
                }
            });
            if (stop.driftPsi() != null) {
                drift(saved, features.matrix(), p, stop.driftPsi()).ifPresent(out::add);
            }
        }
        String modelSha = Hashing.sha256(saved.dir().resolve(SavedModel.MODEL));
        String code = Hashing.sha256(modelSha + "\n" + p + "\n"
                + String.join("\n", out.stream().map(Condition::id).toList())).substring(0, 12);
        return new Verdict(p, out, code);
    }

    /**
     * Lets the list be written when no condition holds, or when a review of this stop is recorded (then noted in
     * {@code provenance}); otherwise refuses with the conditions, the code and what to do.
     */
    static void enforce(Verdict v, Optional<StopReviewFile.Contents> reviews, Map<String, String> provenance) {
        if (!v.stops()) {
            return;
        }
        Optional<StopReviewFile.Review> review = reviews.flatMap(r -> r.of(v.code()));
        if (review.isPresent()) {
            StopReviewFile.Review r = review.get();
            provenance.put(PROVENANCE, "code " + v.code() + " (" + String.join(", ", v.conditions().stream()
                    .map(Condition::id).toList()) + "), beoordeeld door " + r.name() + " op " + r.date()
                    + (r.note().isEmpty() ? "" : ": " + r.note()));
            reviews.ifPresent(c -> provenance.put("sha256 " + StopReviewFile.FILE, c.sha256()));
            return;
        }
        StringBuilder msg = new StringBuilder("the stop rule (signal.stop) holds back a new signal list at peildatum ")
                .append(v.peildatum()).append(" (stop code ").append(v.code()).append("):");
        v.conditions().forEach(c -> msg.append("\n  - ").append(c.en()));
        msg.append("\nA named person reviews this and records it as a row in ").append(StopReviewFile.FILE)
                .append(" in the input folder (columns code,naam,datum,toelichting; code ").append(v.code())
                .append("); then signal writes the list and records the review in its provenance.")
                .append("\nDe stopregel houdt een nieuwe signaallijst tegen (code ").append(v.code()).append("):");
        v.conditions().forEach(c -> msg.append("\n  - ").append(c.nl()));
        msg.append("\nIemand bekijkt dit en zet een regel met code ").append(v.code()).append(", naam, datum en ")
                .append("toelichting in ").append(StopReviewFile.FILE).append(" in de invoermap. Daarna maakt signal")
                .append(" de lijst, en staat de beoordeling in de herkomst van de lijst.");
        throw new InputException(msg.toString());
    }

    private static Optional<LocalDate> newestLabelled(FeatureMatrix m) {
        int newest = Integer.MIN_VALUE;
        for (int r = 0; r < m.rows(); r++) {
            if (m.label()[r] != FeatureMatrix.NO_LABEL) {
                newest = Math.max(newest, m.peildatum()[r]);
            }
        }
        return newest == Integer.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(newest));
    }

    private static Optional<Condition> precision(SavedModel saved, FeatureMatrix m, AuditCohort cohort) {
        Capacity capacity = SignalStage.configuredCapacity(saved);
        Optional<AbsenceRuleBaseline> rule = saved.provenance().absenceRuleFeatures()
                .flatMap(f -> AbsenceRuleBaseline.fit(m, f.get(0), f.get(1), cohort.rows()));
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        double[] score = new double[m.rows()];
        double[] raw = rule.get().rawScores(m, cohort.rows());
        for (int i = 0; i < raw.length; i++) {
            score[cohort.rows()[i]] = raw[i];
        }
        int[] model = hits(cohort.label(), cohort.selected());
        int[] today = hits(cohort.label(), cohort.selectBy(m, score, capacity));
        if (model[0] * (long) today[1] >= today[0] * (long) model[1]) {
            return Optional.empty();
        }
        boolean shown = !Disclosure.hidesRate(model[0], model[1]) && !Disclosure.hidesRate(today[0], today[1]);
        String figures = shown ? String.format(Locale.ROOT, " (%.3f against %.3f)", share(model), share(today)) : "";
        String cijfers = shown ? " (" + NlFormat.percent(share(model)) + " tegen " + NlFormat.percent(share(today))
                + ")" : "";
        LocalDate d = cohort.peildata().get(0);
        return Optional.of(new Condition("precisie",
                "on the newest labelled cohort " + d + " the model finds fewer who left at capacity than the absence "
                        + "rule" + figures + " (signal.stop.precisionBelowAbsenceRule)",
                "op het nieuwste cohort met bekende uitkomst (" + NlFormat.date(d) + ") vindt het model op de lijst "
                        + "minder jongeren die uitvielen dan de verzuimregel" + cijfers));
    }

    private static List<Condition> calibration(SavedModel saved, FeatureSet features, AuditCohort cohort,
                                               double band) {
        int positives = 0;
        for (byte b : cohort.label()) {
            positives += b;
        }
        if (positives < Disclosure.MIN_PERSONS || cohort.label().length - positives < Disclosure.MIN_PERSONS) {
            return List.of();
        }
        FairnessAudit audit = FairnessAuditor.audit(new AuditInput(cohort.risk(), cohort.label(), cohort.selected(),
                AuditCohort.attributes(features.audit(), cohort.rows())),
                AuditOptions.defaults(saved.provenance().seed()).withResamples(RESAMPLES));
        List<Condition> out = new ArrayList<>();
        for (AttributeAudit a : audit.attributes()) {
            for (GroupMetrics g : a.groups()) {
                Estimate oe = g.calibration().observedToExpected();
                if (!oe.suppressed() && (oe.upper() < 1 / band || oe.lower() > band)) {
                    String range = String.format(Locale.ROOT, "%.2f-%.2f", oe.lower(), oe.upper());
                    out.add(new Condition("kalibratie " + g.group(),
                            "group " + g.group() + ": observed/expected " + range + " on the newest labelled cohort "
                                    + cohort.peildata().get(0) + ", outside the band 1/" + band + "-" + band
                                    + " (signal.stop.calibrationBand)",
                            "groep " + g.group() + ": het model " + (oe.upper() < 1 ? "overschat" : "onderschat")
                                    + " het risico van deze groep (waargenomen gedeeld door verwacht "
                                    + range.replace('.', ',') + ")"));
                }
            }
        }
        return out;
    }

    private static Optional<Condition> drift(SavedModel saved, FeatureMatrix m, LocalDate p, double threshold) {
        List<LocalDate> train = new ArrayList<>();
        try {
            for (String d : saved.provenance().split().train()) {
                train.add(LocalDate.parse(d));
            }
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty(); // a --table model: no training cohorts to find in this input
        }
        FollowUp.FeatureDrift largest = FollowUp.drift(m, train, p).largest();
        if (largest.psi() < threshold) {
            return Optional.empty();
        }
        String psi = String.format(Locale.ROOT, "%.3f", largest.psi());
        return Optional.of(new Condition("drift " + largest.feature(),
                "feature " + largest.feature() + " (" + largest.source() + ") has drifted since training: PSI " + psi
                        + " at " + p + ", threshold " + threshold + " (signal.stop.driftPsi)",
                "de gegevens zijn veranderd sinds het model leerde: kenmerk " + largest.feature() + " uit "
                        + largest.source() + " (PSI " + psi.replace('.', ',') + ")"));
    }

    private static int[] hits(byte[] label, boolean[] selected) {
        int tp = 0;
        int k = 0;
        for (int i = 0; i < label.length; i++) {
            if (selected[i]) {
                k++;
                tp += label[i];
            }
        }
        return new int[] {tp, k};
    }

    private static double share(int[] hits) {
        return hits[1] == 0 ? 0 : (double) hits[0] / hits[1];
    }
}
