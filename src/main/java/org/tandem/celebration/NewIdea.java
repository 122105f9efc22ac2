package org.tandem.celebration;

import org.jspecify.annotations.Nullable;

/**
 * What a participant posts on the idea board, unchecked: the title is required, the body
 * (Markdown) optional.
 */
public record NewIdea(@Nullable String title, @Nullable String body) {

}
