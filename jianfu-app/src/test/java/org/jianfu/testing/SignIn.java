package org.jianfu.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as a demo account, with the same principal a real login produces. */
@TestComponent
public class SignIn {

    public static final String DEMO_PASSWORD = "Jianfu@2019";

    private final UserDetailsService accounts;

    public SignIn(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    public RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
