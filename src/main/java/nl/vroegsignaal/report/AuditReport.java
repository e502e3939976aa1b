package nl.vroegsignaal.report;

import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.ListComposition;
import nl.vroegsignaal.fairness.ProxyReport;

/**
 * Everything the audit's files are written from: the facts of the run, the test-cohort audit, the produced
 * list's composition, the proxy check, the model card and the register entry. Holds aggregates only, already
 * suppressed; no pseudonym reaches it.
 */
public record AuditReport(AuditFacts facts, FairnessAudit audit, ListComposition list, ProxyReport proxies,
                          ModelCard modelCard, RegisterEntry registerEntry) {
}
