package org.tandem.agreement;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pair's agreement. Only its mentor and mentee read and change the text; the
 * program's committee and administrators learn only whether it is acknowledged.
 */
@Service
public class Agreements {

	private final AgreementRepository agreements;

	private final Pairings pairings;

	private final Clock clock;

	Agreements(AgreementRepository agreements, Pairings pairings, Clock clock) {
		this.agreements = agreements;
		this.pairings = pairings;
		this.clock = clock;
	}

	/**
	 * The acknowledgement status of one pairing's agreement. Callers check that the
	 * person asking may see the pairing.
	 */
	public AgreementStatus statusOf(PairingId pairingId) {
		return this.agreements.status(pairingId.value());
	}

	/**
	 * The status of each pairing's agreement in one query, {@link AgreementStatus#NONE}
	 * for those without one. Callers check access and bound the collection (a page of
	 * pairings). Read with the page's other reads when first asked for.
	 */
	public Supplier<Map<PairingId, AgreementStatus>> statusOf(Collection<PairingId> pairingIds) {
		Supplier<Map<UUID, AgreementStatus>> byId = this.agreements
			.statuses(pairingIds.stream().map(PairingId::value).distinct().toList());
		return () -> {
			Map<PairingId, AgreementStatus> statuses = new LinkedHashMap<>();
			byId.get().forEach((id, status) -> statuses.put(new PairingId(id), status));
			return statuses;
		};
	}

	/**
	 * What the caller may know of the agreement: the text for the pair, the status for
	 * the committee.
	 * @throws NotFoundException if the caller may not see the pairing
	 */
	public Reading read(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.visible(id, me);
		if (!pairing.hasMember(me.personId())) {
			return new Reading(pairing, false, null, this.agreements.status(id.value()));
		}
		Agreement agreement = this.agreements.find(id.value()).orElse(null);
		return new Reading(pairing, true, agreement, (agreement != null) ? agreement.status() : AgreementStatus.NONE);
	}

	/**
	 * Saves the pair's agreement. A change of content clears both acknowledgements, so
	 * both always agree to the same text; saving the same content changes nothing.
	 * @throws NotFoundException if the caller may not see the pairing
	 * @throws ForbiddenException if the caller is not a member of the pair
	 * @throws ConflictException if the pairing is closed, or the agreement changed since
	 * the version the form was editing
	 * @throws InvalidInputException naming every field at fault
	 */
	@Transactional
	public Agreement save(PairingId id, TandemPrincipal me, AgreementDraft form) {
		Pairing pairing = editable(id, me);
		AgreementTerms terms = AgreementRules.terms(form);
		Optional<Agreement> stored = this.agreements.lock(id.value());
		int version = stored.map(Agreement::version).orElse(0);
		if (form.version() != null && form.version() != version) {
			throw new ConflictException("version", "Your partner changed the agreement after you opened it. "
					+ "Open the agreement again to see their version, then make your change.");
		}
		if (stored.isPresent() && stored.get().terms().equals(terms)) {
			return stored.get();
		}
		Agreement saved = new Agreement(pairing.id().value(), terms, null, null, this.clock.instant(), me.personId(),
				version + 1);
		if (stored.isPresent()) {
			this.agreements.update(saved);
		}
		else {
			insert(saved);
		}
		return saved;
	}

	/**
	 * Records that the caller, mentor or mentee, agrees to the current text.
	 * Acknowledging twice keeps the first time.
	 * @param seenVersion the version the caller read: a partner's last-second change must
	 * not be acknowledged unread, so an unknown version is refused too
	 * @throws NotFoundException if the caller may not see the pairing
	 * @throws ForbiddenException if the caller is not a member of the pair
	 * @throws ConflictException if the pairing is closed, nothing is agreed yet, the
	 * pledge is not ticked, or the text changed since the caller read it
	 */
	@Transactional
	public Agreement acknowledge(PairingId id, TandemPrincipal me, @Nullable Integer seenVersion) {
		Pairing pairing = editable(id, me);
		Agreement agreement = this.agreements.lock(id.value())
			.filter((stored) -> !stored.terms().blank())
			.orElseThrow(() -> new ConflictException("There is nothing to acknowledge yet: save the agreement first."));
		if (seenVersion == null || seenVersion != agreement.version()) {
			throw new ConflictException("version",
					"The agreement changed since you read it. Read the new version before you acknowledge it.");
		}
		if (!agreement.terms().confidentialityPledge()) {
			throw new ConflictException("confidentialityPledge",
					"Tick the confidentiality pledge and save the agreement before acknowledging it.");
		}
		boolean mentor = pairing.mentorId().equals(me.personId());
		this.agreements.acknowledge(id.value(), mentor, this.clock.instant());
		return this.agreements.find(id.value()).orElseThrow();
	}

	/**
	 * The pairing, locked until the transaction ends, so that a close at the same moment
	 * waits for this change or makes it fail with 409.
	 */
	private Pairing editable(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.lockActive(id, me,
				"This pairing is closed; its agreement can no longer be changed.");
		if (!pairing.hasMember(me.personId())) {
			throw new ForbiddenException("Only the mentor and the mentee change or acknowledge their agreement.");
		}
		return pairing;
	}

	private void insert(Agreement agreement) {
		try {
			this.agreements.insert(agreement);
		}
		catch (DuplicateKeyException ex) {
			throw new ConflictException("version", "Your partner saved the agreement at the same moment. "
					+ "Open the agreement again to see their version, then make your change.");
		}
	}

	/**
	 * The pairing and what the caller may know of its agreement.
	 *
	 * @param member whether the caller is its mentor or mentee
	 * @param agreement the agreement, for members only, {@code null} when none is saved
	 */
	public record Reading(Pairing pairing, boolean member, @Nullable Agreement agreement, AgreementStatus status) {

	}

}
