package nl.vroegsignaal.core;

import java.util.List;

/**
 * Collects path-prefixed configuration problems (e.g. {@code train.xgboost.eta: must be in (0, 1]}), so that a
 * configuration is validated whole and every problem is reported at once.
 */
public final class ConfigChecks {
    private final List<String> errors;

    public ConfigChecks(List<String> errors) {
        this.errors = errors;
    }

    /** True when set; otherwise records "must be set". */
    public boolean present(String path, Object value) {
        if (value == null) {
            errors.add(path + ": must be set");
            return false;
        }
        return true;
    }

    public void atLeast(String path, Integer value, int min) {
        if (present(path, value) && value < min) {
            errors.add(path + ": must be >= " + min + ", got " + value);
        }
    }

    public void positive(String path, Double value) {
        if (present(path, value) && !(value > 0)) {
            errors.add(path + ": must be > 0, got " + value);
        }
    }

    public void nonNegative(String path, Double value) {
        if (present(path, value) && !(value >= 0)) {
            errors.add(path + ": must be >= 0, got " + value);
        }
    }

    /** In (0, 1). */
    public void openUnit(String path, Double value) {
        if (present(path, value) && !(value > 0 && value < 1)) {
            errors.add(path + ": must be between 0 and 1 (exclusive), got " + value);
        }
    }

    public void text(String path, String value) {
        if (present(path, value) && value.isBlank()) {
            errors.add(path + ": must not be empty");
        }
    }

    public void nonEmpty(String path, List<?> values) {
        if (present(path, values) && values.isEmpty()) {
            errors.add(path + ": must list at least one value");
        }
    }

    public void eachPositive(String path, List<Double> values) {
        each(path, values, v -> v > 0, "must be > 0");
    }

    public void eachNonNegative(String path, List<Double> values) {
        each(path, values, v -> v >= 0, "must be >= 0");
    }

    /** In (0, 1]. */
    public void eachUnit(String path, List<Double> values) {
        each(path, values, v -> v > 0 && v <= 1, "must be in (0, 1]");
    }

    public void eachAtLeast(String path, List<Integer> values, int min) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Integer v = values.get(i);
            if (v == null || v < min) {
                errors.add(path + "[" + i + "]: must be >= " + min + ", got " + v);
            }
        }
    }

    private void each(String path, List<Double> values, java.util.function.DoublePredicate ok, String rule) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Double v = values.get(i);
            if (v == null || !ok.test(v)) {
                errors.add(path + "[" + i + "]: " + rule + ", got " + v);
            }
        }
    }
}
