/**
 * Follow-up after the signal list: drift of the data since training, back-testing of past lists, and the audit of
 * each step of the contact (listed, contacted, help offered, help accepted) per group. Entry point:
 * {@link nl.vroegsignaal.followup.FollowUp}. Comes after {@code fairness} (whose group machinery it uses) and before
 * {@code report}, which writes its pages.
 */
package nl.vroegsignaal.followup;
