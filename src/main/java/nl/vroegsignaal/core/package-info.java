/** Shared plumbing every stage uses: located input errors, atomic owner-only output, hashing, progress. */
package nl.vroegsignaal.core;
