package org.tandem.matching;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A mentor or mentee as the criteria see them: everything in lower case, lists as sets.
 * {@code words} holds the words of the mentee's interests and goals.
 */
record Candidate(UUID personId, @Nullable String department, @Nullable String location, Set<String> expertise,
		Set<String> interests, Set<String> words, Set<String> formats, Set<String> languages,
		Map<String, List<String>> expertiseWords) {

	static Candidate of(UUID personId, @Nullable String department, @Nullable String location,
			Collection<String> expertise, Collection<String> interests, @Nullable String goals,
			Collection<String> formats, Collection<String> languages) {
		Set<String> words = new LinkedHashSet<>();
		interests.forEach((interest) -> words.addAll(words(interest)));
		if (goals != null) {
			words.addAll(words(goals));
		}
		Set<String> areas = normalized(expertise);
		// split once here, not once per pair scored
		Map<String, List<String>> areaWords = new HashMap<>();
		areas.forEach((area) -> areaWords.put(area, words(area)));
		return new Candidate(personId, normalize(department), normalize(location), areas, normalized(interests),
				Set.copyOf(words), normalized(formats), normalized(languages), Map.copyOf(areaWords));
	}

	static List<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> word.length() >= 2)
			.toList();
	}

	private static Set<String> normalized(Collection<String> values) {
		Set<String> result = new LinkedHashSet<>();
		for (String value : values) {
			String normal = normalize(value);
			if (normal != null) {
				result.add(normal);
			}
		}
		return Set.copyOf(result);
	}

	private static @Nullable String normalize(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
