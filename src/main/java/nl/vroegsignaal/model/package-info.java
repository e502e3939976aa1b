/** Risk models: training and baselines, calibration of risk scores, and evaluation at case workers' capacity. */
package nl.vroegsignaal.model;
