package de.ihk.concept;

import java.util.UUID;

/** Fired in the transaction that adopted an edition. */
record EditionAdopted(UUID editionId) {}
