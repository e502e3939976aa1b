/** Risk models: training out-of-time beside two baselines, calibration of risk scores, evaluation at capacity, saving. */
package nl.vroegsignaal.model;
