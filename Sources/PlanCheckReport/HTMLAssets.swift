/// The inline stylesheet and script of the HTML report. Kept inline so the file works offline,
/// from an e-mail attachment, and under a strict intranet proxy.
public enum HTMLAssets {
    public static let css = """
        :root{--err:#b3261e;--warn:#a15c00;--info:#1f5fa8;--ok:#2e7d32;--line:#d9d9d9}
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;margin:0;color:#1b1b1b;background:#fafafa;line-height:1.5}
        header,main{max-width:1100px;margin:0 auto;padding:0 20px}
        header{padding-top:12px;border-bottom:1px solid var(--line)}
        h1{font-size:1.6rem;margin:.4em 0}h2{font-size:1.3rem;margin-top:1.6em}h3{font-size:1.05rem;color:#444}
        .meta{color:#555}.clean{color:var(--ok);font-weight:600}
        .badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:.85rem;margin-right:4px}
        label.badge{cursor:pointer;font-size:.95rem;padding:4px 10px}
        .sev-error.badge,.badge.sev-error{background:var(--err)}.badge.sev-warning{background:var(--warn)}.badge.sev-info{background:var(--info)}
        .finding{background:#fff;border:1px solid var(--line);border-left:5px solid var(--info);border-radius:6px;padding:8px 14px;margin:10px 0}
        .finding.sev-error{border-left-color:var(--err)}.finding.sev-warning{border-left-color:var(--warn)}
        .finding.dismissed{opacity:.6}.finding.confirmed{border-left-width:6px}.finding.hidden{display:none}
        .msg{margin:.2em 0;font-weight:500}.loc{color:#666;font-weight:400;font-size:.9rem}
        pre.quote{font-family:inherit;white-space:pre-wrap;background:#f4f4f4;padding:8px;border-radius:4px;font-size:.95rem}
        mark{background:#ffe08a;padding:0 1px}.ln{color:#999;display:inline-block;min-width:3em;user-select:none}
        .related{color:#444;font-size:.92rem}.review{color:var(--ok);font-style:italic}
        details summary{cursor:pointer;color:#1f5fa8}
        .scroll{overflow-x:auto}table.batch{border-collapse:collapse;font-size:.95rem}table.batch th,table.batch td{border:1px solid var(--line);padding:3px 8px;text-align:left}table.batch td.num{text-align:right}table.batch td.sev-error{color:var(--err);font-weight:600}
        table.grid{border-collapse:collapse;font-size:.9rem}
        .grid th,.grid td{border:1px solid var(--line);padding:4px 8px;vertical-align:top}
        .grid th[scope=row]{text-align:left;font-weight:400;max-width:520px}
        .grid td{text-align:center;min-width:70px}
        .cov-covered{background:#d8f0da}.cov-partial{background:#fff1c2}.cov-missing{background:#f9d2cf}.cov-not-applicable{background:#e6e6e6}
        .legend span{padding:2px 8px;border-radius:4px;margin-right:6px}
        svg .bar.sev-error{fill:var(--err)}svg .bar.sev-warning{fill:var(--warn)}svg .bar.sev-info{fill:var(--info)}
        svg .axis{font-size:13px;fill:#333}
        nav ol{padding-left:1.4em}
        """

    /// Severity filters. Without script every finding simply stays visible.
    static let script = """
        document.documentElement.classList.add('js');
        document.querySelectorAll('input[data-filter]').forEach(function (box) {
          box.addEventListener('change', function () {
            document.querySelectorAll('.finding[data-severity="' + box.dataset.filter + '"]').forEach(function (f) {
              f.classList.toggle('hidden', !box.checked);
            });
          });
        });
        """
}
