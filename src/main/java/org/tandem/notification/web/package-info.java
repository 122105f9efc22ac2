/**
 * The notifications page, the email settings page and the administrator's outbox pages.
 */
@NullMarked
package org.tandem.notification.web;

import org.jspecify.annotations.NullMarked;
