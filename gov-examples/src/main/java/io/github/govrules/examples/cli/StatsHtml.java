package io.github.govrules.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.govrules.core.indicator.IndicatorReport;
import io.github.govrules.core.io.TextFiles;

/**
 * The HTML report of {@code stats --html FILE}: the figures as tables and three charts (monthly
 * trend, on-time distribution, per-department bars) drawn by Apache ECharts, which is inlined, so
 * the page works offline. When every chart has finished drawing, the page sets
 * {@code data-charts-drawn} on its body to the number of charts (what the browser test checks).
 */
final class StatsHtml {

    /** Where the ECharts webjar keeps its files. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/5.3.1/";

    /** The number of charts on the page. */
    static final int CHARTS = 3;

    private StatsHtml() {
    }

    static void write(Path file, StatsReport report, String read, Texts t) {
        String html = render(report, read, t);
        try {
            Files.writeString(file, html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliInputException("--html: cannot write " + file + ": " + TextFiles.whyUnreadable(e), e);
        }
    }

    static String render(StatsReport report, String read, Texts t) {
        String echarts = resource(ECHARTS + "dist/echarts.min.js");
        String notice = resource(ECHARTS + "NOTICE");
        ObjectNode data = StatsOutput.json(report, 0);
        // chart series, computed here so the page's script stays small
        ObjectNode charts = data.putObject("charts");
        ArrayNode months = charts.putArray("months");
        ArrayNode received = charts.putArray("received");
        ArrayNode completed = charts.putArray("completed");
        ArrayNode onTime = charts.putArray("onTimePercent");
        for (Map.Entry<String, StatsReport.Pair> e : report.breakdowns.get(StatsReport.Dimension.MONTH).entrySet()) {
            IndicatorReport r = e.getValue().current.toReport(report.start, report.endExclusive);
            months.add(e.getKey());
            received.add(r.received());
            completed.add(r.completed());
            if (r.onTimeRate().denominator() == 0) {
                onTime.addNull();
            } else {
                onTime.add(Math.round(1000.0 * r.onTimeRate().numerator() / r.onTimeRate().denominator()) / 10.0);
            }
        }
        ArrayNode buckets = charts.putArray("buckets");
        ArrayNode bucketCounts = charts.putArray("bucketCounts");
        for (int i = 0; i < StatsReport.ON_TIME_BUCKETS.length; i++) {
            buckets.add(t.get("stats.bucket." + StatsReport.ON_TIME_BUCKETS[i]));
            bucketCounts.add(report.onTime[i]);
        }
        ArrayNode departments = charts.putArray("departments");
        ArrayNode depCurrent = charts.putArray("departmentCompleted");
        ArrayNode depPrevious = charts.putArray("departmentCompletedPrevious");
        for (Map.Entry<String, StatsReport.Pair> e : report.breakdowns.get(StatsReport.Dimension.DEPARTMENT).entrySet()) {
            departments.add(e.getKey());
            depCurrent.add(e.getValue().current.completed);
            depPrevious.add(e.getValue().previous.completed);
        }
        String title = "Indicators " + report.start + " – " + report.endExclusive.minusDays(1);
        StringBuilder b = new StringBuilder(echarts.length() + 20_000);
        b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:2em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em}")
                .append("td.n{text-align:right}th{background:#f3f3f3}.prev{color:#888}.chart{width:900px;height:360px}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(title)).append("</h1>\n<p>").append(esc(read))
                .append("</p>\n<p>Previous period (in grey beside each figure): ").append(report.previousStart).append(" – ")
                .append(report.start.minusDays(1)).append("</p>\n");
        IndicatorReport cur = report.total.current.toReport(report.start, report.endExclusive);
        IndicatorReport prev = report.total.previous.toReport(report.previousStart, report.start);
        b.append("<table>\n<tr><th>indicator</th><th>指标</th><th>value</th><th>previous</th></tr>\n");
        for (Map.Entry<String, String[]> e : StatsOutput.NAMES.entrySet()) {
            b.append("<tr><td>").append(esc(e.getValue()[0])).append("</td><td>").append(esc(e.getValue()[1]))
                    .append("</td><td class=\"n\">").append(esc(StatsOutput.value(e.getKey(), cur)))
                    .append("</td><td class=\"n prev\">").append(esc(StatsOutput.value(e.getKey(), prev))).append("</td></tr>\n");
        }
        b.append("</table>\n");
        b.append("<h2>Monthly trend (月度趋势)</h2>\n<div id=\"trend\" class=\"chart\"></div>\n");
        b.append("<h2>On-time distribution (按时办结分布)</h2>\n<div id=\"ontime\" class=\"chart\"></div>\n");
        b.append("<h2>Completed by department (各部门办结)</h2>\n<div id=\"departments\" class=\"chart\"></div>\n");
        for (StatsReport.Dimension d : StatsReport.Dimension.values()) {
            b.append("<h2>").append(esc(t.get("stats.by." + d.name()))).append("</h2>\n<table>\n<tr><th></th>");
            for (String id : StatsOutput.TABLE_INDICATORS) {
                b.append("<th>").append(esc(StatsOutput.NAMES.get(id)[0])).append("</th>");
            }
            b.append("</tr>\n");
            for (Map.Entry<String, StatsReport.Pair> e : report.breakdowns.get(d).entrySet()) {
                IndicatorReport c = e.getValue().current.toReport(report.start, report.endExclusive);
                IndicatorReport p = e.getValue().previous.toReport(report.previousStart, report.start);
                b.append("<tr><td>").append(esc(e.getKey())).append("</td>");
                for (String id : StatsOutput.TABLE_INDICATORS) {
                    b.append("<td class=\"n\">").append(esc(StatsOutput.shortValue(id, c))).append(" <span class=\"prev\">(")
                            .append(esc(StatsOutput.shortValue(id, p))).append(")</span></td>");
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n");
        }
        b.append("<footer><p>Charts: Apache ECharts ").append("5.3.1").append(", Apache License 2.0.</p><pre>")
                .append(esc(notice)).append("</pre></footer>\n");
        b.append("<script>\n").append(echarts.replace("</script", "<\\/script")).append("\n</script>\n");
        b.append("<script>\nvar REPORT = ").append(jsonForScript(data)).append(";\n").append(SCRIPT).append("</script>\n");
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    /** Draws the charts; counts their 'finished' events and marks the body when all have drawn. */
    private static final String SCRIPT = """
            (function () {
              var c = REPORT.charts, drawn = 0, total = %d;
              function done() { drawn++; if (drawn === total) { document.body.setAttribute('data-charts-drawn', String(drawn)); } }
              function chart(id, option) {
                var ch = echarts.init(document.getElementById(id), null, {renderer: 'canvas'});
                ch.on('finished', function once() { ch.off('finished', once); done(); });
                option.animation = false;
                ch.setOption(option);
                return ch;
              }
              chart('trend', {
                tooltip: {trigger: 'axis'}, legend: {data: ['received 收件', 'completed 办结', 'on time 按时办结率 %%']},
                xAxis: {type: 'category', data: c.months},
                yAxis: [{type: 'value', name: 'cases'}, {type: 'value', name: '%%', min: 0, max: 100}],
                series: [{name: 'received 收件', type: 'line', data: c.received},
                         {name: 'completed 办结', type: 'line', data: c.completed},
                         {name: 'on time 按时办结率 %%', type: 'bar', yAxisIndex: 1, data: c.onTimePercent}]
              });
              chart('ontime', {
                tooltip: {trigger: 'axis'}, xAxis: {type: 'category', data: c.buckets}, yAxis: {type: 'value', name: 'cases'},
                series: [{type: 'bar', data: c.bucketCounts}]
              });
              chart('departments', {
                tooltip: {trigger: 'axis'}, legend: {data: ['this period 本期', 'previous 上期']},
                grid: {left: 260}, yAxis: {type: 'category', data: c.departments}, xAxis: {type: 'value', name: 'completed'},
                series: [{name: 'this period 本期', type: 'bar', data: c.departmentCompleted},
                         {name: 'previous 上期', type: 'bar', data: c.departmentCompletedPrevious}]
              });
            })();
            """.formatted(CHARTS);

    /** JSON safe inside a script element: no "</" can close it. */
    private static String jsonForScript(ObjectNode data) {
        try {
            return CliJson.MAPPER.writeValueAsString(data).replace("</", "<\\/").replace("\u2028", "\\u2028")
                    .replace("\u2029", "\\u2029");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = StatsHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the ECharts webjar is missing from the classpath: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
