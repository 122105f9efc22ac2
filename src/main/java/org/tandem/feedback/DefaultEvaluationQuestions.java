package org.tandem.feedback;

import java.time.Clock;

import org.tandem.program.ProgramCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new program starts with its own copy of the default evaluation questions, written in
 * the transaction that creates the program (the listener is synchronous), so no program
 * is ever without them. Older programs got theirs from the migration.
 */
@Component
class DefaultEvaluationQuestions {

	private final QuestionRepository questions;

	private final Clock clock;

	DefaultEvaluationQuestions(QuestionRepository questions, Clock clock) {
		this.questions = questions;
		this.clock = clock;
	}

	@EventListener
	void on(ProgramCreated event) {
		this.questions.copyDefaults(event.programId(), this.clock.instant());
	}

}
