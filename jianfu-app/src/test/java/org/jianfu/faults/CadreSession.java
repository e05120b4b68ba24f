package org.jianfu.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cadre in a browser: signs in through the login form, downloads the month's 一表通 sheet and
 * uploads a file with the page's CSRF token, then reads the notice the redirect shows. The session
 * cookie is kept by hand so many cadres can share one {@link HttpClient}.
 */
final class CadreSession {

    static final String PASSWORD = "Jianfu@2019";
    private static final Pattern LOGIN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern NOTICE = Pattern.compile("<p class=\"alert ok\" role=\"status\">([^<]*)</p>");

    private final HttpClient http;
    private final String base;
    private final String username;
    private String cookie = "";
    private String csrf;

    CadreSession(HttpClient http, String base, String username) {
        this.http = http;
        this.base = base;
        this.username = username;
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    CadreSession signIn() throws IOException, InterruptedException {
        String token = find(LOGIN_CSRF, get("/login").body(), "/login");
        String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(token);
        HttpResponse<String> r = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException(username + " could not sign in: " + r.statusCode() + " " + location);
        }
        return this;
    }

    byte[] download(String period) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = send(request("/indicators/forms/" + period + "/sheet.xlsx").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(username + " could not download the sheet: " + r.statusCode());
        }
        return r.body();
    }

    /** Uploads the file as the page's form does; returns the notice shown after the redirect. */
    String upload(String period, byte[] xlsx) throws IOException, InterruptedException {
        String page = "/indicators/forms/" + period;
        if (csrf == null) {
            csrf = find(PAGE_CSRF, get(page).body(), page);  // the session's token, good for every later post
        }
        String boundary = "----jianfu" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"yibiaotong.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xlsx);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = send(request(page + "/sheet").header("X-CSRF-TOKEN", csrf)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 302) {
            String answer = r.body();
            int main = Math.max(0, answer.indexOf("<main"));
            throw new IllegalStateException(username + ": upload answered " + r.statusCode() + "\n"
                    + answer.substring(main, Math.min(answer.length(), main + 600)));
        }
        String target = URI.create(base).resolve(r.headers().firstValue("Location").orElseThrow()).getPath();
        String shown = get(target).body();
        Matcher notice = NOTICE.matcher(shown);
        return notice.find() ? notice.group(1) : "(no notice)";
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(request(path).header("Accept", "text/html").GET(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException(username + ": GET " + path + " answered " + r.statusCode());
        }
        return r;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90));
        return cookie.isEmpty() ? builder : builder.header("Cookie", cookie);
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException {
        HttpResponse<T> r = http.send(request.build(), body);
        r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
        return r;
    }

    private String find(Pattern pattern, String html, String where) {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException(username + ": no CSRF token on " + where);
        }
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
