package org.homeward.replay;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case's replay as a printable HTML page for an evaluation file: who exported it and when, then every step with
 * what it changed. Self-contained (no script, no external style or font) and pseudonymous like the replay itself.
 */
public final class ReplayReport {

    private ReplayReport() {
    }

    public static String html(CaseReplay replay) {
        StringBuilder page = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <title>Case history %1$s</title>
                <style>
                  body { font: 11pt/1.4 sans-serif; margin: 2em; color: #111; }
                  table { border-collapse: collapse; width: 100%%; }
                  th, td { border-bottom: 1px solid #ccc; padding: .3em .5em; text-align: left; vertical-align: top; }
                  th { background: #f2f2f2; }
                  .changes { font-size: 9.5pt; }
                  @media print { body { margin: 0; } tr { page-break-inside: avoid; } }
                </style></head><body>
                <h1>Case history %1$s</h1>
                <p>Case %2$s · exported %3$s by %4$s · %5$d events. Pseudonymous: no names, contact details or notes.
                Dates are when each step happened (effective) and when it was recorded (UTC).</p>
                <table><thead><tr><th>#</th><th>Happened</th><th>Step</th><th>Recorded</th><th>By</th><th>What it changed</th></tr></thead><tbody>
                """.formatted(escape(replay.reference()), escape(replay.caseId()), replay.exportedAt(),
                escape(replay.exportedBy()), replay.steps().size()));
        for (ReplayStep step : replay.steps()) {
            Map<String, Object> state = CaseReplays.fields(step.state());
            List<String> changed = step.step() == 0 ? List.of("status", "office", "officer", "nationality", "referredOn")
                    : step.changed();
            String changes = changed.stream().map(field -> escape(field) + ": " + escape(String.valueOf(state.get(field))))
                    .collect(Collectors.joining("<br>"));
            page.append("<tr><td>").append(step.step()).append("</td><td>").append(step.event().effectiveOn())
                    .append("</td><td>").append(escape(step.event().type()))
                    .append(step.event().corrects() == null ? "" : " (corrects " + escape(step.event().corrects()) + ")")
                    .append("</td><td>").append(step.event().recordedAt()).append("</td><td>")
                    .append(escape(step.event().recordedBy())).append("</td><td class=\"changes\">").append(changes)
                    .append("</td></tr>\n");
        }
        return page.append("</tbody></table></body></html>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
