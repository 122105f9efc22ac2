/**
 * People: who takes part in Tandem, their profile, the directory, and the import of
 * people from CSV.
 */
@NullMarked
package org.tandem.person;

import org.jspecify.annotations.NullMarked;
