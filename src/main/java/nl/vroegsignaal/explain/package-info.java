/** Exact per-person explanations of a model's score, plain-Dutch reasons, and the capacity-limited signal list. */
package nl.vroegsignaal.explain;
