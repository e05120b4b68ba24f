package org.jianfu.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The same work for a known and an unknown public code: counted, not timed. */
class SecretCheckTests {

    /** Counts what the check asks of the hasher after it was built. */
    static final class CountingEncoder implements PasswordEncoder {
        int encodes;
        int matches;

        @Override
        public String encode(CharSequence raw) {
            encodes++;
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches++;
            return encoded.equals("hash:" + raw);
        }
    }

    @Test
    void aKnownAndAnUnknownCodeCostExactlyOneComparisonEach() {
        CountingEncoder encoder = new CountingEncoder();
        SecretCheck check = new SecretCheck(encoder);
        encoder.encodes = 0;

        assertThat(check.matches("ABCD", Optional.of("hash:ABCD"))).isTrue();
        assertThat(check.matches("ABCD", Optional.of("hash:WXYZ"))).isFalse();
        assertThat(check.matches("ABCD", Optional.empty())).isFalse();
        assertThat(check.matches("no report has this secret", Optional.empty())).as("the dummy never unlocks").isFalse();

        assertThat(encoder.matches).isEqualTo(4);
        assertThat(encoder.encodes).isZero();
    }
}
