/**
 * Telling people things: email through a transactional outbox and in-app notifications.
 */
@NullMarked
package org.tandem.notification;

import org.jspecify.annotations.NullMarked;
