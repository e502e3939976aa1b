package nl.vroegsignaal.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.vroegsignaal.features.FeatureDefinition;

/**
 * What the audit knows about the model and the run besides the numbers: where the model came from, on which
 * cohorts it was trained and tested, at which capacity, which features it reads, and the provenance of the run.
 * The audit's report files, the model card and the register entry are written from these facts and the results.
 *
 * @param organisation      the municipality, when given (else the register entry asks for it)
 * @param modelName         the model folder's name
 * @param modelTypeNl       the model type in Dutch, e.g. "logistische regressie"
 * @param modelDescription  the saved model's description (kind and hyperparameters), English
 * @param calibration       the calibration method, e.g. "platt"
 * @param trainPeildata     peildata of the training cohorts
 * @param validationPeildata peildata of the validation cohort(s)
 * @param testPeildata      peildata of the test cohort(s) the audit uses
 * @param trainRows         labelled training rows
 * @param testRows          labelled test rows audited (censored and unlabelled rows left out)
 * @param capacityNl        the configured capacity in Dutch, e.g. "3% van de populatie"
 * @param testCapacity      persons selected in the test cohort(s) at that capacity
 * @param listPeildatum     peildatum of the signal list actually produced
 * @param listCapacity      its length
 * @param listPopulation    the population scored for it
 * @param evaluation        headline figures of the model on its test cohort, from evaluation.json
 * @param features          the catalogue features the model reads, in catalogue order
 * @param seed              seed of the audit's bootstraps and proxy split
 * @param provenance        what produced the audit (versions, sha256 of model, config and inputs), sorted
 * @param heldOutNl         for a model of a user's table: which rows it was tested on, in Dutch (a later time
 *                          value, or held-out rows of the same period); null for the contract's input folder,
 *                          whose test cohorts are the peildata
 */
public record AuditFacts(Optional<String> organisation, String modelName, String modelTypeNl, String modelDescription,
                         String calibration, List<LocalDate> trainPeildata, List<LocalDate> validationPeildata,
                         List<LocalDate> testPeildata, int trainRows, int testRows, String capacityNl,
                         int testCapacity, LocalDate listPeildatum, int listCapacity, int listPopulation,
                         List<Headline> evaluation, List<FeatureDefinition> features, long seed,
                         SortedMap<String, String> provenance, String heldOutNl) {

    public AuditFacts {
        trainPeildata = List.copyOf(trainPeildata);
        validationPeildata = List.copyOf(validationPeildata);
        testPeildata = List.copyOf(testPeildata);
        evaluation = List.copyOf(evaluation);
        features = List.copyOf(features);
        provenance = new TreeMap<>(provenance);
    }

    /** Of a model trained on the contract's input folder. */
    public AuditFacts(Optional<String> organisation, String modelName, String modelTypeNl, String modelDescription,
                      String calibration, List<LocalDate> trainPeildata, List<LocalDate> validationPeildata,
                      List<LocalDate> testPeildata, int trainRows, int testRows, String capacityNl,
                      int testCapacity, LocalDate listPeildatum, int listCapacity, int listPopulation,
                      List<Headline> evaluation, List<FeatureDefinition> features, long seed,
                      SortedMap<String, String> provenance) {
        this(organisation, modelName, modelTypeNl, modelDescription, calibration, trainPeildata, validationPeildata,
                testPeildata, trainRows, testRows, capacityNl, testCapacity, listPeildatum, listCapacity,
                listPopulation, evaluation, features, seed, provenance, null);
    }

    /** True for a model of a user's table (see {@link #heldOutNl}). */
    public boolean fromTable() {
        return heldOutNl != null;
    }

    /**
     * One figure from the model's evaluation, with its 95% interval.
     *
     * @param key    stable key for JSON, e.g. {@code precisie}
     * @param nameNl what it is, in Dutch
     */
    public record Headline(String key, String nameNl, double value, double lower, double upper) {
    }
}
