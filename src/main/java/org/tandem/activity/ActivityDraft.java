package org.tandem.activity;

import org.jspecify.annotations.Nullable;

/**
 * A new activity, or a change of one: a field left {@code null} stays as it is (a new
 * activity needs a title); a blank description removes it.
 */
public record ActivityDraft(@Nullable String title, @Nullable String description) {

}
