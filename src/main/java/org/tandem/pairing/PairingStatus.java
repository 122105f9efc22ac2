package org.tandem.pairing;

/**
 * A pairing is active from the day it starts until it is closed, for good.
 */
public enum PairingStatus {

	ACTIVE, CLOSED

}
