package org.tandem.resource;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.program.Program;
import org.tandem.program.Role;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tip sheets as other features use them: every program starts with the default tips,
 * and {@link Tips#at} finds the one that fits a moment of a pairing and a reader.
 */
@IntegrationTest
class TipsTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Tips tips;

	PairWorld world;

	Program program;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.program = this.world.program;
	}

	@Test
	void aNewProgramStartsWithTipsForMentorsMenteesAndBoth() {
		List<Tip> all = this.tips.of(this.program.id(), PairWorld.as(this.world.mentee));
		assertThat(all).hasSize(16);
		assertThat(all).filteredOn((tip) -> tip.audience() == Audience.MENTOR).hasSize(6);
		assertThat(all).filteredOn((tip) -> tip.audience() == Audience.MENTEE).hasSize(6);
		assertThat(all).filteredOn((tip) -> tip.audience() == Audience.BOTH).hasSize(4);
		for (Moment moment : Moment.values()) {
			assertThat(all).as("a mentor's and a mentee's tip at %s", moment)
				.filteredOn((tip) -> tip.moment() == moment)
				.extracting(Tip::audience)
				.containsExactlyInAnyOrder(Audience.MENTOR, Audience.MENTEE);
		}
		assertThat(all).extracting(Tip::title)
			.contains("Write first, and soon", "Settle how you will work together", "Say what you hope for",
					"What you discuss stays between you", "When something is not working");
		assertThat(all.get(0).paragraphs()).hasSize(2);
	}

	@Test
	void theTipForAMomentIsTheOneForTheReadersRole() {
		assertThat(title(Moment.AGREEMENT, Role.MENTOR)).contains("Settle how you will work together");
		assertThat(title(Moment.AGREEMENT, Role.MENTEE)).contains("Say what you hope for");
		assertThat(title(Moment.NEW_PAIRING, Role.MENTOR)).contains("Write first, and soon");
		assertThat(title(Moment.NEW_PAIRING, Role.MENTEE)).contains("Answer the first message");
		assertThat(title(Moment.DUE, Role.MENTOR)).contains("Stay within reach");
		assertThat(title(Moment.GOAL_FORM, Role.MENTEE)).contains("Choose goals you can reach");
		assertThat(title(Moment.DUE, Role.COMMITTEE)).as("no tip for both at this moment").isEmpty();

		Tip tip = this.tips.at(this.program.id(), Moment.AGREEMENT, Role.MENTEE).get().orElseThrow();
		assertThat(tip.href()).isEqualTo("/programs/" + this.program.id() + "/resources#tip-" + tip.id());
		assertThat(String.join("\n", tip.paragraphs())).doesNotContain("\n\n");
	}

	@Test
	void aTipForBothCountsAfterOneForTheReadersOwnRole() {
		var committee = PairWorld.as(this.world.committee);
		Tip both = this.tips.add(this.program.id(), committee,
				new TipDraft(Audience.BOTH, Moment.DUE, "Plan around holidays", "Look at the calendar together."));
		assertThat(title(Moment.DUE, Role.COMMITTEE)).contains("Plan around holidays");
		assertThat(title(Moment.DUE, Role.MENTOR)).contains("Stay within reach");
		Tip mentors = this.tips.at(this.program.id(), Moment.DUE, Role.MENTOR).get().orElseThrow();
		this.tips.delete(this.program.id(), mentors.id(), committee);
		assertThat(title(Moment.DUE, Role.MENTOR)).contains("Plan around holidays");
		this.tips.delete(this.program.id(), both.id(), committee);
		assertThat(title(Moment.DUE, Role.MENTOR)).isEmpty();
	}

	@Test
	void theCommitteeKeepsTheTipsAndNobodyElse() {
		var committee = PairWorld.as(this.world.committee);
		Tip added = this.tips.add(this.program.id(), committee,
				new TipDraft(Audience.MENTEE, null, "  Bring a notebook ", "One.\r\n\r\nTwo.\n \nThree."));
		assertThat(added.title()).isEqualTo("Bring a notebook");
		assertThat(added.paragraphs()).containsExactly("One.", "Two.", "Three.");
		assertThat(added.position()).isEqualTo(17);

		Tip changed = this.tips.change(this.program.id(), added.id(), PairWorld.ADMINISTRATOR,
				new TipDraft(Audience.BOTH, Moment.GOAL_FORM, "Bring two notebooks", "Four."));
		assertThat(changed).extracting(Tip::audience, Tip::moment, Tip::title, Tip::body, Tip::position)
			.containsExactly(Audience.BOTH, Moment.GOAL_FORM, "Bring two notebooks", "Four.", 17);

		assertThatThrownBy(() -> this.tips.add(this.program.id(), committee, new TipDraft(null, null, " ", null)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field)
						.containsExactlyInAnyOrder("audience", "title", "body"));
		assertThatThrownBy(() -> this.tips.add(this.program.id(), committee,
				new TipDraft(Audience.BOTH, null, "t".repeat(201), "b".repeat(4001))))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.errors()).extracting(InvalidInputException.FieldError::field)
						.containsExactlyInAnyOrder("title", "body"));
		assertThatThrownBy(() -> this.tips.add(this.program.id(), PairWorld.as(this.world.mentor),
				new TipDraft(Audience.BOTH, null, "Mine", "Mine.")))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> this.tips.delete(this.program.id(), added.id(), PairWorld.as(this.world.stranger)))
			.isInstanceOf(NotFoundException.class);
		this.tips.delete(this.program.id(), added.id(), committee);
		assertThatThrownBy(() -> this.tips.delete(this.program.id(), added.id(), committee))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void aProgramKeepsAtMostAHundredTips() {
		var committee = PairWorld.as(this.world.committee);
		for (int i = 16; i < Tips.MAX_TIPS; i++) {
			this.tips.add(this.program.id(), committee, new TipDraft(Audience.BOTH, null, "Tip " + i, "Text."));
		}
		assertThatThrownBy(() -> this.tips.add(this.program.id(), committee,
				new TipDraft(Audience.BOTH, null, "One too many", "Text.")))
			.isInstanceOf(ConflictException.class);
	}

	private Optional<String> title(Moment moment, Role role) {
		return this.tips.at(this.program.id(), moment, role).get().map(Tip::title);
	}

}
