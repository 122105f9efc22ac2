package org.tandem.message;

import java.util.UUID;

import org.tandem.pairing.PairingId;

/**
 * One of a pair sent the other a message (person ids). Published inside the transaction
 * that stores it. It never carries the text: listeners may tell the recipient that a
 * message arrived and from whom, nothing more.
 */
public record MessageSent(PairingId pairingId, MessageId messageId, UUID authorId, UUID recipientId) {

}
