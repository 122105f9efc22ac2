/**
 * The small shared kernel: the clock, the embedded database, problem details, paging and
 * the signed-in caller.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.tandem.shared;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
