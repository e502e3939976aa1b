/** Population, VSV labels and leak-free features at each peildatum, from the linked data. */
package nl.vroegsignaal.features;
