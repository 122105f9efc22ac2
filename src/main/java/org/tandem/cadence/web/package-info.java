/**
 * The web adapters of the cadence feature: the absences page and API.
 */
@NullMarked
package org.tandem.cadence.web;

import org.jspecify.annotations.NullMarked;
