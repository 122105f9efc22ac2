package org.tandem.resource;

import java.time.Clock;

import org.tandem.program.ProgramCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new program starts with its own copy of the default tip sheets, written in the
 * transaction that creates the program (the listener is synchronous). Programs older than
 * the tips got theirs from the migration.
 */
@Component
class DefaultTips {

	private final TipRepository tips;

	private final Clock clock;

	DefaultTips(TipRepository tips, Clock clock) {
		this.tips = tips;
		this.clock = clock;
	}

	@EventListener
	void on(ProgramCreated event) {
		this.tips.copyDefaults(event.programId(), this.clock.instant());
	}

}
