package nl.vroegsignaal.report;

import java.util.Optional;
import nl.vroegsignaal.fairness.FairnessAudit;
import nl.vroegsignaal.fairness.ListComposition;
import nl.vroegsignaal.fairness.ProxyReport;

/**
 * Everything the audit's files are written from: the facts of the run, the test-cohort audit, the produced
 * list's composition, the proxy check, the model card, the register entry and (in {@code run}) the necessity report. Holds aggregates only, already
 * suppressed; no pseudonym reaches it.
 */
public record AuditReport(AuditFacts facts, FairnessAudit audit, ListComposition list, ProxyReport proxies,
                          ModelCard modelCard, RegisterEntry registerEntry, Optional<NecessityReport> necessity) {
    /** Without a necessity report (the {@code audit} command). */
    public AuditReport(AuditFacts facts, FairnessAudit audit, ListComposition list, ProxyReport proxies,
                       ModelCard modelCard, RegisterEntry registerEntry) {
        this(facts, audit, list, proxies, modelCard, registerEntry, Optional.empty());
    }
}
