package org.jianfu.feedback.internal;

import java.security.SecureRandom;

/**
 * The author's only handle on a report: a public code and a secret, both random, shown once.
 * Crockford's base32 alphabet (no I, L, O, U) so they can be copied from a screenshot by hand.
 */
record OneTimeSecret(String publicCode, String secret) {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    static OneTimeSecret generate() {
        // 50 random bits name the report; 100 bits guard it
        return new OneTimeSecret("FK-" + groups(10), groups(20));
    }

    /** Upper-cases, maps look-alikes and drops separators, so a hand-typed copy still matches. */
    static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String s = typed.strip().toUpperCase().replace('O', '0').replace('I', '1').replace('L', '1');
        return s.replaceAll("[^0-9A-Z]", "");
    }

    private static String groups(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0 && i % 5 == 0) {
                s.append('-');
            }
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
