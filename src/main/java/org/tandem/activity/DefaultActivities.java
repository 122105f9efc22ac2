package org.tandem.activity;

import java.time.Clock;

import org.tandem.program.ProgramCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new program starts with its own copy of the default activities, written in the
 * transaction that creates the program (the listener is synchronous), so no program is
 * ever without them. Programs older than the activities got theirs from the migration.
 */
@Component
class DefaultActivities {

	private final ActivityRepository activities;

	private final Clock clock;

	DefaultActivities(ActivityRepository activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@EventListener
	void on(ProgramCreated event) {
		this.activities.copyDefaults(event.programId(), this.clock.instant());
	}

}
