/**
 * Suggested activities: each program's catalogue, which its committee keeps, and each
 * pair's checklist of it, with the pair's confidential reflections; the committee sees
 * counts only.
 */
@NullMarked
package org.tandem.activity;

import org.jspecify.annotations.NullMarked;
