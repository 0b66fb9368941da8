package io.switchboard.contactpoint;

/** Fired inside the transaction that deletes a contact point, so features drop what hangs off it. */
public record ContactPointDeleted(String tenantId, String contactPointId) {
}
