package org.jianfu.reuse.engine.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces administrative names by one placeholder so that "copy and change the place names" is still
 * a copy: 甘肃省, 上海市, 本省, 全市, 各县, 省人民政府, 国务院, 全国 and any "XX省/市/县/区/州/乡/镇". A
 * following 人民政府 or 政府 joins the name, so 国务院 and 市人民政府 become the same token.
 * The guess for unknown names takes at most two characters before the suffix and stops at function
 * characters; both texts are normalised alike, so a wrong guess costs a character, not a match.
 */
public final class AdministrativeNames {

    /** Private-use code point standing for any administrative name. */
    public static final int PLACEHOLDER = 0xE000;

    private static final int[] PEOPLES_GOVERNMENT = "人民政府".codePoints().toArray();
    private static final int[] GOVERNMENT = "政府".codePoints().toArray();
    private static final int[] AUTONOMOUS = "自治".codePoints().toArray();
    private static final int MAX_GUESSED_NAME = 2;

    private final Map<Integer, List<int[]>> namesByFirst = new HashMap<>();
    private final Set<Long> notAdministrative = new HashSet<>();

    public AdministrativeNames() {
        readNames();
    }

    public MappedText apply(MappedText text) {
        MappedText.Builder out = new MappedText.Builder(text.length());
        int n = text.length();
        int copied = 0;
        int i = 0;
        int[] codePoints = text.codePoints;
        while (i < n) {
            int flags = CharClasses.of(codePoints[i]);
            if ((flags & (CharClasses.NAME_START | CharClasses.SUFFIX)) == 0) {
                i++;
                continue;
            }
            int end = (flags & CharClasses.NAME_START) != 0 ? knownNameEnd(text, i) : -1;
            int start = i;
            if (end < 0 && isSuffix(text, i)) {
                start = guessedNameStart(text, i, copied);
                end = i + 1;
            }
            if (end < 0) {
                i++;
                continue;
            }
            end = governmentEnd(text, end);
            out.copy(text, copied, start);
            out.add(PLACEHOLDER, text.startAt(start), text.endAt(end - 1));
            copied = end;
            i = end;
        }
        out.copy(text, copied, n);
        return out.build();
    }

    private int knownNameEnd(MappedText text, int at) {
        List<int[]> candidates = namesByFirst.get(text.codePointAt(at));
        if (candidates != null) {
            for (int[] name : candidates) {
                if (startsWith(text, at, name)) {
                    return at + name.length;
                }
            }
        }
        return -1;
    }

    private boolean isSuffix(MappedText text, int at) {
        int c = text.codePointAt(at);
        if (!CharClasses.is(c, CharClasses.SUFFIX)) {
            return false;
        }
        int next = at + 1 < text.length() ? text.codePointAt(at + 1) : 0;
        int previous = at > 0 ? text.codePointAt(at - 1) : 0;
        return !notAdministrative.contains(pair(c, next)) && !notAdministrative.contains(pair(previous, c));
    }

    /** Start of the name ending in the suffix at {@code suffix}, never before {@code floor}. */
    private static int guessedNameStart(MappedText text, int suffix, int floor) {
        int start = suffix;
        int limit = MAX_GUESSED_NAME;
        if (suffix - 2 >= floor && startsWith(text, suffix - 2, AUTONOMOUS)) {
            start = suffix - 2;
            limit = 4;
        } else if (start > floor && CharClasses.is(text.codePointAt(start - 1), CharClasses.PREFIX)) {
            return start - 1;
        }
        int taken = 0;
        while (taken < limit && start > floor && isNamePart(text.codePointAt(start - 1))) {
            start--;
            taken++;
        }
        return start;
    }

    private static boolean isNamePart(int c) {
        return CharClasses.is(c, CharClasses.NAME_PART);
    }

    private static int governmentEnd(MappedText text, int end) {
        if (startsWith(text, end, PEOPLES_GOVERNMENT)) {
            return end + PEOPLES_GOVERNMENT.length;
        }
        if (startsWith(text, end, GOVERNMENT)) {
            return end + GOVERNMENT.length;
        }
        return end;
    }

    private static boolean startsWith(MappedText text, int at, int[] word) {
        if (at < 0 || at + word.length > text.length()) {
            return false;
        }
        for (int j = 0; j < word.length; j++) {
            if (text.codePointAt(at + j) != word[j]) {
                return false;
            }
        }
        return true;
    }

    private static long pair(int first, int second) {
        return ((long) first << 32) | second;
    }

    private void readNames() {
        try (InputStream in = AdministrativeNames.class.getResourceAsStream("administrative-names.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("name ")) {
                    int[] name = line.substring(5).trim().codePoints().toArray();
                    namesByFirst.computeIfAbsent(name[0], k -> new ArrayList<>()).add(name);
                    CharClasses.markNameStart(name[0]);
                } else if (line.startsWith("not ")) {
                    int[] word = line.substring(4).trim().codePoints().toArray();
                    notAdministrative.add(pair(word[0], word[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        namesByFirst.values().forEach(names -> names.sort(Comparator.comparingInt((int[] name) -> -name.length)));
    }
}
