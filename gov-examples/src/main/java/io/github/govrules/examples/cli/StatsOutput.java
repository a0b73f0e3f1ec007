package io.github.govrules.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.indicator.Rate;

/** {@code stats} output: text, JSON and CSV (the JSON and CSV fields are documented in the README and stable). */
final class StatsOutput {

    /** The indicators: stable id -> {English name, Chinese name}, in the order printed. */
    static final Map<String, String[]> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("received", new String[] {"received", "收件"});
        NAMES.put("accepted", new String[] {"accepted", "受理"});
        NAMES.put("completed", new String[] {"completed", "办结"});
        NAMES.put("immediateRate", new String[] {"immediate-case rate", "即办件率"});
        NAMES.put("onSiteRate", new String[] {"on-site completion rate", "现场办结率"});
        NAMES.put("onTimeRate", new String[] {"on-time completion rate", "按时办结率"});
        NAMES.put("earlyRate", new String[] {"early completion rate", "提前办结率"});
        NAMES.put("overdueRate", new String[] {"overdue rate", "超期率"});
        NAMES.put("satisfactionRate", new String[] {"satisfaction rate", "满意率"});
        NAMES.put("dissatisfactionRate", new String[] {"dissatisfaction rate", "不满意率"});
        NAMES.put("complaintRate", new String[] {"complaint rate", "投诉率"});
        NAMES.put("averageVisits", new String[] {"visits per completed case", "平均跑动次数"});
        NAMES.put("openOverdue", new String[] {"open and overdue at period end", "期末超期未办结"});
    }

    /** The breakdown columns of the text and HTML tables. */
    static final String[] TABLE_INDICATORS = {"received", "completed", "onTimeRate", "satisfactionRate", "openOverdue"};

    private StatsOutput() {
    }

    /** An indicator's count, or null for a rate. */
    static Long count(String id, IndicatorReport r) {
        return switch (id) {
            case "received" -> r.received();
            case "accepted" -> r.accepted();
            case "completed" -> r.completed();
            case "openOverdue" -> r.openOverdue();
            default -> null;
        };
    }

    /** An indicator's rate, or null for a count. */
    static Rate rate(String id, IndicatorReport r) {
        return switch (id) {
            case "immediateRate" -> r.immediateRate();
            case "onSiteRate" -> r.onSiteRate();
            case "onTimeRate" -> r.onTimeRate();
            case "earlyRate" -> r.earlyRate();
            case "overdueRate" -> r.overdueRate();
            case "satisfactionRate" -> r.satisfactionRate();
            case "dissatisfactionRate" -> r.dissatisfactionRate();
            case "complaintRate" -> r.complaintRate();
            case "averageVisits" -> r.averageVisits();
            default -> null;
        };
    }

    /** The value as text: "8", "3/4 (75.0%)", "1.33 (4/3)", "n/a". */
    static String value(String id, IndicatorReport r) {
        Long n = count(id, r);
        if (n != null) {
            return Long.toString(n);
        }
        Rate rate = rate(id, r);
        return id.equals("averageVisits") ? StatsCommand.visits(rate) : rate.toString();
    }

    /** A short value for tables: "8", "75.0%", "n/a". */
    static String shortValue(String id, IndicatorReport r) {
        Long n = count(id, r);
        if (n != null) {
            return Long.toString(n);
        }
        Rate rate = rate(id, r);
        if (rate.denominator() == 0) {
            return "n/a";
        }
        double v = (double) rate.numerator() / rate.denominator();
        return id.equals("averageVisits") ? String.format(Locale.ROOT, "%.2f", v) : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    static void text(PrintWriter out, StatsReport report, String read) {
        text(out, report, read, Texts.of(Texts.Lang.EN));
    }

    /** The text report in the language of {@code t}: in Chinese the indicators' Chinese names come first. */
    static void text(PrintWriter out, StatsReport report, String read, Texts t) {
        IndicatorReport cur = report.total.current.toReport(report.start, report.endExclusive);
        IndicatorReport prev = report.total.previous.toReport(report.previousStart, report.start);
        boolean zh = t.isChinese();
        out.println(t.get("stats.title", report.start, report.endExclusive.minusDays(1), read));
        out.println(t.get("stats.previous", report.previousStart, report.start.minusDays(1)));
        TextTable table = new TextTable(false, true, true, false);
        for (Map.Entry<String, String[]> e : NAMES.entrySet()) {
            table.row(e.getValue()[zh ? 1 : 0], value(e.getKey(), cur), t.get("stats.previousFigure", value(e.getKey(), prev)),
                    zh ? "" : e.getValue()[1]);
        }
        table.print(out, "  ");
        report.sideExits.print(out);
        for (StatsReport.Dimension d : StatsReport.Dimension.values()) {
            out.println();
            out.println(t.get("stats.by." + d.name()) + "  " + t.get("stats.brackets"));
            TextTable rows = new TextTable(false, true, true, true, true, true);
            String[] header = new String[TABLE_INDICATORS.length + 1];
            header[0] = "";
            for (int i = 0; i < TABLE_INDICATORS.length; i++) {
                header[i + 1] = NAMES.get(TABLE_INDICATORS[i])[zh ? 1 : 0];
            }
            rows.row(header);
            for (Map.Entry<String, StatsReport.Pair> e : report.breakdowns.get(d).entrySet()) {
                IndicatorReport c = e.getValue().current.toReport(report.start, report.endExclusive);
                IndicatorReport p = e.getValue().previous.toReport(report.previousStart, report.start);
                String[] row = new String[TABLE_INDICATORS.length + 1];
                row[0] = e.getKey();
                for (int i = 0; i < TABLE_INDICATORS.length; i++) {
                    row[i + 1] = shortValue(TABLE_INDICATORS[i], c) + " (" + shortValue(TABLE_INDICATORS[i], p) + ")";
                }
                rows.row(row);
            }
            rows.print(out, "  ");
        }
        out.println();
        out.println(t.get("stats.distribution"));
        TextTable dist = new TextTable(false, true);
        for (int i = 0; i < StatsReport.ON_TIME_BUCKETS.length; i++) {
            dist.row(t.get("stats.bucket." + StatsReport.ON_TIME_BUCKETS[i]), Long.toString(report.onTime[i]));
        }
        dist.print(out, "  ");
    }

    /** The JSON of {@code stats --format json} (see the README for the schema). */
    static ObjectNode json(StatsReport report, long badCases) {
        ObjectNode root = CliJson.object();
        root.putObject("period").put("from", report.start.toString()).put("to", report.endExclusive.minusDays(1).toString());
        root.putObject("previousPeriod").put("from", report.previousStart.toString())
                .put("to", report.start.minusDays(1).toString());
        root.put("calendar", report.calendar.id().toString());
        root.put("cases", report.cases());
        root.put("badCases", badCases);
        root.set("indicators", indicators(report.total, report));
        ObjectNode breakdowns = root.putObject("breakdowns");
        for (StatsReport.Dimension d : StatsReport.Dimension.values()) {
            ArrayNode rows = breakdowns.putArray(d.name().toLowerCase(Locale.ROOT));
            for (Map.Entry<String, StatsReport.Pair> e : report.breakdowns.get(d).entrySet()) {
                ObjectNode row = rows.addObject();
                row.put("key", e.getKey());
                row.set("indicators", indicators(e.getValue(), report));
            }
        }
        ObjectNode dist = root.putObject("onTimeDistribution");
        for (int i = 0; i < StatsReport.ON_TIME_BUCKETS.length; i++) {
            dist.put(StatsReport.ON_TIME_BUCKETS[i], report.onTime[i]);
        }
        ObjectNode exits = root.putObject("sideExits");
        exits.put("voided", report.sideExits.voidedCount);
        report.sideExits.voided.forEach(exits.putArray("voidedCases")::add);
        exits.put("revoked", report.sideExits.revokedCount);
        report.sideExits.revoked.forEach(exits.putArray("revokedCases")::add);
        return root;
    }

    private static ObjectNode indicators(StatsReport.Pair pair, StatsReport report) {
        IndicatorReport cur = pair.current.toReport(report.start, report.endExclusive);
        IndicatorReport prev = pair.previous.toReport(report.previousStart, report.start);
        ObjectNode node = CliJson.object();
        for (String id : NAMES.keySet()) {
            ObjectNode figure = node.putObject(id);
            put(figure, id, cur);
            put(figure.putObject("previous"), id, prev);
        }
        return node;
    }

    private static void put(ObjectNode figure, String id, IndicatorReport r) {
        Long n = count(id, r);
        if (n != null) {
            figure.put("value", n);
            return;
        }
        Rate rate = rate(id, r);
        figure.put("numerator", rate.numerator()).put("denominator", rate.denominator());
        if (rate.denominator() == 0) {
            figure.putNull("value");
        } else {
            figure.put("value", (double) rate.numerator() / rate.denominator());
        }
    }

    /** The columns of {@code stats --format csv}: one row per breakdown, key and indicator. */
    static final String[] CSV_COLUMNS = {"breakdown", "key", "indicator", "value", "numerator", "denominator",
        "previousValue", "previousNumerator", "previousDenominator"};

    static void csv(PrintWriter out, StatsReport report) {
        Csv.row(out, (Object[]) CSV_COLUMNS);
        csvRows(out, "total", "", report.total, report);
        for (StatsReport.Dimension d : StatsReport.Dimension.values()) {
            for (Map.Entry<String, StatsReport.Pair> e : report.breakdowns.get(d).entrySet()) {
                csvRows(out, d.name().toLowerCase(Locale.ROOT), e.getKey(), e.getValue(), report);
            }
        }
        for (int i = 0; i < StatsReport.ON_TIME_BUCKETS.length; i++) {
            Csv.row(out, "onTimeDistribution", StatsReport.ON_TIME_BUCKETS[i], "cases", report.onTime[i], null, null, null,
                    null, null);
        }
    }

    private static void csvRows(PrintWriter out, String breakdown, String key, StatsReport.Pair pair, StatsReport report) {
        IndicatorReport cur = pair.current.toReport(report.start, report.endExclusive);
        IndicatorReport prev = pair.previous.toReport(report.previousStart, report.start);
        for (String id : NAMES.keySet()) {
            Long n = count(id, cur);
            if (n != null) {
                Csv.row(out, breakdown, key, id, n, null, null, count(id, prev), null, null);
            } else {
                Rate c = rate(id, cur);
                Rate p = rate(id, prev);
                Csv.row(out, breakdown, key, id, ratio(c), c.numerator(), c.denominator(), ratio(p), p.numerator(),
                        p.denominator());
            }
        }
    }

    private static String ratio(Rate r) {
        return r.denominator() == 0 ? "" : String.format(Locale.ROOT, "%.6f", (double) r.numerator() / r.denominator());
    }
}
