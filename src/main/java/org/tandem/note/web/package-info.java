/**
 * The notes page of a pairing, the page to edit a note, and the notes API.
 */
@NullMarked
package org.tandem.note.web;

import org.jspecify.annotations.NullMarked;
