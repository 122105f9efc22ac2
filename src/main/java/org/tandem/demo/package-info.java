/**
 * The demo: on an empty database with {@code TANDEM_DEMO=true}, a program like an
 * academic library's staff mentoring program, with its committee, mentors and mentees.
 */
@NullMarked
package org.tandem.demo;

import org.jspecify.annotations.NullMarked;
