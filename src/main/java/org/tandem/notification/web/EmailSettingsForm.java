package org.tandem.notification.web;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.notification.EmailFrequency;

/**
 * The choice sent from {@code /settings/email}.
 */
record EmailSettingsForm(@NotNull @Nullable EmailFrequency frequency) {

}
