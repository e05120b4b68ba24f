package org.jianfu.crawl;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One person's browser, without the browser: a cookie jar, the login form with its CSRF token, GETs. */
final class CrawlSession {

    static final String DEMO_PASSWORD = "Jianfu@2019";

    private static final Pattern CSRF = Pattern.compile(
            "name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    /** A GET's answer: where it ended after redirects, what came back and how long it took. */
    record Fetch(URI uri, int status, String contentType, byte[] body, long millis, String failure) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean isHtml() {
            return contentType.startsWith("text/html");
        }
    }

    private final URI base;
    private final HttpClient http;

    private CrawlSession(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Signs in through the login form; fails when the server does not take the account. */
    static CrawlSession signIn(String baseUrl, String username) throws IOException, InterruptedException {
        CrawlSession session = new CrawlSession(URI.create(baseUrl + "/"));
        Fetch login = session.get(session.base.resolve("/login"), false);
        Matcher m = CSRF.matcher(login.text());
        if (!m.find()) {
            throw new AssertionError("the login page has no CSRF token (" + login.status() + ")");
        }
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        String form = "username=" + enc(username) + "&password=" + enc(DEMO_PASSWORD) + "&_csrf=" + enc(token);
        HttpResponse<String> answer = session.http.send(HttpRequest.newBuilder(session.base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER_ACCEPT)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.uri().getPath().equals("/login")) {
            throw new AssertionError(username + " cannot sign in with the README's password: ended at "
                    + answer.uri() + " (" + answer.statusCode() + ")");
        }
        return session;
    }

    URI base() {
        return base;
    }

    /** A GET as a browser sends it for a link, or as htmx sends it for {@code hx-get}. */
    Fetch get(URI uri, boolean htmx) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET();
        if (htmx) {
            request.header("HX-Request", "true").header("Accept", "*/*");
        } else {
            request.header("Accept", BROWSER_ACCEPT);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Fetch(response.uri(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), millis, null);
        } catch (IOException e) {
            // a page whose rendering failed after it began to stream ends early: the client sees a broken response
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new Fetch(uri, 0, "", new byte[0], millis, e.toString());
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
