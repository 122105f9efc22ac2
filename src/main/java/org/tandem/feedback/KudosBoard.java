package org.tandem.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kudos between the pair: either gives them, both read them; to anyone else they do not
 * exist. Kudos shared with the program may also appear, without names, in its celebration
 * ({@link #sharedOf}).
 */
@Service
public class KudosBoard {

	/** The most shared kudos {@link #sharedOf} gives at once. */
	public static final int SHARED_MAX = 200;

	private static final String CLOSED = "This pairing is closed: it takes no more kudos.";

	private final PairMembership membership;

	private final KudosRepository kudos;

	private final Clock clock;

	KudosBoard(PairMembership membership, KudosRepository kudos, Clock clock) {
		this.membership = membership;
		this.kudos = kudos;
		this.clock = clock;
	}

	/**
	 * Gives the partner kudos.
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws ConflictException if the pairing is closed
	 * @throws InvalidInputException naming every field that breaks a rule
	 */
	@Transactional
	public Kudos give(PairingId id, TandemPrincipal me, KudosDraft draft) {
		Pairing pairing = this.membership.writable(id, me, CLOSED);
		List<FieldError> problems = new ArrayList<>();
		FeedbackRules.add(problems, FeedbackRules.text("body", draft.body(), true, Kudos.MAX_BODY_LENGTH));
		String body = FeedbackRules.stored(draft.body());
		if (!problems.isEmpty() || body == null) {
			throw new InvalidInputException(problems);
		}
		Kudos given = new Kudos(new KudosId(UUID.randomUUID()), id, me.personId(), body,
				Boolean.TRUE.equals(draft.shareWithProgram()), this.clock.instant());
		this.kudos.insert(given, pairing.programId());
		return given;
	}

	/**
	 * The pair's kudos both ways, newest first.
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	@Transactional(readOnly = true)
	public KudosPage list(PairingId id, TandemPrincipal me, Paging paging) {
		Pairing pairing = this.membership.member(id, me);
		return new KudosPage(pairing, new PageResponse<>(this.kudos.page(id, paging.size(), paging.offset()),
				paging.page(), paging.size(), this.kudos.count(id)));
	}

	/**
	 * The program's kudos that their authors shared with it, newest first, without names.
	 * The caller must have established that the viewer may see the program's celebration.
	 * @param limit how many at most, 1 to {@value #SHARED_MAX}
	 */
	@Transactional(readOnly = true)
	public List<Shared> sharedOf(ProgramId program, int limit) {
		if (limit < 1 || limit > SHARED_MAX) {
			throw new IllegalArgumentException("limit must be between 1 and " + SHARED_MAX);
		}
		return this.kudos.shared(program, limit);
	}

	/**
	 * Kudos their author chose to share with the program, for its celebration: the words
	 * and the day, not who wrote them to whom.
	 */
	public record Shared(KudosId id, String body, Instant createdAt) {

		@Override
		public String toString() {
			return "KudosBoard.Shared[id=" + this.id + "]";
		}

	}

	/** A page of the pair's kudos and the pairing they belong to. */
	public record KudosPage(Pairing pairing, PageResponse<Kudos> kudos) {

	}

}
