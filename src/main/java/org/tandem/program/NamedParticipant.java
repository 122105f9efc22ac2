package org.tandem.program;

/**
 * A participant with the person's name and email, read in the same statement as the
 * participation ({@code ""} for a person no longer found), for lists that show who takes
 * part.
 */
public record NamedParticipant(Participant participant, String name, String email) {

}
