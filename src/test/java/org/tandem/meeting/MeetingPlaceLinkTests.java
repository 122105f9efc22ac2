package org.tandem.meeting;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.program.PlaceForm;
import org.tandem.program.SuggestedPlace;
import org.tandem.program.SuggestedPlaces;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting whose place is one of the program's suggested places (whatever its case and
 * surrounding spaces) is linked to it, so that the celebration counts places without
 * reading any; a place of the pair's own is not.
 */
@IntegrationTest
class MeetingPlaceLinkTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Meetings meetings;

	@Autowired
	SuggestedPlaces places;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	SuggestedPlace river;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.river = this.places.add(this.world.program.id(), PairWorld.as(this.world.committee),
				new PlaceForm("River Walk", "WALKING", null));
	}

	@Test
	void aSuggestedPlaceIsLinkedWhateverItsCaseAndSpaces() {
		assertThat(link(log("  river walk "))).isEqualTo(this.river.id());
		assertThat(link(log("River Walk"))).isEqualTo(this.river.id());
	}

	@Test
	void aPlaceOfThePairsOwnOrNoneIsNotLinked() {
		assertThat(link(log("River Walk and back"))).isNull();
		assertThat(link(log(null))).isNull();
	}

	@Test
	void changingThePlaceChangesTheLinkAndOtherChangesKeepIt() {
		Meeting meeting = log("The corner cafe");
		this.meetings.change(this.world.pairing.id(), new MeetingId(meeting.id()), PairWorld.as(this.world.mentee),
				new MeetingChange(null, "RIVER WALK", null, null, null, null));
		assertThat(link(meeting)).isEqualTo(this.river.id());
		this.meetings.change(this.world.pairing.id(), new MeetingId(meeting.id()), PairWorld.as(this.world.mentee),
				new MeetingChange(null, null, "A new agenda", null, null, null));
		assertThat(link(meeting)).isEqualTo(this.river.id());
		this.meetings.change(this.world.pairing.id(), new MeetingId(meeting.id()), PairWorld.as(this.world.mentee),
				new MeetingChange(null, "", null, null, null, null));
		assertThat(link(meeting)).isNull();
	}

	@Test
	void removingTheSuggestedPlaceForgetsTheLink() {
		Meeting meeting = log("River Walk");
		this.places.remove(this.world.program.id(), this.river.id(), PairWorld.as(this.world.committee));
		assertThat(link(meeting)).isNull();
	}

	private Meeting log(@Nullable String place) {
		return this.meetings.log(this.world.pairing.id(), PairWorld.as(this.world.mentor),
				new NewMeeting(PairWorld.today(), null, "WALKING", place, null, null, null));
	}

	private @Nullable UUID link(Meeting meeting) {
		return this.jdbc.sql("select place_id from meeting where id = :id")
			.param("id", meeting.id())
			.query((rs, row) -> rs.getObject("place_id", UUID.class))
			.list()
			.get(0);
	}

}
