/**
 * Stage 0, run by the data steward where the BSNs live (never on the analysis side): replaces each BSN in an
 * export by a keyed pseudonym (HMAC-SHA256 under a secret key), so that the same person gets the same
 * pseudonym in every source pseudonymised with the same key, and nobody without the key can go back.
 */
package nl.vroegsignaal.pseudonymise;
