package org.jianfu.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jianfu.testing.SignIn;
import org.jianfu.testing.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A JSON body sent in chunks has no declared length: the 2 MB limit counts it while it is read (a probe
 * once had a 12 MiB chunked body parsed). Over a raw socket, as a client that chunks would send it.
 */
@BrowserTest
class ChunkedBodyTests {

    @LocalServerPort
    int port;

    @Test
    void aChunkedBodyOverTwoMegabytesIsRefusedWith413() throws Exception {
        String answer = postChunked(3 * 1024 * 1024);
        assertThat(answer).startsWith("HTTP/1.1 413").contains("请求过大");
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() throws Exception {
        String answer = postChunked(1024);
        assertThat(answer).doesNotStartWith("HTTP/1.1 413").startsWith("HTTP/1.1 200");
    }

    /** POST /api/v1/reuse/check with a JSON body of about {@code size} bytes, chunked, as a signed-in clerk. */
    private String postChunked(int size) throws IOException {
        String auth = Base64.getEncoder().encodeToString(("62.gov-office.clerk:" + SignIn.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/reuse/check HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nTransfer-Encoding: chunked"
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                chunk(out, "{\"text\":\"");
                String filler = "关于进一步精简文件的通知。".repeat(400);
                int sent = 0;
                while (sent < size) {
                    chunk(out, filler);
                    sent += filler.getBytes(StandardCharsets.UTF_8).length;
                }
                chunk(out, "\"}");
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server may answer and close before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
}
