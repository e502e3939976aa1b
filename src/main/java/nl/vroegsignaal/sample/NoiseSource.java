package nl.vroegsignaal.sample;

import java.util.Locale;
import nl.vroegsignaal.core.InputException;

/**
 * Necessity knob: one social-domain source made pure noise. Its spells are drawn at the same average rate for
 * everyone (independent of the household, the young person and every other record) and the outcome never sees
 * it, so no model can gain from it; the necessity test must conclude that it adds nothing.
 */
public enum NoiseSource {
    NONE, UITKERINGEN, JEUGDHULP, SCHULDHULP;

    /** The option's spelling: none, uitkeringen, jeugdhulp or schuldhulp. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static NoiseSource parse(String value) {
        for (NoiseSource s : values()) {
            if (s.key().equals(value)) {
                return s;
            }
        }
        throw new InputException("--noise-source must be none, uitkeringen, jeugdhulp or schuldhulp, got '" + value
                + "'");
    }
}
