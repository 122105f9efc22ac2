package org.tandem.audit.web;

import java.time.Instant;
import java.util.UUID;

import org.tandem.audit.AuditEntry;

/**
 * One entry of the audit log in the JSON API.
 */
record AuditEntryJson(Instant at, UUID actorId, String action, String target, String address) {

	static AuditEntryJson of(AuditEntry entry) {
		return new AuditEntryJson(entry.at(), entry.actorId(), entry.action(), entry.target(), entry.address());
	}

}
