package org.newsgraph.identity;

/**
 * One merge the identity pass made: the extractor's entity {@code from} is {@code into}, by
 * {@code rule}, with the evidence in words and a confidence in [0,1]. {@code doc} is null for a
 * merge that holds in every document, else the one document it holds in.
 */
public record Decision(String from, String into, String rule, String evidence, double confidence, String doc) {
}
