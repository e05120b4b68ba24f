package org.jianfu.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The GETs a page offers a person: its links ({@code a href}, row links) and its htmx GETs. */
final class Links {

    record Link(URI uri, boolean htmx) {
    }

    private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>]*?\\shref\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    /** Table rows open their page through {@code data-href} (a script turns the row into a link). */
    private static final Pattern ROW_LINK = Pattern.compile("\\sdata-href\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern HX_GET = Pattern.compile("\\shx-get\\s*=\\s*\"([^\"]*)\"");

    /** Files, not pages: style sheets, scripts, icons and the app manifest are no one's next page. */
    private static final Pattern ASSET = Pattern.compile(
            "^/(css|js|webjars|icons|fonts|images)/.*|.*\\.(png|svg|ico|webmanifest|js|css|woff2?)$|^/sw\\.js$");
    /** Exports and files: fetched once per kind and role, they can be large. */
    private static final Pattern DOWNLOAD = Pattern.compile(
            "(?i).*(\\.(xlsx|csv|pdf|ofd|zip|docx?)|/(pdf|ofd|xlsx|csv)|/attachments/\\d+)$");

    private Links() {
    }

    static List<Link> in(String html, URI page) {
        List<Link> links = new ArrayList<>();
        add(links, ANCHOR.matcher(html), page, false);
        add(links, ROW_LINK.matcher(html), page, false);
        add(links, HX_GET.matcher(html), page, true);
        return links;
    }

    private static void add(List<Link> links, Matcher m, URI page, boolean htmx) {
        while (m.find()) {
            resolve(page, unescape(m.group(1))).ifPresent(uri -> links.add(new Link(uri, htmx)));
        }
    }

    /** Same-site, without the fragment; empty for other sites, {@code mailto:}, {@code javascript:} and the like. */
    static Optional<URI> resolve(URI page, String href) {
        String h = href.strip();
        if (h.isEmpty() || h.startsWith("#") || h.matches("(?i)^(mailto|tel|javascript|data|blob):.*")) {
            return Optional.empty();
        }
        try {
            URI uri = page.resolve(h.replace(" ", "%20"));
            if (!"http".equalsIgnoreCase(uri.getScheme()) || !page.getAuthority().equals(uri.getAuthority())) {
                return Optional.empty();
            }
            String withoutFragment = uri.toString().split("#", 2)[0];
            return Optional.of(URI.create(withoutFragment));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Signing out and signing in again are state changes, not pages to read. */
    static boolean changesState(URI uri) {
        String s = uri.getPath() + "?" + uri.getQuery();
        return s.contains("logout") || uri.getPath().equals("/login");
    }

    static boolean isAsset(URI uri) {
        return ASSET.matcher(uri.getPath()).matches();
    }

    static boolean isDownload(URI uri) {
        return DOWNLOAD.matcher(uri.getPath()).matches();
    }

    /** The page's kind: ids in the path (numbers, codes, UUIDs) and the query's values left out ({@code /documents/{id}?tab}). */
    static String kind(URI uri) {
        String path = uri.getPath().replaceAll("/[^/]*\\d[^/]*(?=/|$)", "/{id}");
        if (uri.getQuery() == null) {
            return path;
        }
        return path + "?" + String.join("&", java.util.Arrays.stream(uri.getQuery().split("&"))
                .map(p -> p.split("=", 2)[0]).sorted().toList());
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }
}
