package org.tandem.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log as administrators read it: metadata only.
 *
 * @param at when it was done
 * @param actorId who did it
 * @param actorName their name today
 * @param action what was done
 * @param target what it was done to
 * @param address from which address
 */
public record AuditEntry(Instant at, UUID actorId, String actorName, String action, String target, String address) {

}
