package org.newsgraph.identity;

/** A pair the identity pass considered and left apart, with the reason: for a person to review. */
public record Unmerged(String entity, String entityLabel, String other, String otherLabel, String reason) {
}
