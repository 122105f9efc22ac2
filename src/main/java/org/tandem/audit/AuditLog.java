package org.tandem.audit;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log: who of the committees and administrators did what, to what, when and
 * from where. Entries are only ever added; administrators search them.
 */
@Service
public class AuditLog {

	private static final Pattern UUID_TEXT = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private final AuditRepository repository;

	private final Actors actors;

	AuditLog(AuditRepository repository, Actors actors) {
		this.repository = repository;
		this.actors = actors;
	}

	/**
	 * Writes the action into the log if its actor is an administrator or sits on the
	 * committee of any program; a participant's own actions are not logged. The entry is
	 * its own statement, committed at once: the action it records has committed already,
	 * so a failure here can lose the entry but never undo the action.
	 * @return whether an entry was written
	 */
	public boolean record(TandemPrincipal actor, AuditAction action) {
		if (!actor.admin() && !this.actors.committeeMember(actor.personId())) {
			return false;
		}
		this.repository.insert(actor.personId(), action);
		return true;
	}

	/**
	 * The entries that match, newest first; administrators only. An actor given by an
	 * email nobody has matches nothing.
	 * @throws ForbiddenException unless {@code me} is an administrator
	 * @throws InvalidInputException if the range ends before it starts
	 */
	@Transactional(readOnly = true)
	public PageResponse<AuditEntry> search(TandemPrincipal me, AuditFilter filter, Paging paging) {
		if (!me.admin()) {
			throw new ForbiddenException("Only administrators read the audit log.");
		}
		if (filter.from() != null && filter.to() != null && !filter.to().isAfter(filter.from())) {
			throw new InvalidInputException("to", "must not be before from");
		}
		if (filter.actor() == null) {
			return this.repository.page(null, filter, paging);
		}
		Optional<UUID> actor = actor(filter.actor());
		if (actor.isEmpty()) {
			return new PageResponse<>(List.of(), paging.page(), paging.size(), 0);
		}
		return this.repository.page(actor.get(), filter, paging);
	}

	/**
	 * The zone in which the person reads and types days.
	 */
	public ZoneId zoneOf(TandemPrincipal person) {
		return this.actors.zoneOf(person.personId());
	}

	private Optional<UUID> actor(String idOrEmail) {
		if (UUID_TEXT.matcher(idOrEmail).matches()) {
			return Optional.of(UUID.fromString(idOrEmail));
		}
		return this.actors.withEmail(idOrEmail);
	}

}
