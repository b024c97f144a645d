package org.newsgraph.claims;

/** Phrases standing for a source: all of it, and the part that names it (before a PP or apposition). */
record Np(int start, int end, int headStart, int headEnd) {
}
