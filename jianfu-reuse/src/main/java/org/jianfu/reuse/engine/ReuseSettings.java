package org.jianfu.reuse.engine;

/**
 * Tuning of the 查重 engine. Lengths count normalised characters: Han characters, letters and digits,
 * after punctuation, spacing and numbering are dropped and each place name became one character.
 * {@code shingleLength} and {@code winnowWindow} are fixed when an index is created.
 *
 * @param shingleLength characters per fingerprinted shingle (k)
 * @param winnowWindow winnowing window (w): an index keeps about 2 / (w + 1) of the shingles
 * @param minPassageLength shortest passage reported
 * @param boilerplateMinDocuments a fingerprint is boilerplate when it occurs in more documents than
 *     this and than {@code boilerplateDocumentShare} of the index
 * @param boilerplateDocumentShare see {@code boilerplateMinDocuments}
 * @param maxCandidates most source documents aligned per check
 * @param minCandidateHits fewest distinct fingerprints a source must share to be aligned
 * @param maxGap largest step between two seeds of one piece (bridges edited characters)
 * @param maxDrift largest difference between the steps in query and source (inserted characters)
 * @param mergeGap largest gap between two pieces of one passage
 * @param reorderSpan how far apart in the source two pieces of one passage may be (reordered sentences)
 * @param minSimilarity lowest similarity of a reported passage: below it, seeds are scattered shared
 *     phrases, not a copy
 * @param rewordCandidates how many candidate sources (most fingerprints shared first) the
 *     rewording-tolerant second stage aligns sentence by sentence; 0 turns it off
 */
public record ReuseSettings(int shingleLength, int winnowWindow, int minPassageLength,
        int boilerplateMinDocuments, double boilerplateDocumentShare, int maxCandidates, int minCandidateHits,
        int maxGap, int maxDrift, int mergeGap, int reorderSpan, double minSimilarity, int rewordCandidates) {

    public ReuseSettings {
        requireAtLeast("shingleLength", shingleLength, 2);
        requireAtLeast("winnowWindow", winnowWindow, 1);
        requireAtLeast("minPassageLength", minPassageLength, 1);
        requireAtLeast("boilerplateMinDocuments", boilerplateMinDocuments, 1);
        requireAtLeast("maxCandidates", maxCandidates, 1);
        requireAtLeast("minCandidateHits", minCandidateHits, 1);
        requireAtLeast("maxGap", maxGap, 1);
        requireAtLeast("maxDrift", maxDrift, 0);
        requireAtLeast("mergeGap", mergeGap, 0);
        requireAtLeast("reorderSpan", reorderSpan, 0);
        requireAtLeast("rewordCandidates", rewordCandidates, 0);
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minSimilarity must be in [0, 1], was " + minSimilarity);
        }
        if (!(boilerplateDocumentShare >= 0 && boilerplateDocumentShare <= 1)) {
            throw new IllegalArgumentException("boilerplateDocumentShare must be in [0, 1], was "
                    + boilerplateDocumentShare);
        }
    }

    public static ReuseSettings defaults() {
        return new ReuseSettings(8, 16, 40, 20, 0.005, 200, 2, 64, 12, 96, 400, 0.55, 20);
    }

    public ReuseSettings withMinPassageLength(int length) {
        return new ReuseSettings(shingleLength, winnowWindow, length, boilerplateMinDocuments,
                boilerplateDocumentShare, maxCandidates, minCandidateHits, maxGap, maxDrift, mergeGap, reorderSpan, minSimilarity, rewordCandidates);
    }

    public ReuseSettings withBoilerplate(int minDocuments, double documentShare) {
        return new ReuseSettings(shingleLength, winnowWindow, minPassageLength, minDocuments, documentShare,
                maxCandidates, minCandidateHits, maxGap, maxDrift, mergeGap, reorderSpan, minSimilarity, rewordCandidates);
    }

    public ReuseSettings withFingerprinting(int shingleLength, int winnowWindow) {
        return new ReuseSettings(shingleLength, winnowWindow, minPassageLength, boilerplateMinDocuments,
                boilerplateDocumentShare, maxCandidates, minCandidateHits, maxGap, maxDrift, mergeGap, reorderSpan, minSimilarity, rewordCandidates);
    }

    public ReuseSettings withAlignment(int maxGap, int maxDrift, int mergeGap, int reorderSpan, double minSimilarity) {
        return new ReuseSettings(shingleLength, winnowWindow, minPassageLength, boilerplateMinDocuments,
                boilerplateDocumentShare, maxCandidates, minCandidateHits, maxGap, maxDrift, mergeGap, reorderSpan,
                minSimilarity, rewordCandidates);
    }

    public ReuseSettings withRewordCandidates(int candidates) {
        return new ReuseSettings(shingleLength, winnowWindow, minPassageLength, boilerplateMinDocuments,
                boilerplateDocumentShare, maxCandidates, minCandidateHits, maxGap, maxDrift, mergeGap, reorderSpan,
                minSimilarity, candidates);
    }

    /** Fingerprints in more documents than this are boilerplate, for an index of this size. */
    int maxDocumentFrequency(int indexedDocuments) {
        return Math.max(boilerplateMinDocuments, (int) Math.ceil(boilerplateDocumentShare * indexedDocuments));
    }

    private static void requireAtLeast(String name, int value, int minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
    }
}
