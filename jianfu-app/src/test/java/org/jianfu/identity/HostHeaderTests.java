package org.jianfu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.jianfu.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login redirect is built from the path alone: a forged {@code Host} header (a client chooses it)
 * once came back in the {@code Location} of the redirect to the login page. Over a raw socket, since
 * Java's HTTP client does not let a caller set {@code Host}.
 */
@BrowserTest
class HostHeaderTests {

    @LocalServerPort
    int port;

    @Test
    void aForgedHostNeverReachesARedirect() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /documents HTTP/1.1\r\nHost: evil.example\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(2048), StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith("HTTP/1.1 302").containsIgnoringCase("Location: /login")
                    .doesNotContain("evil.example");
        }
    }
}
