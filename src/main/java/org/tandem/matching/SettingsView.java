package org.tandem.matching;

import java.util.List;

import org.tandem.program.Program;
import org.tandem.shared.web.FormErrors;

/**
 * The matching settings page: the program, the settings shown (saved, or as sent when
 * they had errors) and the errors.
 */
public record SettingsView(Program program, MatchingSettings settings, FormErrors errors) {

	public List<Criterion> criteria() {
		return List.of(Criterion.values());
	}

	public List<String> weightChoices() {
		return List.of("REQUIRED", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
	}

}
