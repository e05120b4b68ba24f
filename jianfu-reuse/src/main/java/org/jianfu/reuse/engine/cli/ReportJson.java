package org.jianfu.reuse.engine.cli;

import java.util.Locale;
import org.jianfu.reuse.engine.Passage;
import org.jianfu.reuse.engine.ReuseReport;
import org.jianfu.reuse.engine.SourceShare;

/** One report as one line of JSON, in the field order of the contract. */
final class ReportJson {

    private ReportJson() {
    }

    static String of(String query, ReuseReport report) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"query\":").append(quote(query))
                .append(",\"length\":").append(report.length())
                .append(",\"copyRatio\":").append(number(report.copyRatio()))
                .append(",\"passages\":[");
        for (int i = 0; i < report.passages().size(); i++) {
            Passage p = report.passages().get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"queryStart\":").append(p.queryStart())
                    .append(",\"queryEnd\":").append(p.queryEnd())
                    .append(",\"source\":").append(quote(p.source()))
                    .append(",\"sourceStart\":").append(p.sourceStart())
                    .append(",\"sourceEnd\":").append(p.sourceEnd())
                    .append(",\"similarity\":").append(number(p.similarity()))
                    .append(",\"kind\":").append(quote(p.kind().label()));
            if (!p.alsoFoundIn().isEmpty()) {
                json.append(",\"alsoFoundIn\":[");
                for (int t = 0; t < p.alsoFoundIn().size(); t++) {
                    json.append(t == 0 ? "" : ",").append(quote(p.alsoFoundIn().get(t)));
                }
                json.append(']');
            }
            json.append('}');
        }
        json.append("],\"sources\":[");
        for (int i = 0; i < report.sources().size(); i++) {
            SourceShare share = report.sources().get(i);
            json.append(i == 0 ? "" : ",").append("{\"source\":").append(quote(share.source()))
                    .append(",\"share\":").append(number(share.share())).append('}');
        }
        return json.append("]}").toString();
    }

    static String ofProblem(String query, String problem) {
        return "{\"query\":" + quote(query) + ",\"length\":0,\"copyRatio\":0.0,\"passages\":[],\"error\":"
                + quote(problem) + "}";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
