package org.tandem.celebration;

import java.util.List;
import java.util.Map;

import org.tandem.feedback.KudosBoard;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Program;

/**
 * What a program's pairs achieved, for its year-end celebration: counts of metadata, the
 * formats and suggested places they met in, the kudos whose authors shared them with the
 * program (their words, never their names) and the ideas the committee featured. Nothing
 * else a pair wrote.
 *
 * @param pairs the program's pairings, active and closed
 * @param formats held meetings by format, the most used first
 * @param places held meetings by suggested place, the most visited first
 */
public record Celebration(Program program, long pairs, long meetingsHeld, long activitiesCompleted, long goalsAchieved,
		Map<MeetingFormat, Long> formats, List<PlaceCount> places, List<KudosBoard.Shared> kudos,
		List<Idea> featuredIdeas) {

}
