package org.jianfu.indicators.matching.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rewrites synonyms and abbreviations to their canonical form by longest match, left to right
 * (低保户数 → 最低生活保障 + 户数). Canonical words come out as protected segments, so the
 * qualifier step never cuts 城 out of 城乡居民基本养老保险 or 计划 out of 计划生育.
 */
final class SynonymSegmenter {

    /** A run of text; {@code word} marks a canonical lexicon word. */
    record Segment(String text, boolean word) {
    }

    private final Map<String, String> canonicalBySurface;
    private final int longestSurface;

    SynonymSegmenter(Map<String, String> canonicalBySurface) {
        this.canonicalBySurface = canonicalBySurface;
        this.longestSurface = canonicalBySurface.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    List<Segment> segment(String text, List<SynonymUse> usesOut) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder free = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            String surface = longestSurfaceAt(text, i);
            if (surface == null) {
                free.append(text.charAt(i));
                i++;
                continue;
            }
            if (!free.isEmpty()) {
                segments.add(new Segment(free.toString(), false));
                free.setLength(0);
            }
            String canonical = canonicalBySurface.get(surface);
            segments.add(new Segment(canonical, true));
            if (!surface.equals(canonical)) {
                usesOut.add(new SynonymUse(surface, canonical));
            }
            i += surface.length();
        }
        if (!free.isEmpty()) {
            segments.add(new Segment(free.toString(), false));
        }
        return segments;
    }

    private String longestSurfaceAt(String text, int start) {
        int max = Math.min(longestSurface, text.length() - start);
        for (int length = max; length >= 1; length--) {
            String candidate = text.substring(start, start + length);
            if (canonicalBySurface.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
