package org.tandem.celebration;

import java.util.List;
import java.util.function.Supplier;

import org.tandem.program.FeaturedIdeas;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Gives the program page the ideas its committee featured.
 */
@Component
class FeaturedIdeasAdapter implements FeaturedIdeas {

	private final Ideas ideas;

	FeaturedIdeasAdapter(Ideas ideas) {
		this.ideas = ideas;
	}

	@Override
	public Supplier<List<FeaturedIdea>> of(ProgramId program, TandemPrincipal viewer, int limit) {
		Supplier<List<Idea>> featured = this.ideas.featuredFor(program, viewer, limit);
		return () -> featured.get()
			.stream()
			.map((idea) -> new FeaturedIdea(idea.title(), idea.bodyHtml(), idea.votes()))
			.toList();
	}

}
