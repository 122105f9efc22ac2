/**
 * Scheduled work that runs once per tick across every Tandem node sharing one database.
 */
@NullMarked
package org.tandem.shared.scheduling;

import org.jspecify.annotations.NullMarked;
