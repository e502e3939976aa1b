/** The files people read: feature and link outputs, reports, signal lists, model card and register entry. */
package nl.vroegsignaal.report;
