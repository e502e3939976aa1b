package nl.vroegsignaal.sample;

/**
 * SplitMix64 with our own derived draws. Written out here (not java.util.SplittableRandom's defaults, not
 * Math.log) so that the same seed gives the same world on every JDK and whether or not a method is JIT-compiled:
 * StrictMath is bit-for-bit specified, Math is not.
 */
final class Rng {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** An independent stream for one person (or one global purpose): a hash of seed, index and stream number. */
    static Rng stream(long seed, long index, int stream) {
        return new Rng(mix(mix(seed ^ (stream * 0xD1B54A32D192ED03L)) + index * GOLDEN));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); bound > 0. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** Uniform in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal by Box-Muller; always consumes two uniforms so streams stay aligned. */
    double gaussian() {
        double u1 = 1.0 - nextDouble();
        double u2 = nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** Exponential with the given mean. */
    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - nextDouble());
    }

    /** Poisson by inversion; fine for the small means used here (below 30). */
    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = StrictMath.exp(-mean);
        double prod = nextDouble();
        int n = 0;
        while (prod > limit && n < 1000) {
            prod *= nextDouble();
            n++;
        }
        return n;
    }

    static double logistic(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }
}
