package org.tandem.program;

import java.util.UUID;

/**
 * An active mentor or mentee as the committee's pair form offers them: who, in which
 * role, with how many places, and the person's name ({@code ""} for a person no longer
 * found). Nothing of their enrollment profile.
 */
public record Pairable(UUID personId, Role role, int capacity, String name) {

}
