package org.jianfu.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a new password must be (等保 2.0: 口令复杂度): at least {@link #MIN_LENGTH} characters from at least three
 * of upper-case letters, lower-case letters, digits and other characters; not containing the username; not one
 * of the last {@link #HISTORY} passwords (checked by the caller against their hashes).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 64;
    static final int HISTORY = 5;

    private PasswordPolicy() {
    }

    /** The rules the password breaks, in Chinese; empty when it is acceptable. */
    static List<String> problems(String username, String password) {
        List<String> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            problems.add("至少 " + MIN_LENGTH + " 位");
            return problems;
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("不超过 " + MAX_LENGTH + " 位");
        }
        int classes = (password.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (password.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3) {
            problems.add("包含大写字母、小写字母、数字、其他符号中的至少三类");
        }
        if (username != null && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add("不能包含用户名");
        }
        return problems;
    }

    static String describe() {
        return "至少 " + MIN_LENGTH + " 位，包含大写字母、小写字母、数字、其他符号中的至少三类，不含用户名，不与最近 " + HISTORY + " 次相同";
    }
}
