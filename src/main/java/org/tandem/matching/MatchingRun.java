package org.tandem.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.solver.Objective;
import org.tandem.program.ProgramId;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One run of the matcher for a program: what it was asked (forbidden and pinned pairs,
 * mode, objective) and what it proposed. It is a draft until published or discarded; its
 * status changes only through {@link MatchingRunRepository}'s guarded updates.
 */
@Table("matching_run")
public class MatchingRun {

	@Id
	private final UUID id;

	private final UUID programId;

	private final RunMode mode;

	private final Objective objective;

	private final RunStatus status;

	private final int totalScore;

	private final int maxPairScore;

	private final @Nullable Integer blockingPairs;

	private final UUID createdBy;

	private final Instant createdAt;

	private @Nullable UUID decidedBy;

	private @Nullable Instant decidedAt;

	@MappedCollection(idColumn = "run_id", keyColumn = "position")
	private final List<Proposal> proposals;

	@MappedCollection(idColumn = "run_id", keyColumn = "position")
	private final List<RunPair> pairs;

	@MappedCollection(idColumn = "run_id", keyColumn = "position")
	private final List<Unmatched> unmatched;

	@Version
	private @Nullable Integer version;

	@PersistenceCreator
	MatchingRun(UUID id, UUID programId, RunMode mode, Objective objective, RunStatus status, int totalScore,
			int maxPairScore, @Nullable Integer blockingPairs, UUID createdBy, Instant createdAt,
			List<Proposal> proposals, List<RunPair> pairs, List<Unmatched> unmatched) {
		this.id = id;
		this.programId = programId;
		this.mode = mode;
		this.objective = objective;
		this.status = status;
		this.totalScore = totalScore;
		this.maxPairScore = maxPairScore;
		this.blockingPairs = blockingPairs;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.proposals = proposals;
		this.pairs = pairs;
		this.unmatched = unmatched;
	}

	static MatchingRun draft(ProgramId programId, RunMode mode, MatchingSettings settings, List<PersonPair> forbid,
			List<PersonPair> pin, MatchResult result, UUID createdBy, Instant now) {
		List<RunPair> pairs = new ArrayList<>();
		forbid.forEach((pair) -> pairs.add(new RunPair(PairKind.FORBID, pair.mentorId(), pair.menteeId())));
		pin.forEach((pair) -> pairs.add(new RunPair(PairKind.PIN, pair.mentorId(), pair.menteeId())));
		return new MatchingRun(UUID.randomUUID(), programId.value(), mode, settings.objective(), RunStatus.DRAFT,
				result.totalScore(), settings.maxPairScore(), result.blockingPairs(), createdBy, now,
				List.copyOf(result.proposals()), pairs, List.copyOf(result.unmatched()));
	}

	public UUID id() {
		return this.id;
	}

	public ProgramId programId() {
		return new ProgramId(this.programId);
	}

	public RunMode mode() {
		return this.mode;
	}

	public Objective objective() {
		return this.objective;
	}

	public RunStatus status() {
		return this.status;
	}

	public int totalScore() {
		return this.totalScore;
	}

	/**
	 * The most points one pair could earn under the settings of this run.
	 */
	public int maxPairScore() {
		return this.maxPairScore;
	}

	/**
	 * In preferences mode the number of blocking pairs (0: the assignment is stable);
	 * {@code null} otherwise.
	 */
	public @Nullable Integer blockingPairs() {
		return this.blockingPairs;
	}

	public UUID createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public List<Proposal> proposals() {
		return List.copyOf(this.proposals);
	}

	public List<Unmatched> unmatched() {
		return List.copyOf(this.unmatched);
	}

	public List<PersonPair> forbidden() {
		return this.pairs.stream().filter((pair) -> pair.kind() == PairKind.FORBID).map(RunPair::pair).toList();
	}

	public List<PersonPair> pinned() {
		return this.pairs.stream().filter((pair) -> pair.kind() == PairKind.PIN).map(RunPair::pair).toList();
	}

}
