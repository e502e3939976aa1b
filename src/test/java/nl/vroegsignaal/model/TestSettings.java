package nl.vroegsignaal.model;

import java.util.List;

/** Small, fast training settings for tests (the defaults' shape, fewer and smaller trees). */
final class TestSettings {
    private TestSettings() {
    }

    static TrainSettings small() {
        return small(CalibrationMethod.PLATT);
    }

    static TrainSettings small(CalibrationMethod calibration) {
        return new TrainSettings(new TrainSettings.Split(1, 1, 0.2, 0.2), calibration,
                new TrainSettings.Logistic(true, List.of(1.0), 1000, 0.001),
                new TrainSettings.BoostedTrees(true, List.of(60), List.of(3), List.of(0.1), List.of(5.0),
                        List.of(0.8), List.of(0.8), 1.0, 0.0),
                new TrainSettings.Baselines("verzuim_ongeoorloofd_12m", "verzuim_uren_12m", 50.0), 0, 400_000);
    }

    static EvaluateSettings evaluate() {
        return new EvaluateSettings(new EvaluateSettings.CapacitySetting(null, 0.03), 100, 10);
    }
}
