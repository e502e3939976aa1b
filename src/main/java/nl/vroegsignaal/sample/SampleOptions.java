package nl.vroegsignaal.sample;

import nl.vroegsignaal.core.InputException;

/**
 * What to generate. Validated on construction: a bad value is an {@link InputException} with a message that
 * names the option.
 *
 * @param persons              rows of personen.csv (1 .. {@link #MAX_PERSONS})
 * @param seed                 the world's seed; the same options give byte-identical files
 * @param directEffectHerkomst audit knob: log-odds added to the outcome of youngsters of origin outside Europe
 * @param proxyLeak            audit knob: luxeverzuim is registered mostly for youngsters of origin outside Europe
 * @param threads              worker threads (does not change the output)
 * @param registrationBias     audit knob: extra unauthorised-absence reports, on average, that schools register
 *                             for each real one of a youngster of origin outside Europe (a biased source); the
 *                             true probability never sees them
 * @param noiseSource          necessity knob: a social-domain source made pure noise ({@link NoiseSource})
 * @param drift                follow-up knobs: the world shifts from 2024 on ({@link DriftKnobs})
 * @param treatment            follow-up knob: contact after a list lowers the chance of leaving ({@link TreatmentKnob})
 */
public record SampleOptions(int persons, long seed, double directEffectHerkomst, boolean proxyLeak, int threads,
                            double registrationBias, NoiseSource noiseSource, DriftKnobs drift,
                            TreatmentKnob treatment) {
    public SampleOptions(int persons, long seed, double directEffectHerkomst, boolean proxyLeak, int threads,
                         double registrationBias, NoiseSource noiseSource, DriftKnobs drift) {
        this(persons, seed, directEffectHerkomst, proxyLeak, threads, registrationBias, noiseSource, drift,
                TreatmentKnob.NONE);
    }

    public SampleOptions(int persons, long seed, double directEffectHerkomst, boolean proxyLeak, int threads,
                         double registrationBias, NoiseSource noiseSource) {
        this(persons, seed, directEffectHerkomst, proxyLeak, threads, registrationBias, noiseSource, DriftKnobs.NONE);
    }

    public SampleOptions(int persons, long seed, double directEffectHerkomst, boolean proxyLeak, int threads) {
        this(persons, seed, directEffectHerkomst, proxyLeak, threads, 0.0);
    }

    public SampleOptions(int persons, long seed, double directEffectHerkomst, boolean proxyLeak, int threads,
                         double registrationBias) {
        this(persons, seed, directEffectHerkomst, proxyLeak, threads, registrationBias, NoiseSource.NONE);
    }

    public static final long DEFAULT_SEED = 20261001L;
    public static final int MAX_PERSONS = 10_000_000;

    public SampleOptions {
        noiseSource = noiseSource == null ? NoiseSource.NONE : noiseSource;
        drift = drift == null ? DriftKnobs.NONE : drift;
        treatment = treatment == null ? TreatmentKnob.NONE : treatment;
        if (persons < 1 || persons > MAX_PERSONS) {
            throw new InputException("--persons must be between 1 and " + MAX_PERSONS + ", got " + persons);
        }
        if (!Double.isFinite(directEffectHerkomst) || Math.abs(directEffectHerkomst) > 10) {
            throw new InputException("--direct-effect-herkomst must be a log-odds between -10 and 10, got "
                    + directEffectHerkomst);
        }
        if (!Double.isFinite(registrationBias) || registrationBias < 0 || registrationBias > 20) {
            throw new InputException("--registration-bias-herkomst must be a number of extra reports per real "
                    + "report between 0 and 20, got " + registrationBias);
        }
        if (threads < 1 || threads > 256) {
            throw new InputException("--threads must be between 1 and 256, got " + threads);
        }
    }

    /** The given scale with the default seed, no knobs, and one thread per processor. */
    public static SampleOptions of(Scale scale) {
        return of(scale.persons());
    }

    public static SampleOptions of(int persons) {
        return new SampleOptions(persons, DEFAULT_SEED, 0.0, false, Runtime.getRuntime().availableProcessors());
    }

    public SampleOptions withSeed(long newSeed) {
        return new SampleOptions(persons, newSeed, directEffectHerkomst, proxyLeak, threads, registrationBias, noiseSource, drift, treatment);
    }

    public SampleOptions withDirectEffectHerkomst(double logOdds) {
        return new SampleOptions(persons, seed, logOdds, proxyLeak, threads, registrationBias, noiseSource, drift, treatment);
    }

    public SampleOptions withProxyLeak(boolean leak) {
        return new SampleOptions(persons, seed, directEffectHerkomst, leak, threads, registrationBias, noiseSource, drift, treatment);
    }

    public SampleOptions withRegistrationBias(double extraReports) {
        return new SampleOptions(persons, seed, directEffectHerkomst, proxyLeak, threads, extraReports, noiseSource, drift, treatment);
    }

    public SampleOptions withNoiseSource(NoiseSource source) {
        return new SampleOptions(persons, seed, directEffectHerkomst, proxyLeak, threads, registrationBias, source, drift, treatment);
    }

    public SampleOptions withDrift(DriftKnobs knobs) {
        return new SampleOptions(persons, seed, directEffectHerkomst, proxyLeak, threads, registrationBias, noiseSource,
                knobs, treatment);
    }

    public SampleOptions withTreatment(TreatmentKnob knob) {
        return new SampleOptions(persons, seed, directEffectHerkomst, proxyLeak, threads, registrationBias, noiseSource,
                drift, knob);
    }

    public SampleOptions withThreads(int n) {
        return new SampleOptions(persons, seed, directEffectHerkomst, proxyLeak, n, registrationBias, noiseSource, drift, treatment);
    }
}
