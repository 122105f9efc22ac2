/**
 * The catalogue and checklist pages and the activities API.
 */
@NullMarked
package org.tandem.activity.web;

import org.jspecify.annotations.NullMarked;
