/** Reads a flat feature table a data scientist already has, so that it trains and evaluates like linked data. */
package nl.vroegsignaal.model.table;
