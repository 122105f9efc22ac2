/**
 * Exports of a program's metadata for its committee: pairings, meetings and participants
 * as CSV or JSON, never a word of what a pair wrote.
 */
@NullMarked
package org.tandem.export;

import org.jspecify.annotations.NullMarked;
