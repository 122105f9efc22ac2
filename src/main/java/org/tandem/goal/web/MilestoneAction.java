package org.tandem.goal.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A button on one milestone of the goal page (tick, untick, remove): which milestone, on
 * which version of the goal.
 */
public record MilestoneAction(@NotNull @Nullable Integer index, @NotNull @Nullable Integer version) {

}
